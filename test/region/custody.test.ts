import { afterEach, describe, expect, it } from 'vitest';
import { fleetPlan } from '../../agent/simulate/fleet.js';
import type { RegionVenue } from '../../protocol/region.js';
import { createFeatures } from '../../server/features.js';
import { startExamHub } from '../exam/helpers.js';
import { usePostgres } from '../helpers/postgres.js';
import { startTestRegion } from '../helpers/region.js';

const pg = usePostgres();
const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

describe('custody summaries reach the region on PostgreSQL', () => {
  it('a seal found broken at the venue shows in the region as a seal anomaly, as a summary with no names', async () => {
    const region = await startTestRegion(await pg.fresh(), { staleAfterMs: 5000 });
    stops.push(() => region.stop());
    const admin = await region.login();
    const code = await region.enroll('batulicin', 'Lokasi batulicin', admin);
    const features = createFeatures({
      outbox: {
        collectCron: '* * * * * *',
        collectDelayMs: 50,
        pusher: { heartbeatMs: 300, gatherMs: 50, backoff: { baseMs: 100, capMs: 600 } },
      },
    });
    const exam = await startExamHub('2026-11-23T07:00:00+08:00', undefined, {
      features,
      env: { SIAPCAT_REGION_URL: region.url, SIAPCAT_REGION_CODE: code, SIAPCAT_REGION_CA: region.tls.caFingerprint },
    });
    stops.push(() => exam.stop());
    expect((await exam.api('/api/venue/plan', { body: fleetPlan({ servers: 1, clients: 4, rooms: 2 }, 'Lokasi batulicin') })).status).toBe(
      200,
    );
    const session = await exam.session();
    const seal = await exam.api('/api/custody/seals', { body: { roomId: 'R1', sealNumber: 'BKN-0001', witnessName: 'Siti Rahmawati' } });
    expect(seal.status, JSON.stringify(seal.body)).toBe(201);
    const opened = await exam.api(`/api/custody/seals/${seal.body.id}/open`, {
      body: { sealNumberRead: 'BKN-0001', intact: false, witnessName: 'Siti Rahmawati', sessionId: session },
    });
    expect(opened.body.anomaly).toBe(true);

    const end = Date.now() + 20_000;
    let shown: RegionVenue | undefined;
    while (Date.now() < end) {
      shown = (await region.api('/api/region/venues/batulicin', { token: admin })).body.venue as RegionVenue;
      if (shown?.custody?.sealAnomalies === 1) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(shown?.custody).toMatchObject({
      rooms_broken: 1,
      sealAnomalies: 1,
      trials: 0,
      lastTrialKind: null,
      lastTrialAnswered: null,
      lastTrialExpected: null,
      lastDrillOutcome: null,
    });
    // A summary: counts only, never who witnessed or which seal number.
    const text = JSON.stringify(shown?.custody);
    expect(text).not.toContain('Siti');
    expect(text).not.toContain('BKN-0001');
  });
});
