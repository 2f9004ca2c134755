import { afterEach, describe, expect, it } from 'vitest';
import { createFeatures } from '../../server/features.js';
import type { OutboxFeature } from '../../server/outbox/feature.js';
import { backoffDelay } from '../../server/outbox/backoff.js';
import { startExamHub } from '../exam/helpers.js';
import { seededRandom } from '../exam/helpers.js';
import { usePostgres } from '../helpers/postgres.js';
import { startTestRegion } from '../helpers/region.js';

const pg = usePostgres();
const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

describe('a hub joining its region', () => {
  it('refuses a region whose CA is not the pinned one, and a wrong code, and runs on without it', async () => {
    const region = await startTestRegion(await pg.fresh());
    stops.push(() => region.stop());
    const code = await region.enroll('batulicin', 'Batulicin', await region.login());
    const wrongPin = '00:'.repeat(31) + '00';
    for (const [ca, givenCode, says] of [
      [wrongPin, code, /does not match the given fingerprint/],
      [region.tls.caFingerprint, 'kode-yang-salah-sekali', /wrong, already used, or expired/],
    ] as const) {
      const features = createFeatures();
      const outbox = features.find((f) => f.name === 'outbox') as OutboxFeature;
      const hub = await startExamHub(undefined, undefined, {
        features,
        env: { SIAPCAT_REGION_URL: region.url, SIAPCAT_REGION_CODE: givenCode, SIAPCAT_REGION_CA: ca },
      });
      stops.push(() => hub.stop());
      expect(outbox.store.link()).toBeUndefined();
      expect(outbox.pusher).toBeUndefined();
      expect(hub.hub.ctx.notices.map((n) => n.en).join('\n')).toMatch(says);
      // The venue works on and its outbox fills, to be sent once joined.
      expect((await hub.api('/api/sessions', { body: { name: 'SKD', startsAt: '2026-11-23T08:00:00+08:00', kind: 'SKD', rooms: ['R1'], venueName: 'X' } })).status).toBe(201);
      outbox.collectNow();
      expect(outbox.store.head()).toBeGreaterThan(0);
    }
    // The right pin and code still work after those attempts (the code was not used up by the wrong pin).
    const features = createFeatures();
    const outbox = features.find((f) => f.name === 'outbox') as OutboxFeature;
    const hub = await startExamHub(undefined, undefined, {
      features,
      env: { SIAPCAT_REGION_URL: region.url, SIAPCAT_REGION_CODE: code, SIAPCAT_REGION_CA: region.tls.caFingerprint.toLowerCase() },
    });
    stops.push(() => hub.stop());
    expect(outbox.store.link()).toMatchObject({ venueId: 'batulicin', regionUrl: region.url });
    await outbox.pusher!.whenCaughtUp();
    expect(outbox.store.link()!.ackedSeq).toBe(outbox.store.head());
  });

  it('backs off with full jitter: uniform below a ceiling that doubles up to the cap', () => {
    const random = seededRandom(7);
    const options = { baseMs: 500, capMs: 60_000 };
    for (const [failures, ceiling] of [[1, 1000], [3, 4000], [7, 60_000], [40, 60_000]] as const) {
      const delays = Array.from({ length: 400 }, () => backoffDelay(failures, options, random));
      expect(Math.max(...delays)).toBeLessThan(ceiling);
      expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
      // Spread over the whole range, not bunched: the quartiles are roughly where uniform puts them.
      const sorted = delays.sort((x, y) => x - y);
      expect(sorted[100]! / ceiling).toBeGreaterThan(0.15);
      expect(sorted[300]! / ceiling).toBeLessThan(0.85);
    }
  });
});
