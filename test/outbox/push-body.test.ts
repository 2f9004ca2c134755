import { describe, expect, it } from 'vitest';
import { systemClock } from '../../protocol/ports.js';
import { openDb } from '../../server/db/open.js';
import { OUTBOX_MIGRATIONS } from '../../server/outbox/schema.js';
import { OutboxStore } from '../../server/outbox/store.js';
import { pushBody } from '../../server/outbox/transport.js';

describe('pushBody (a push built from the stored payload texts)', () => {
  it('is exactly the JSON of {head, events} with the payloads parsed, for awkward payloads too', () => {
    const store = new OutboxStore(openDb(':memory:', OUTBOX_MIGRATIONS), systemClock);
    store.append('venue', { name: 'Lokasi "Utama" \\ Banjarbaru\n\u00e9\u{1F600}\u2028', timeZone: null });
    store.append('attendance', { sessionId: 'skd-1', present: 3, ratio: 0.1 + 0.2, big: 1e21, tiny: 5e-7, negZero: -0, list: [] }, 'skd-1');
    store.append('incident', { description: '</script><b>', nested: { deep: [{ a: [1, 'x', null, true] }] }, empty: {} }, 'skd-1/7');
    store.append('custody', { deleted: true });
    const head = store.head();
    const body = pushBody(head, store.afterAsText(0, 500)).text;
    expect(body).toBe(JSON.stringify({ head, events: store.after(0, 500) }));
    expect(JSON.parse(body)).toEqual({ head, events: store.after(0, 500) });
    expect(pushBody(head, []).text).toBe(JSON.stringify({ head, events: [] }));
  });
});
