import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../protocol/ports.js';
import { authFeature } from '../../server/auth/feature.js';
import { facilitiesFeature } from '../../server/facilities/feature.js';
import { FACILITY_ITEMS } from '../fixtures/facility-items.js';
import { errorsOf, launchBrowser, shot, type TestBrowser } from '../helpers/browser.js';
import { startTestHub, TEST_ADMIN_PASSWORD, type TestHub } from '../helpers/hub.js';

let browser: TestBrowser;
let hub: TestHub;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await hub?.stop();
});

describe('facility checklist in the browser against the real hub', () => {
  it('marks items with notes; the hub records who and when (venue time), and the report prints them', async () => {
    hub = await startTestHub({
      features: [authFeature(), facilitiesFeature({ items: FACILITY_ITEMS })],
      clock: manualClock('2026-11-22T01:15:00Z'),
    });
    const page = await browser.page();
    await page.goto(`${hub.url}/fasilitas`);
    await page.getByLabel('Kata sandi').fill(TEST_ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: 'Daftar periksa fasilitas' }).waitFor();

    const genset = page.locator('tr[data-item="genset"]');
    await genset.getByRole('textbox').fill('solar hanya cukup 2 sesi');
    await genset.getByRole('button', { name: 'Belum memenuhi' }).click();
    await expect.poll(() => genset.textContent()).toContain('22/11/2026 09.15 WITA');
    await page.locator('tr[data-item="ups"]').getByRole('button', { name: 'Memenuhi', exact: true }).click();
    await page.locator('tr[data-item="first-aid"]').getByRole('button', { name: 'Tidak berlaku' }).click();
    await expect
      .poll(() => page.locator('[data-summary]').textContent())
      .toContain('1 memenuhi · 1 belum memenuhi · 1 tidak berlaku · 5 belum diperiksa');
    await shot(page, 'facilities-laptop-id');

    const token = await hub.login();
    const stored = await hub.api('/api/facilities', { token });
    const byId = Object.fromEntries(stored.body.items.map((i: { id: string; entry: unknown }) => [i.id, i.entry]));
    expect(byId.genset).toEqual({ status: 'not-ok', note: 'solar hanya cukup 2 sesi', by: 'admin', at: '2026-11-22T01:15:00.000Z' });
    expect(byId.ups).toMatchObject({ status: 'ok', by: 'admin' });
    expect(byId['first-aid']).toMatchObject({ status: 'na' });
    expect(stored.body.summary.verdict).toBe('not-ready');

    await page.locator('tr[data-item="genset"]').getByRole('button', { name: 'Hapus tanda' }).click();
    await expect.poll(async () => (await hub.api('/api/facilities', { token })).body.items[1].entry).toBeNull();
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('looks right on a TV in English', async () => {
    hub = await startTestHub({ features: [authFeature(), facilitiesFeature({ items: FACILITY_ITEMS })] });
    const page = await browser.page('tv');
    await page.goto(`${hub.url}/fasilitas`);
    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByLabel('Password').fill(TEST_ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Facility checklist' }).waitFor();
    await page.locator('tr[data-item="ups"]').getByRole('button', { name: 'Met', exact: true }).click();
    await expect.poll(() => page.locator('tr[data-item="ups"]').textContent()).toContain('admin');
    await shot(page, 'facilities-tv-en');
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });
});
