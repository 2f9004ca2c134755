import { afterEach, describe, expect, it } from 'vitest';
import type { RegionLinkStatus } from '../../protocol/region.js';
import { createFeatures } from '../../server/features.js';
import type { OutboxFeature } from '../../server/outbox/feature.js';
import { startExamHub, type ExamHub } from '../exam/helpers.js';
import { usePostgres } from '../helpers/postgres.js';
import { startTestRegion, type TestRegion } from '../helpers/region.js';
import { tempDir } from '../helpers/tmp.js';

const pg = usePostgres();
const stops: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

async function until<T>(what: string, read: () => Promise<T> | T, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  let last = await read();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(last).slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  return last;
}

/** A real hub joined to the region with `code`, pushing fast; `dir` keeps its database across restarts. */
async function hubFor(region: TestRegion, code: string, dir: string): Promise<{ exam: ExamHub; outbox: OutboxFeature }> {
  const features = createFeatures({
    outbox: { collectDelayMs: 50, pusher: { heartbeatMs: 200, gatherMs: 30, backoff: { baseMs: 50, capMs: 300 } } },
  });
  const outbox = features.find((f) => f.name === 'outbox') as OutboxFeature;
  const exam = await startExamHub('2026-11-23T07:00:00+08:00', undefined, {
    features,
    dir,
    env: { SIAPCAT_REGION_URL: region.url, SIAPCAT_REGION_CODE: code, SIAPCAT_REGION_CA: region.tls.caFingerprint },
  } as never);
  stops.push(() => exam.stop());
  return { exam, outbox };
}

const linkOf = async (exam: ExamHub) => (await exam.api('/api/region-link')).body as RegionLinkStatus;

async function setUp() {
  const region = await startTestRegion(await pg.fresh());
  stops.push(() => region.stop());
  const admin = await region.login();
  const code = await region.enroll('batulicin', 'Gedung Serbaguna Batulicin', admin);
  const tmp = tempDir('siapcat-venue-');
  stops.push(() => tmp.cleanup());
  const { exam, outbox } = await hubFor(region, code, tmp.dir);
  await outbox.pusher!.whenCaughtUp();
  return { region, admin, exam, outbox, dir: tmp.dir };
}

describe('venue keys and refused events', () => {
  it('records an event the region refuses, shows it on the hub with what to do, and sends the later ones', async () => {
    const { region, admin, exam, outbox } = await setUp();
    // A payload off the region's contract (a nested object where the custody summary has flat values),
    // as a newer hub's event would be: the hub's own checks let it through, the region refuses it.
    const refusedSeq = outbox.outbox.append('custody', { seals: { nested: 1 } } as never, 'future')!;
    const sessionId = await exam.session();
    // The session's summary is collected just after the change.
    const head = await until(
      'the session to reach the outbox',
      () => outbox.store.head(),
      (h) => h > refusedSeq,
    );
    const link = await until(
      'the region to acknowledge past the refused event',
      () => linkOf(exam),
      // The collectors run one per turn, so more may follow the session's summary: wait until all is sent.
      (l) => l.ackedSeq >= head && l.pending === 0,
    );
    expect(link).toMatchObject({ linked: true, venueId: 'batulicin', pending: 0, lastError: null, refusedCount: 1 });
    expect(link.refused[0]).toMatchObject({ seq: refusedSeq, kind: 'custody', key: 'future' });
    expect(link.refused[0]!.reason.id).toMatch(/Perbarui SiapCAT di hub lokasi/);
    expect(link.refused[0]!.reason.en).toMatch(/Update SiapCAT on the venue hub/);
    expect(JSON.stringify(link)).not.toMatch(/venueKey|"key":"[A-Za-z0-9_-]{20,}/);
    // The session created after the refused event reached the region.
    const venue = (await region.api('/api/region/venues/batulicin', { token: admin })).body.venue;
    expect(venue.sessions.map((s: { sessionId: string }) => s.sessionId)).toContain(sessionId);
    expect(venue.behind).toBe(0);
    // Every reader of the hub may see the link's state (it carries no key), the anonymous caller not.
    expect((await exam.hub.api('/api/region-link')).status).toBe(401);
  });

  it('refuses a revoked venue with what to do, keeps its data, and lets it join again with a new code', async () => {
    const { region, admin, exam, outbox, dir } = await setUp();
    const oldKey = outbox.store.link()!.venueKey;
    const revoked = await region.api('/api/region/venues/batulicin/revoke', { method: 'POST', token: admin });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ id: 'batulicin', revokedBy: 'admin' });
    expect(Date.parse(revoked.body.revokedAt)).toBeGreaterThan(0);
    const refused = await region.api('/api/region/push', { body: { head: 0, events: [] }, token: oldKey });
    expect(refused.status).toBe(401);
    expect(refused.body.error).toMatchObject({ code: 'venue-key' });
    expect(refused.body.error.message).toMatch(/Minta kode lokasi baru/);
    expect(refused.body.error.en).toMatch(/Ask the regional admin for a new venue code/);

    // The hub holds (nothing can be sent without a key) and says why, in both languages.
    await exam.session();
    const link = await until(
      'the hub to show the revoked key',
      () => linkOf(exam),
      (l) => l.lastError?.code === 'venue-key',
    );
    expect(link.pending).toBeGreaterThan(0);
    expect(link.lastError!.id).toMatch(/Wilayah menolak kiriman: Kunci lokasi tidak dikenal atau sudah dicabut/);
    expect(link.lastError!.en).toMatch(/The region refused the push: Unknown or revoked venue key/);
    // The region keeps what the venue sent before, shown stale.
    expect((await region.api('/api/region/venues/batulicin', { token: admin })).body.venue.name).toBe('Gedung Serbaguna Batulicin');

    // A new code; the hub restarted with it joins again and sends what waited.
    const monitorTry = await region.api('/api/region/venues/batulicin/code', { method: 'POST', token: 'x' });
    expect(monitorTry.status).toBe(401);
    const code = await region.api('/api/region/venues/batulicin/code', { method: 'POST', token: admin });
    expect(code.status).toBe(201);
    await exam.stop();
    stops.pop();
    const again = await hubFor(region, code.body.code as string, dir);
    await until(
      'the rejoined hub to catch up',
      () => linkOf(again.exam),
      (l) => l.lastError === null && l.pending === 0 && l.ackedSeq === again.outbox.store.head(),
    );
    expect(again.outbox.store.link()!.venueKey).not.toBe(oldKey);
    expect((await region.api('/api/region/push', { body: { head: 0, events: [] }, token: oldKey })).status).toBe(401);
  });

  it('rotates a key when the regional admin asks: the old one stops once the hub uses the new one', async () => {
    const { region, admin, outbox } = await setUp();
    const oldKey = outbox.store.link()!.venueKey;
    const asked = await region.api('/api/region/venues/batulicin/rotate', { method: 'POST', token: admin });
    expect(asked.body).toMatchObject({ rotateRequested: true });
    const newKey = await until(
      'the hub to take its new key',
      () => outbox.store.link()!.venueKey,
      (k) => k !== oldKey,
    );
    await until(
      'the region to retire the old key',
      async () => (await region.api('/api/region/venues/batulicin/key', { token: admin })).body,
      (s) => s.rotateRequested === false && s.rotatePending === false,
    );
    expect((await region.api('/api/region/push', { body: { head: 0, events: [] }, token: oldKey })).status).toBe(401);
    expect((await region.api('/api/region/push', { body: { head: 0, events: [] }, token: newKey })).status).toBe(200);
    // Only a current key may ask for a next one.
    const stolen = await region.api('/api/region/rotate', { method: 'POST', body: {}, token: 'not-a-key' });
    expect(stolen.status).toBe(401);
  });

  it('lists regional users to the admin only, never with a password hash', async () => {
    const { region, admin } = await setUp();
    await region.api('/api/region/users', {
      body: { username: 'kanreg', role: 'regional-monitor', password: 'pantau-wilayah' },
      token: admin,
    });
    const list = await region.api('/api/region/users', { token: admin });
    expect(list.status).toBe(200);
    expect(list.body.users).toEqual([
      { username: 'admin', role: 'regional-admin', createdAt: expect.any(String) },
      { username: 'kanreg', role: 'regional-monitor', createdAt: expect.any(String) },
    ]);
    expect(JSON.stringify(list.body)).not.toMatch(/hash|scrypt|pantau/);
    const monitor = await region.login('kanreg', 'pantau-wilayah');
    for (const [path, method] of [
      ['/api/region/users', 'GET'],
      ['/api/region/venues/batulicin/revoke', 'POST'],
      ['/api/region/venues/batulicin/rotate', 'POST'],
      ['/api/region/venues/batulicin/code', 'POST'],
      ['/api/region/venues/batulicin/key', 'GET'],
    ] as const) {
      const res = await region.api(path, { method, token: monitor });
      expect(res.status, path).toBe(403);
    }
    expect((await region.api('/api/region/venues/tidak-ada/revoke', { method: 'POST', token: admin })).status).toBe(404);
    // Revoking by the admin and then using the monitor's login as a venue key: still nothing.
    expect((await region.api('/api/region/push', { body: { head: 0, events: [] }, token: monitor })).status).toBe(401);
  });
});
