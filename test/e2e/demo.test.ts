import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fleetPlan } from '../../agent/simulate/fleet.js';
import { weighted } from '../../agent/simulate/prng.js';
import { Simulator, type HardwareSource } from '../../agent/simulate/simulator.js';
import { facilitiesFeature } from '../../server/facilities/feature.js';
import { FACILITY_ITEMS } from '../fixtures/facility-items.js';
import { errorsOf, launchBrowser, logIn, shot, type TestBrowser } from '../helpers/browser.js';
import { fastFeatures } from '../helpers/features.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { READY, report } from '../helpers/reports.js';

/**
 * A simulated venue the size of a real one (3 servers, 450 PCs in 6 rooms, as `npm run demo`):
 * the dashboard's pages stay readable and correct with hundreds of live machines.
 */
const ENROLL = 'token-lokasi-uji-2026';
const SHAPE = { servers: 3, clients: 450, rooms: 6 };
let browser: TestBrowser;
let hub: TestHub;
let sim: Simulator | undefined;

const hardware: HardwareSource = {
  machine(role, rng) {
    const kind = weighted(rng, [
      ['ready', 85],
      ['ram', 9],
      ['cam', 6],
    ] as const);
    const statuses =
      kind === 'ready' ? READY : kind === 'ram' ? { ...READY, 'ram-size': 'fail' as const } : { ...READY, webcam: 'unknown' as const };
    return { name: kind, report: (at) => report(statuses, role, at.toISOString()) };
  },
};

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  sim?.stop();
  await hub?.stop();
});

describe('a simulated venue of 450 PCs', () => {
  it('overview, room map, monitor and report stay correct and readable', async () => {
    const { features } = fastFeatures();
    hub = await startTestHub({
      env: { SIAPCAT_ENROLL_TOKEN: ENROLL },
      features: [...features, facilitiesFeature({ items: FACILITY_ITEMS })],
    });
    const token = await hub.login();
    expect((await hub.api('/api/venue/plan', { token, body: fleetPlan(SHAPE, 'GOR Bersujud, Batulicin') })).status).toBe(200);
    sim = new Simulator({ hubUrl: hub.url, token: ENROLL, shape: SHAPE, seed: 7, source: hardware, staggerMs: 300 });
    await sim.start();
    expect(await sim.settled(60_000)).toBe(true);

    const page = await browser.page();
    await logIn(page, hub.url + '/');
    await page
      .getByText(/Lokasi (BELUM )?SIAP|Lokasi BELUM BISA DINILAI/)
      .first()
      .waitFor();
    const api = (await hub.api('/api/venue/readiness', { token })).body;
    const total = api.machines.ready + api.machines.notReady + api.machines.incomplete + api.machines.missing + api.machines.offline;
    expect(total).toBe(453);
    await expect
      .poll(() => page.locator('siap-overview-page .hero siap-counts [data-count="ready"] b').first().textContent())
      .toBe(String(api.machines.ready));
    await shot(page, 'demo-overview-laptop-id');

    await page.goto(`${hub.url}/ruang/R1`);
    await page.locator('siap-seat-map [data-seat="75"]').waitFor();
    expect(await page.locator('siap-seat-map [data-show="ready"]').count()).toBeGreaterThan(50);
    await shot(page, 'demo-room-laptop-id');

    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${hub.url}/monitor?detik=60`);
    await page.getByRole('heading', { name: 'Ruang tes 1' }).waitFor();
    await page.screenshot({ path: 'test-results/screenshots/demo-monitor-tv-id.png' });
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { name: 'Ruang tes 2' }).waitFor();

    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${hub.url}/laporan`);
    await page.locator('tr[data-machine]').nth(452).waitFor();
    await shot(page, 'demo-report-laptop-id');
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  }, 90_000);
});
