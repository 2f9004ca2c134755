import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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

const features = () => [authFeature(), facilitiesFeature({ items: FACILITY_ITEMS })];

describe('dashboard login (real hub, real Chromium)', () => {
  it('refuses a wrong password in Indonesian, logs in, keeps the deep link, and logs out', async () => {
    hub = await startTestHub({ features: features() });
    const page = await browser.page();
    await page.goto(`${hub.url}/fasilitas`);
    await page.getByLabel('Kata sandi').fill('salah-sekali');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Nama pengguna atau kata sandi salah.');
    await shot(page, 'login-error-laptop-id');

    await page.getByLabel('Kata sandi').fill(TEST_ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: 'Daftar periksa fasilitas' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/fasilitas');
    expect(await page.evaluate<string[]>('Object.keys(sessionStorage)')).toContain('siapcat.session');
    expect(await page.evaluate<string[]>('Object.keys(localStorage)')).not.toContain('siapcat.session');

    await page.reload();
    await page.getByRole('heading', { name: 'Daftar periksa fasilitas' }).waitFor();

    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('heading', { name: 'Masuk ke SiapCAT' }).waitFor();
    expect(await page.evaluate<string | null>("sessionStorage.getItem('siapcat.session')")).toBeNull();
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('sends the person back to the login page with the reason when the session ends on the hub', async () => {
    hub = await startTestHub({ features: features() });
    const page = await browser.page();
    page.setDefaultTimeout(8_000);
    await page.goto(hub.url);
    await page.getByLabel('Kata sandi').fill(TEST_ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('link', { name: 'Fasilitas', exact: true }).click();
    await page.getByRole('heading', { name: 'Daftar periksa fasilitas' }).waitFor();

    // The session is ended behind the page's back (expired, or logged out elsewhere).
    const token = await page.evaluate<string>("JSON.parse(sessionStorage.getItem('siapcat.session')).token");
    expect((await hub.api('/api/logout', { method: 'POST', token })).status).toBe(204);

    // The next action finds out (401), unless the live channel, refused on its reconnect, found out first.
    const loginHeading = page.getByRole('heading', { name: 'Masuk ke SiapCAT' });
    await page.locator('tr[data-item="genset"] button[data-status="ok"]').or(loginHeading).first().click();
    await loginHeading.waitFor();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Sesi Anda sudah berakhir');
    await shot(page, 'login-expired-laptop-id');
    expect(new URL(page.url()).pathname).toBe('/fasilitas');

    await page.getByLabel('Kata sandi').fill(TEST_ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: 'Daftar periksa fasilitas' }).waitFor();
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('switches to English, remembers it across reloads and logins, and back', async () => {
    hub = await startTestHub({ features: features() });
    const page = await browser.page();
    await page.goto(hub.url);
    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByRole('heading', { name: 'Log in to SiapCAT' }).waitFor();
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('en');
    await page.getByLabel('Password').fill(TEST_ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('link', { name: 'Facilities' }).click();
    await page.getByRole('heading', { name: 'Facility checklist' }).waitFor();
    await shot(page, 'facilities-laptop-en');
    await page.reload();
    await page.getByRole('heading', { name: 'Facility checklist' }).waitFor();
    await page.getByRole('button', { name: 'ID', exact: true }).click();
    await page.getByRole('heading', { name: 'Daftar periksa fasilitas' }).waitFor();
    expect(await page.evaluate<string | null>("localStorage.getItem('siapcat.lang')")).toBe('id');
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });
});
