import { afterEach, describe, expect, it } from 'vitest';
import { authFeature } from '../../server/auth/feature.js';
import type { Change } from '../../server/changes.js';
import { facilitiesFeature } from '../../server/facilities/feature.js';
import { manualClock } from '../../protocol/ports.js';
import { FACILITY_ITEMS } from '../fixtures/facility-items.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { tempDir } from '../helpers/tmp.js';

let hub: TestHub | undefined;
afterEach(async () => {
  await hub?.stop();
  hub = undefined;
});

const features = () => [authFeature(), facilitiesFeature({ items: FACILITY_ITEMS })];

describe('facility checklist API', () => {
  it('lists every item unchecked at first, with an incomplete summary', async () => {
    hub = await startTestHub({ features: features() });
    const token = await hub.login();
    const res = await hub.api('/api/facilities', { token });
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { id: string }) => i.id)).toEqual(FACILITY_ITEMS.map((i) => i.id));
    expect(res.body.items.every((i: { entry: unknown }) => i.entry === null)).toBe(true);
    expect(res.body.items[1].verify.id).toMatch(/^Genset menyala/);
    expect(res.body.summary.verdict).toBe('incomplete');
    expect(res.body.summary.counts.unchecked).toBe(FACILITY_ITEMS.length);
  });

  it('records who ticked what and when, publishes the change, and rolls it into the summary', async () => {
    const clock = manualClock('2026-11-22T23:30:00Z');
    hub = await startTestHub({ features: features(), clock });
    const seen: Change[] = [];
    hub.ctx.changes.subscribe((c) => seen.push(c));
    const token = await hub.login();
    const put = await hub.api('/api/facilities/genset', {
      method: 'PUT',
      token,
      body: { status: 'not-ok', note: '  solar habis  ' },
    });
    expect(put.status).toBe(200);
    expect(put.body.entry).toEqual({ status: 'not-ok', note: 'solar habis', by: 'admin', at: '2026-11-22T23:30:00.000Z' });
    expect(seen).toEqual([{ topics: ['facilities', 'readiness'] }]);
    const summary = await hub.api('/api/facilities/summary', { token });
    expect(summary.body.verdict).toBe('not-ready');
    expect(summary.body.causes[0]).toMatchObject({ kind: 'facility', ref: 'genset', count: 1 });

    for (const item of FACILITY_ITEMS) {
      await hub.api(`/api/facilities/${item.id}`, { method: 'PUT', token, body: { status: item.id === 'first-aid' ? 'na' : 'ok' } });
    }
    const ready = await hub.api('/api/facilities/summary', { token });
    expect(ready.body).toEqual({
      verdict: 'ready',
      counts: { ok: FACILITY_ITEMS.length - 1, notOk: 0, na: 1, unchecked: 0 },
      causes: [],
    });

    const cleared = await hub.api('/api/facilities/ups', { method: 'DELETE', token });
    expect(cleared.status).toBe(204);
    expect((await hub.api('/api/facilities/summary', { token })).body.verdict).toBe('incomplete');
  });

  it('refuses unknown items and bad statuses in both languages, keeping what was stored', async () => {
    hub = await startTestHub({ features: features() });
    const token = await hub.login();
    await hub.api('/api/facilities/ups', { method: 'PUT', token, body: { status: 'ok', note: 'diuji 10 menit' } });
    const unknown = await hub.api('/api/facilities/kolam-renang', { method: 'PUT', token, body: { status: 'ok' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('facility-unknown');
    expect(unknown.body.error.message).toContain('kolam-renang');
    expect(unknown.body.error.en).toContain('not in the checklist');
    const bad = await hub.api('/api/facilities/ups', { method: 'PUT', token, body: { status: 'bagus' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid');
    const long = await hub.api('/api/facilities/ups', { method: 'PUT', token, body: { status: 'ok', note: 'x'.repeat(1001) } });
    expect(long.status).toBe(400);
    const list = await hub.api('/api/facilities', { token });
    const ups = list.body.items.find((i: { id: string }) => i.id === 'ups');
    expect(ups.entry).toMatchObject({ status: 'ok', note: 'diuji 10 menit' });
  });

  it('sends only the promised fields of each item', async () => {
    const items = [{ ...FACILITY_ITEMS[0]!, roomKind: 'ruang-tes', internal: 1 }];
    hub = await startTestHub({ features: [authFeature(), facilitiesFeature({ items })] });
    const token = await hub.login();
    const res = await hub.api('/api/facilities', { token });
    expect(Object.keys(res.body.items[0]).sort()).toEqual(['clause', 'entry', 'id', 'level', 'title']);
  });

  it('needs a login', async () => {
    hub = await startTestHub({ features: features() });
    expect((await hub.api('/api/facilities')).status).toBe(401);
    expect((await hub.api('/api/facilities/ups', { method: 'PUT', body: { status: 'ok' } })).status).toBe(401);
  });

  it('keeps the ticks across a hub restart', async () => {
    const tmp = tempDir();
    try {
      hub = await startTestHub({ features: features(), dir: tmp.dir });
      let token = await hub.login();
      await hub.api('/api/facilities/genset', { method: 'PUT', token, body: { status: 'ok', note: 'uji 30 menit' } });
      await hub.stop();
      hub = await startTestHub({ features: features(), dir: tmp.dir });
      token = await hub.login();
      const list = await hub.api('/api/facilities', { token });
      expect(list.body.items[1]).toMatchObject({ id: 'genset', entry: { status: 'ok', note: 'uji 30 menit', by: 'admin' } });
    } finally {
      tmp.cleanup();
    }
  });

  it("counts in the venue readiness of the hub as shipped, with the checklist's own items", async () => {
    hub = await startTestHub();
    const token = await hub.login();
    const items = (await hub.api('/api/facilities', { token })).body.items as Array<{ id: string }>;
    expect(items.map((i) => i.id)).toEqual(expect.arrayContaining(['genset', 'metal-detector', 'room-ruang-tes']));
    const before = (await hub.api('/api/venue/readiness', { token })).body;
    expect(before.causes).toContainEqual(expect.objectContaining({ kind: 'facility', ref: 'unchecked', count: items.length }));

    await hub.api('/api/facilities/genset', { method: 'PUT', token, body: { status: 'not-ok', note: 'solar habis' } });
    const after = (await hub.api('/api/venue/readiness', { token })).body;
    expect(after.verdict).toBe('not-ready');
    expect(after.causes[0]).toMatchObject({ kind: 'facility', ref: 'genset', text: { id: expect.stringContaining('solar habis') } });
  });
});
