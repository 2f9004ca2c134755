import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, launchBrowser, logIn, shot, type TestBrowser } from '../helpers/browser.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { tempDir } from '../helpers/tmp.js';

let browser: TestBrowser;
let hub: TestHub | undefined;
const cleanups: Array<() => void> = [];

beforeAll(async () => {
  // The test's browser has not installed the hub's CA (that is a person's step, README): it is told
  // to go on past the certificate error, and the test compares the fingerprint the pages show.
  browser = await launchBrowser({ extraArgs: ['--ignore-certificate-errors'] });
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await hub?.stop();
  hub = undefined;
  for (const c of cleanups.splice(0)) c();
});

describe('the hub CA fingerprint in the dashboard (real TLS hub, real Chromium)', () => {
  it('shows it on the login page, the setup page and the printed readiness report', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    hub = await startTestHub({ dir: t.dir, tls: { dir: join(t.dir, 'tls') } });
    const fingerprint = hub.tls!.caFingerprint;
    expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const page = await browser.page();
    page.setDefaultTimeout(10_000);

    await page.goto(hub.url);
    const onLogin = page.locator('[data-ca-fingerprint]');
    await onLogin.waitFor();
    expect(await onLogin.textContent()).toBe(fingerprint);
    expect(await page.getByText('Sidik jari CA hub (SHA-256), harus sama dengan').isVisible()).toBe(true);
    await shot(page, 'trust-login-fingerprint');

    await logIn(page, `${hub.url}/pengaturan`);
    await page.getByRole('heading', { name: 'Sertifikat hub (CA)' }).waitFor();
    expect(await page.locator('siap-ca-card [data-ca-fingerprint]').textContent()).toBe(fingerprint);
    await shot(page, 'trust-setup-fingerprint');

    await page.goto(`${hub.url}/laporan`);
    const onReport = page.locator('article.doc [data-ca-fingerprint]');
    await onReport.waitFor();
    expect(await onReport.textContent()).toBe(fingerprint);
    await page.emulateMedia({ media: 'print' });
    expect(await onReport.isVisible()).toBe(true);
    await shot(page, 'trust-report-fingerprint');
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });
});
