import { afterEach, describe, expect, it } from 'vitest';
import type { RegionVenue } from '../../protocol/region-responses.js';
import { createFeatures } from '../../server/features.js';
import type { OutboxFeature } from '../../server/outbox/feature.js';
import { startExamHub, type ExamHub } from '../exam/helpers.js';
import { usePostgres } from '../helpers/postgres.js';
import { startTestRegion, type TestRegion } from '../helpers/region.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';

const pg = usePostgres();
const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

/** A roster of `n` participants in rooms R1..R3 (NIKs made up, 16 digits). */
function roster(prefix: string, n: number): Uint8Array {
  const lines = ['No,No Peserta,NIK,Nama Peserta,Jabatan,Ruang,Kursi,Disabilitas,Tgl Lahir'];
  for (let i = 1; i <= n; i++) {
    const seq = String(i).padStart(4, '0');
    lines.push(
      `${i},${prefix}${seq},6310${prefix.slice(-4)}9${String(i).padStart(7, '0')},Peserta ${i},Pranata Komputer,R${(i % 3) + 1},${i},-,01/01/1990`,
    );
  }
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

interface Venue {
  id: string;
  exam: ExamHub;
  outbox: OutboxFeature;
  session: string;
  checkIn(from: number, to: number): Promise<void>;
}

async function venue(region: TestRegion, admin: string, id: string, prefix: string, url: string): Promise<Venue> {
  const code = await region.enroll(id, `Lokasi ${id}`, admin);
  const features = createFeatures({
    outbox: {
      collectCron: '* * * * * *',
      collectDelayMs: 50,
      pusher: { heartbeatMs: 300, gatherMs: 50, backoff: { baseMs: 100, capMs: 600 } },
    },
  });
  const outbox = features.find((f) => f.name === 'outbox') as OutboxFeature;
  const exam = await startExamHub('2026-11-23T07:00:00+08:00', undefined, {
    features,
    env: { SIAPCAT_REGION_URL: url, SIAPCAT_REGION_CODE: code, SIAPCAT_REGION_CA: region.tls.caFingerprint },
  });
  stops.push(() => exam.stop());
  const session = await exam.session();
  const imported = await exam.importRoster(session, roster(prefix, 30), 'text/csv');
  expect(imported.status, JSON.stringify(imported.body)).toBe(200);
  return {
    id,
    exam,
    outbox,
    session,
    async checkIn(from, to) {
      for (let i = from; i <= to; i++) {
        const nik = `6310${prefix.slice(-4)}9${String(i).padStart(7, '0')}`;
        const res = await exam.api(`/api/sessions/${session}/checkins`, {
          body: { participantNumber: `${prefix}${String(i).padStart(4, '0')}`, nik },
        });
        expect(res.status).toBe(201);
      }
    },
  };
}

async function regionVenue(region: TestRegion, token: string, id: string): Promise<RegionVenue> {
  const res = await region.api(`/api/region/venues/${id}`, { token });
  return res.body.venue as RegionVenue;
}

async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(last).slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}

/** Every number the region shows for the venue equals the venue hub's own. */
async function expectSameCounts(region: TestRegion, token: string, v: Venue) {
  const shown = await regionVenue(region, token, v.id);
  const own = (await v.exam.api(`/api/sessions/${v.session}/attendance`)).body;
  const session = shown.sessions.find((s) => s.sessionId === v.session)!;
  expect({ registered: session.registered, present: session.present, absent: session.absent, refused: session.refused }).toEqual({
    registered: own.registered,
    present: own.present,
    absent: own.absent,
    refused: own.refused,
  });
  expect(session.rooms).toEqual(
    own.rooms.map((r: any) => ({ room: r.room, registered: r.registered, present: r.present, absent: r.absent, refused: r.refused })),
  );
  const incidents = (await v.exam.api(`/api/sessions/${v.session}/incidents`)).body.incidents;
  expect(shown.incidents.map((i) => i.id).sort()).toEqual(incidents.map((i: any) => i.id).sort());
  const audit = (await v.exam.api('/api/audit/verify')).body;
  expect(audit.intact).toBe(true);
  expect(shown.auditHead).toEqual(audit.head);
  const readiness = (await v.exam.api('/api/venue/readiness')).body;
  expect(shown.lastVerdict).toBe(readiness.verdict);
  expect(shown.machines).toEqual(readiness.machines);
  // Nothing lost, nothing twice: the region holds exactly the hub's outbox, 1..head.
  const rows = await region.ctx.store.pool.query('SELECT seq::int AS seq FROM events WHERE venue_id = $1 ORDER BY seq', [v.id]);
  expect(rows.rows.map((r) => r.seq)).toEqual(Array.from({ length: v.outbox.store.head() }, (_, i) => i + 1));
}

describe('two venue hubs and a region on PostgreSQL', () => {
  it('a venue that loses its link is shown stale, catches up when back, and every count equals its own', async () => {
    const region = await startTestRegion(await pg.fresh(), { staleAfterMs: 1500 });
    stops.push(() => region.stop());
    const admin = await region.login();
    const proxy: TcpProxy = await startTcpProxy(region.port);
    stops.push(() => proxy.close());

    const a = await venue(region, admin, 'batulicin', '2430011012', region.url);
    const b = await venue(region, admin, 'kotabaru', '2430022023', `https://127.0.0.1:${proxy.port}`);
    await a.checkIn(1, 5);
    await b.checkIn(1, 7);
    for (const v of [a, b]) {
      await until(
        `${v.id} in the region`,
        () => regionVenue(region, admin, v.id),
        (s) => s.sessions[0]?.present === (v === a ? 5 : 7) && s.behind === 0,
      );
      await expectSameCounts(region, admin, v);
    }

    // Kotabaru's WAN line goes down. The venue works on: check-ins, a refusal, an incident.
    proxy.cut();
    await b.checkIn(8, 20);
    await b.exam.api(`/api/sessions/${b.session}/checkins`, { body: { participantNumber: '24300220230021', nik: '6310000000000000' } });
    await b.exam.api(`/api/sessions/${b.session}/incidents`, {
      body: { room: 'R2', kind: 'jaringan', description: 'Link WAN ke kanreg putus' },
    });
    await a.checkIn(6, 9);
    const stale = await until(
      'kotabaru stale',
      () => regionVenue(region, admin, 'kotabaru'),
      (s) => s.stale,
    );
    expect(stale.verdict).toBe('stale');
    expect(stale.sessions[0]!.present).toBe(7);
    const list = (await region.api('/api/region/venues', { token: admin })).body.venues as RegionVenue[];
    expect(list.map((v) => [v.id, v.stale, v.verdict === 'stale'])).toEqual([
      ['batulicin', false, false],
      ['kotabaru', true, true],
    ]);
    const cut = b.outbox.store.link()!.lastError!;
    expect(cut.code).toBe('unreachable');
    expect(cut.en).toMatch(/ECONNRESET|socket hang up|ECONNREFUSED|EPIPE/);
    expect(cut.id).toMatch(/^Wilayah tidak terjangkau .* Hub mencoba lagi sendiri/);
    // The venue's own dashboard says so too (never the key).
    const shown = (await b.exam.api('/api/region-link')).body;
    expect(shown).toMatchObject({ linked: true, venueId: 'kotabaru', lastError: { code: 'unreachable' } });
    expect(shown.pending).toBeGreaterThan(0);

    // The line comes back: the backlog arrives in order, once.
    proxy.restore();
    await until(
      'kotabaru caught up',
      () => regionVenue(region, admin, 'kotabaru'),
      (s) => !s.stale && s.behind === 0 && s.sessions[0]?.present === 20,
    );
    await a.outbox.pusher!.whenCaughtUp();
    await b.outbox.pusher!.whenCaughtUp();
    for (const v of [a, b]) await expectSameCounts(region, admin, v);
  }, 60_000);
});
