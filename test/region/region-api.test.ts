import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxEvent } from '../../protocol/region.js';
import { usePostgres } from '../helpers/postgres.js';
import { startTestRegion, type TestRegion } from '../helpers/region.js';

const pg = usePostgres();
let region: TestRegion | undefined;
afterEach(async () => {
  await region?.stop();
  region = undefined;
});

const at = '2026-11-23T00:30:00.000Z';
const readiness = (seq: number, verdict: 'ready' | 'not-ready'): OutboxEvent => ({
  seq,
  kind: 'readiness',
  key: '',
  at,
  payload: {
    verdict,
    machines: { ready: verdict === 'ready' ? 10 : 8, notReady: verdict === 'ready' ? 0 : 2, incomplete: 0, offline: 0 },
    causes: [],
  },
});
const attendance = (seq: number, present: number): OutboxEvent => ({
  seq,
  kind: 'attendance',
  key: 'skd-1',
  at,
  payload: {
    sessionId: 'skd-1',
    name: 'SKD Sesi 1',
    date: '2026-11-23',
    start: '08:00',
    end: '09:40',
    registered: 10,
    present,
    absent: 10 - present,
    refused: 0,
    rooms: [{ room: 'R1', registered: 10, present, absent: 10 - present, refused: 0 }],
  },
});

async function joined(staleAfterMs = 60_000) {
  region = await startTestRegion(await pg.fresh(), { staleAfterMs });
  const admin = await region.login();
  const code = await region.enroll('kab-tanah-bumbu', 'Gedung Serbaguna Batulicin', admin);
  const join = await region.api('/api/region/join', { body: { code, name: 'Hub Batulicin' } });
  expect(join.status).toBe(201);
  return { region, admin, key: join.body.key as string, code };
}

describe('the regional service on PostgreSQL', () => {
  it('stores a push once, acknowledges in order, and never rolls a subject back', async () => {
    const { region, admin, key } = await joined();
    const push = (events: OutboxEvent[], head: number) => region.api('/api/region/push', { body: { head, events }, token: key });

    const first = await push([readiness(1, 'not-ready'), attendance(2, 3)], 2);
    expect(first.body).toEqual({ ackedSeq: 2, stored: 2 });
    // The same batch again (a retry after a lost answer): nothing counted twice.
    expect((await push([readiness(1, 'not-ready'), attendance(2, 3)], 2)).body).toEqual({ ackedSeq: 2, stored: 0 });
    // Out of order: 5 and 6 arrive before 3 and 4. The acknowledgement waits at the gap.
    expect((await push([attendance(5, 7), readiness(6, 'ready')], 6)).body).toEqual({ ackedSeq: 2, stored: 2 });
    let venue = (await region.api('/api/region/venues', { token: admin })).body.venues[0];
    expect(venue).toMatchObject({ stale: true, behind: 4, verdict: 'stale', lastVerdict: 'ready' });
    // Then the older ones: the gap is filled, and their older values do not replace newer ones.
    expect((await push([attendance(3, 4), readiness(4, 'not-ready')], 6)).body).toEqual({ ackedSeq: 6, stored: 2 });
    venue = (await region.api('/api/region/venues', { token: admin })).body.venues[0];
    expect(venue).toMatchObject({ id: 'kab-tanah-bumbu', name: 'Gedung Serbaguna Batulicin', stale: false, behind: 0, verdict: 'ready' });
    expect(venue.sessions).toEqual([expect.objectContaining({ sessionId: 'skd-1', registered: 10, present: 7, absent: 3 })]);
    const rows = await region.ctx.store.pool.query('SELECT count(*)::int AS n FROM events');
    expect(rows.rows[0].n).toBe(6);
  });

  it('keeps the newest event of each subject within one push, and takes only an exact tombstone as a deletion', async () => {
    const { region, admin, key } = await joined();
    const push = (events: OutboxEvent[], head: number) => region.api('/api/region/push', { body: { head, events }, token: key });
    const incident = (seq: number, id: number, description: string): OutboxEvent => ({
      seq,
      kind: 'incident',
      key: `skd-1/${id}`,
      at,
      payload: { sessionId: 'skd-1', id, at, room: 'R1', kind: 'listrik', description, minutesLost: 5 },
    });
    const gone = (seq: number, id: number): OutboxEvent => ({ seq, kind: 'incident', key: `skd-1/${id}`, at, payload: { deleted: true } });
    expect((await push([incident(1, 1, 'Listrik padam'), incident(2, 2, 'PC 12 mati'), attendance(3, 1)], 3)).body).toEqual({
      ackedSeq: 3,
      stored: 3,
    });
    // One push: incident 1 changes then is withdrawn, incident 2 changes twice, attendance moves twice (out of order
    // within the batch), and a repeated sequence is stored once.
    const batch = [
      incident(4, 1, 'Listrik padam 10 menit'),
      gone(5, 1),
      attendance(7, 3),
      incident(6, 2, 'PC 12 diganti'),
      attendance(8, 4),
      incident(9, 2, 'PC 12 diganti, sesi lanjut'),
      attendance(8, 9),
    ];
    expect((await push(batch, 9)).body).toEqual({ ackedSeq: 9, stored: 6 });
    let venue = (await region.api('/api/region/venues', { token: admin })).body.venues[0];
    expect(venue.incidents).toEqual([expect.objectContaining({ id: 2, description: 'PC 12 diganti, sesi lanjut' })]);
    expect(venue.sessions[0].present).toBe(4);
    // A payload that also says deleted but carries more is not a tombstone: the session stays.
    const marked = attendance(10, 5);
    marked.payload = { ...marked.payload, deleted: true };
    expect((await push([marked], 10)).body).toEqual({ ackedSeq: 10, stored: 1 });
    venue = (await region.api('/api/region/venues', { token: admin })).body.venues[0];
    expect(venue.sessions).toEqual([expect.objectContaining({ sessionId: 'skd-1', present: 5 })]);
    // An exact tombstone of the session's attendance removes it.
    expect((await push([{ seq: 11, kind: 'attendance', key: 'skd-1', at, payload: { deleted: true } }], 11)).body).toEqual({
      ackedSeq: 11,
      stored: 1,
    });
    venue = (await region.api('/api/region/venues', { token: admin })).body.venues[0];
    expect(venue.sessions).toEqual([]);
    const subjects = await region.ctx.store.pool.query('SELECT kind, key, seq::int AS seq, deleted FROM subjects ORDER BY kind, key');
    expect(subjects.rows).toEqual([
      { kind: 'attendance', key: 'skd-1', seq: 11, deleted: true },
      { kind: 'incident', key: 'skd-1/1', seq: 5, deleted: true },
      { kind: 'incident', key: 'skd-1/2', seq: 9, deleted: false },
    ]);
  });

  it('stores a push as sent only when that is what was checked: number spellings, escapes, BOM, broken UTF-8, long digit runs', async () => {
    const { region, key } = await joined();
    const raw = (text: string | Buffer) => region.api('/api/region/push', { raw: text, token: key });
    const payloadOf = async (seq: number) =>
      (await region.ctx.store.pool.query('SELECT payload FROM events WHERE seq = $1', [seq])).rows[0]?.payload as Record<string, unknown>;
    // Sent as written: a sequence spelled 1.0, a whole number spelled 2e0, an escaped name, a key the schema
    // does not know (kept, as the venue sent it), extra fields outside the payload (not stored).
    const first =
      '{"head":2.0,"spare":"x","events":[' +
      '{"seq":1.0,"kind":"custody","key":"","at":"2026-11-23T00:30:00.000Z","extra":true,"payload":{"sealsIntact":2e0,"note":"Segel R\\u0031 utuh \\u2713"}},' +
      '{"seq":2,"kind":"results","key":"skd-1","at":"2026-11-23T00:31:00+08:00","payload":{"memenuhi":12,"rata":0.5}}]}';
    expect((await raw(first)).body).toEqual({ ackedSeq: 2, stored: 2 });
    expect(await payloadOf(1)).toEqual({ sealsIntact: 2, note: 'Segel R1 utuh ✓' });
    expect(await payloadOf(2)).toEqual({ memenuhi: 12, rata: 0.5 });
    // A byte-order mark and a broken UTF-8 byte in a text: read as before (the mark dropped, the byte as U+FFFD).
    const bom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('{"head":4,"events":[{"seq":3,"kind":"custody","key":"","at":"2026-11-23T00:32:00Z","payload":{"note":"A'),
      Buffer.from([0xff]),
      Buffer.from('B"}}]}'),
    ]);
    expect((await raw(bom)).body).toEqual({ ackedSeq: 3, stored: 1 });
    expect(await payloadOf(3)).toEqual({ note: 'A\ufffdB' });
    // A decimal with 17 digits in a row: a double keeps fewer, so the region stores the value it checked.
    const long =
      '{"head":4,"events":[{"seq":4,"kind":"results","key":"skd-2","at":"2026-11-23T00:33:00Z","payload":{"rata":0.63100123456789012}}]}';
    expect((await raw(long)).body).toEqual({ ackedSeq: 4, stored: 1 });
    expect(await payloadOf(4)).toEqual({ rata: 0.6310012345678901 });
    const stored = await region.ctx.store.pool.query("SELECT payload->>'rata' AS rata FROM events WHERE seq = 4");
    expect(stored.rows[0].rata).toBe('0.6310012345678901');
    // A field the region ignores, nested deeper than PostgreSQL's parser goes: the checked events are stored instead.
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    const nested = `{"head":5,"events":[{"seq":5,"kind":"custody","key":"","at":"2026-11-23T00:34:00Z","x":${deep},"payload":{"n":5}}]}`;
    expect((await raw(nested)).body).toEqual({ ackedSeq: 5, stored: 1 });
    expect(await payloadOf(5)).toEqual({ n: 5 });
    // Times PostgreSQL would not read are refused one by one, so the rest of the push is stored.
    const times = ['2026-11-23T00:35:00Z', '0000-01-01T00:00:00Z', '2026-11-23T00:00:00+23:59', '2026-11-23T00:36:00+14:00'];
    const timed = times.map((time, i) => `{"seq":${6 + i},"kind":"custody","key":"","at":"${time}","payload":{"n":${6 + i}}}`);
    const res = await raw(`{"head":9,"events":[${timed.join(',')}]}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ackedSeq: 9, stored: 2 });
    expect(res.body.refused.map((r: { seq: number }) => r.seq)).toEqual([7, 8]);
  });

  it('shows a silent venue as stale, never as ready from old data', async () => {
    const { region, admin, key } = await joined(400);
    await region.api('/api/region/push', { body: { head: 1, events: [readiness(1, 'ready')] }, token: key });
    expect((await region.api('/api/region/venues', { token: admin })).body.venues[0]).toMatchObject({ verdict: 'ready', stale: false });
    await new Promise((r) => setTimeout(r, 600));
    const venue = (await region.api('/api/region/venues', { token: admin })).body.venues[0];
    expect(venue).toMatchObject({ verdict: 'stale', stale: true, lastVerdict: 'ready' });
    expect(Date.parse(venue.lastHeardAt)).toBeLessThan(Date.now() - 400);
  });

  it("lets the monitor read and only the admin enroll; codes are one-time; keys are the venue's own", async () => {
    const { region, admin, key, code } = await joined();
    expect(
      (
        await region.api('/api/region/users', {
          body: { username: 'kanreg', role: 'regional-monitor', password: 'pantau-wilayah' },
          token: admin,
        })
      ).status,
    ).toBe(201);
    const monitor = await region.login('kanreg', 'pantau-wilayah');
    // A wrong password, or a user that does not exist, gets no login.
    for (const [username, password] of [
      ['kanreg', 'salah-sandi'],
      ['admin', 'pantau-wilayah'],
      ['tidak-ada', 'pantau-wilayah'],
    ]) {
      const wrong = await region.api('/api/login', { body: { username, password } });
      expect(wrong.status).toBe(401);
      expect(wrong.body.token).toBeUndefined();
    }
    expect((await region.api('/api/region/venues', { token: monitor })).status).toBe(200);
    expect((await region.api('/api/region/venues/kab-tanah-bumbu', { token: monitor })).body.venue.id).toBe('kab-tanah-bumbu');
    const refused = await region.api('/api/region/venues', { body: { id: 'x', name: 'X' }, token: monitor });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect((await region.api('/api/region/venues')).status).toBe(401);
    // A venue key is not a login, a login is not a venue key.
    expect((await region.api('/api/region/venues', { token: key })).status).toBe(401);
    expect((await region.api('/api/region/push', { body: { head: 0, events: [] }, token: admin })).status).toBe(401);
    // The code worked once.
    const again = await region.api('/api/region/join', { body: { code, name: 'Penyusup' } });
    expect(again.status).toBe(401);
    expect(again.body.error.code).toBe('venue-code');
  });

  it('refuses events that carry a NIK or break the contract one by one, keeping their place but none of their data', async () => {
    const { region, admin, key } = await joined();
    const push = (body: unknown) => region.api('/api/region/push', { body, token: key });
    const nik = { ...attendance(1, 1), payload: { ...attendance(1, 1).payload, name: 'SKD 6310015503920001' } };
    const bad: OutboxEvent[] = [
      nik,
      { ...readiness(2, 'ready'), payload: { pin: '123456' } },
      { ...readiness(3, 'ready'), payload: { verdict: 'siap' } },
      { ...readiness(4, 'ready'), kind: 'shell' as 'readiness' },
      { ...attendance(5, 1), payload: { ...attendance(5, 1).payload, name: 'a\u0000b' } },
      { ...readiness(6, 'ready'), at: 'kemarin' },
      { ...readiness(7, 'ready'), kind: '<img src=x>' as 'readiness' },
      // What PostgreSQL cannot store or read: refused alone, never a server error that holds the venue.
      { ...attendance(8, 1), payload: { ...attendance(8, 1).payload, name: 'a\ud800b' } },
      { ...readiness(9, 'ready'), at: `${at}\u0000` },
      { ...readiness(10, 'ready'), at: '2026-02-31T00:30:00Z' },
      { ...readiness(11, 'ready'), key: 'x\udc00' },
    ];
    for (const event of bad) {
      const res = await push({ head: event.seq, events: [event] });
      expect(res.status, JSON.stringify(event).slice(0, 80)).toBe(200);
      expect(res.body).toMatchObject({ ackedSeq: event.seq, stored: 0 });
      expect(res.body.refused).toEqual([expect.objectContaining({ seq: event.seq, key: '' })]);
      const reason = res.body.refused[0].reason;
      expect(reason.id).toMatch(/Perbarui SiapCAT/);
      expect(reason.en).toMatch(/Update SiapCAT on the venue hub/);
      expect(JSON.stringify(res.body)).not.toMatch(/6310015503920001|123456|<img/);
    }
    // The venue's later events are not held behind the refused ones.
    const good = await push({ head: 12, events: [readiness(12, 'ready')] });
    expect(good.body).toEqual({ ackedSeq: 12, stored: 1 });
    expect((await region.api('/api/region/venues', { token: admin })).body.venues[0]).toMatchObject({ verdict: 'ready', behind: 0 });
    // Whole pushes the region cannot read are refused as a whole, storing nothing.
    expect((await push({ head: 1, events: Array.from({ length: 501 }, (_, i) => readiness(i + 13, 'ready')) })).status).toBe(400);
    expect((await region.api('/api/region/push', { raw: '{"head": 1, "events": [', token: key })).status).toBe(400);
    expect((await region.api('/api/region/push', { raw: Buffer.alloc(9 * 1024 * 1024, 32), token: key })).status).toBe(413);
    const rows = await region.ctx.store.pool.query<{ seq: string; kind: string; payload: unknown; refused: unknown }>(
      'SELECT seq, kind, payload, refused FROM events ORDER BY seq',
    );
    expect(rows.rows.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(rows.rows.slice(0, 11).every((r) => JSON.stringify(r.payload) === '{}' && r.refused !== null)).toBe(true);
    expect(rows.rows[3]!.kind).toBe('shell');
    expect(rows.rows[6]!.kind).toBe('unknown');
    expect(JSON.stringify(rows.rows)).not.toMatch(/6310015503920001|123456|a\\u0000b|<img/);
  });
});
