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
    expect(await page.getByText('Sidik jari CA hub (SHA-256)').isVisible()).toBe(true);
    await shot(page, 'trust-login-fingerprint');

    await logIn(page, `${hub.url}/pengaturan`);
    await page.getByRole('heading', { name: 'Sidik jari CA hub (SHA-256)' }).waitFor();
    expect(await page.locator('siap-setup-page [data-ca-fingerprint]').textContent()).toBe(fingerprint);
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

async function logInAs(page: import('playwright-core').Page, url: string, username: string, password: string) {
  await page.goto(url);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

describe('the dashboard offers only what the role may do (real hub, real Chromium)', () => {
  it('a monitor sees no edit, delete or import buttons; an operator sees the desk; the admin sees all of them', async () => {
    hub = await startTestHub();
    const token = await hub.login();
    const startsAt = new Date(Date.now() + 3 * 3600_000).toISOString().slice(0, 19) + 'Z';
    const session = await hub.api('/api/sessions', { token, body: { name: 'Sesi peran', startsAt, kind: 'SKD' } });
    expect(session.status).toBe(201);
    const id = session.body.id as string;
    for (const [username, role] of [
      ['tv1', 'monitor'],
      ['meja1', 'operator'],
    ]) {
      expect((await hub.api('/api/users', { token, body: { username, password: `${username}-sandi-2026`, role } })).status).toBe(201);
    }
    // The hub's answer the dashboard follows: /api/me lists the role's actions from the one table.
    const tvToken = (await hub.api('/api/login', { body: { username: 'tv1', password: 'tv1-sandi-2026' } })).body.token as string;
    const me = (await hub.api('/api/me', { token: tvToken })).body as { role: string; actions: string[] };
    expect(me.role).toBe('monitor');
    expect(me.actions).toContain('sessions.read');
    expect(me.actions).not.toContain('roster.import');

    const buttons = {
      createSession: (page: import('playwright-core').Page) => page.getByRole('button', { name: 'Buat sesi' }),
      rosterImport: (page: import('playwright-core').Page) => page.getByRole('button', { name: 'Impor', exact: true }),
      remove: (page: import('playwright-core').Page) => page.getByText('Hapus sesi'),
      edit: (page: import('playwright-core').Page) => page.getByText('Ubah jadwal dan data sesi'),
      desk: (page: import('playwright-core').Page) => page.getByRole('link', { name: 'Meja registrasi' }),
      addUser: (page: import('playwright-core').Page) => page.getByRole('button', { name: 'Tambah pengguna' }),
      addRoom: (page: import('playwright-core').Page) => page.getByRole('button', { name: 'Tambah' }),
    };

    // The admin first: proves each button is found where it is offered.
    const admin = await browser.page();
    admin.setDefaultTimeout(10_000);
    await logIn(admin, `${hub.url}/sesi/${id}`);
    await buttons.rosterImport(admin).waitFor();
    for (const b of [buttons.remove, buttons.edit, buttons.desk]) expect(await b(admin).count()).toBeGreaterThan(0);
    await admin.goto(`${hub.url}/pengaturan`);
    await buttons.addUser(admin).waitFor();
    expect(await buttons.addRoom(admin).count()).toBeGreaterThan(0);
    await admin.close();

    const tv = await browser.page();
    tv.setDefaultTimeout(10_000);
    await logInAs(tv, `${hub.url}/sesi/${id}`, 'tv1', 'tv1-sandi-2026');
    await tv.getByRole('heading', { name: 'Sesi peran' }).waitFor();
    await tv.getByRole('link', { name: 'Kehadiran', exact: true }).waitFor();
    // /api/me has answered once the page re-rendered without them.
    await expect.poll(() => buttons.rosterImport(tv).count()).toBe(0);
    for (const b of [buttons.remove, buttons.edit, buttons.desk]) expect(await b(tv).count()).toBe(0);
    await shot(tv, 'roles-monitor-session');
    await tv.goto(`${hub.url}/sesi`);
    await tv.getByRole('link', { name: 'Sesi peran' }).waitFor();
    await expect.poll(() => buttons.createSession(tv).count()).toBe(0);
    await tv.goto(`${hub.url}/pengaturan`);
    await tv.getByRole('heading', { name: 'Sidik jari CA hub (SHA-256)' }).waitFor();
    await expect.poll(() => buttons.addRoom(tv).count()).toBe(0);
    expect(await buttons.addUser(tv).count()).toBe(0);
    expect(await tv.getByRole('button', { name: 'Buat kode' }).count()).toBe(0);
    await shot(tv, 'roles-monitor-setup');
    await tv.goto(`${hub.url}/fasilitas`);
    const choice = tv.locator('button[data-status]').first();
    await choice.waitFor();
    await expect.poll(() => choice.isDisabled()).toBe(true);
    expect(errorsOf(tv)).toEqual([]);
    await tv.close();

    const desk = await browser.page();
    desk.setDefaultTimeout(10_000);
    await logInAs(desk, `${hub.url}/sesi/${id}`, 'meja1', 'meja1-sandi-2026');
    await buttons.desk(desk).waitFor();
    await expect.poll(() => buttons.rosterImport(desk).count()).toBe(0);
    expect(await buttons.remove(desk).count()).toBe(0);
    await buttons.desk(desk).click();
    await desk.waitForURL(`${hub.url}/sesi/${id}/registrasi`);
    await shot(desk, 'roles-operator-desk');
    expect(errorsOf(desk)).toEqual([]);
    await desk.close();
  });
});
