import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { facilitiesFeature } from '../../server/facilities/feature.js';
import { FACILITY_ITEMS } from '../fixtures/facility-items.js';
import { testAgent, until, type TestAgent } from '../helpers/agents.js';
import { errorsOf, launchBrowser, logIn, shot, SHOTS_DIR, type TestBrowser } from '../helpers/browser.js';
import { fastFeatures } from '../helpers/features.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { READY, report } from '../helpers/reports.js';
import type { Page } from 'playwright-core';
import { join } from 'node:path';

/**
 * The dashboard against a real hub with real agents over WebSocket: the numbers on screen are the
 * API's, seats recolour live, a full server shows full, and the audit report prints.
 */
const ENROLL = 'token-lokasi-uji-2026';
let browser: TestBrowser;
let hub: TestHub;
let token: string;
const agents: TestAgent[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  for (const a of agents.splice(0)) a.link.stop();
  await hub?.stop();
});

/** S1 (limit 3) serving room R1 (2 x 3 seats); PC-1..PC-4 connect to S1, so PC-4 waits. */
async function venueWithAgents(): Promise<void> {
  const { features } = fastFeatures();
  hub = await startTestHub({
    env: { SIAPCAT_ENROLL_TOKEN: ENROLL },
    features: [...features, facilitiesFeature({ items: FACILITY_ITEMS })],
  });
  token = await hub.login();
  const put = (path: string, body: unknown, method = 'POST') => hub.api(path, { method, token, body });
  expect(
    (await put('/api/venue', { name: 'SMKN 1 Batulicin', address: 'Jl. Raya Batulicin, Tanah Bumbu', timeZone: 'Asia/Makassar' }, 'PUT'))
      .status,
  ).toBe(200);
  expect((await put('/api/servers', { id: 'S1', kind: 'server', name: 'Server lab', limit: 3 })).status).toBe(201);
  expect((await put('/api/rooms', { id: 'R1', name: 'Lab Komputer 1', kind: 'ruang-tes', rows: 2, cols: 3 })).status).toBe(201);
  const seats = Array.from({ length: 6 }, (_, i) => ({ roomId: 'R1', number: i + 1, row: Math.floor(i / 3), col: i % 3, serverId: 'S1' }));
  expect((await put('/api/rooms/R1/seats', { seats }, 'PUT')).status).toBe(200);
  for (const i of [1, 2, 3, 4]) {
    const a = testAgent(hub.url, { id: `PC-${i}`, token: ENROLL, placement: { serverId: 'S1', roomId: 'R1', seat: i } });
    agents.push(a);
    a.link.start();
  }
  await until(() => agents.every((a) => a.link.state === 'open'), 'agents connected');
  agents[0]!.link.submit(report(READY));
  agents[1]!.link.submit(report({ ...READY, 'ram-size': 'fail' }));
  agents[2]!.link.submit(report({ ...READY, webcam: 'unknown' }));
  await until(() => agents.slice(0, 3).every((a) => a.link.pending === 0), 'reports acknowledged');
}

const count = (page: Page, key: string) =>
  page.locator(`siap-overview-page .hero siap-counts [data-count="${key}"] b`).first().textContent();

describe('dashboard on a live venue (real hub, real agents, real Chromium)', () => {
  it("shows the API's numbers on the overview, and a full server with who waits", async () => {
    await venueWithAgents();
    const page = await browser.page();
    await logIn(page, hub.url + '/');
    await page.getByText('Lokasi BELUM SIAP').waitFor();
    const api = (await hub.api('/api/venue/readiness', { token })).body;
    await expect.poll(() => count(page, 'ready')).toBe(String(api.machines.ready));
    expect(await count(page, 'notReady')).toBe(String(api.machines.notReady));
    expect(await count(page, 'incomplete')).toBe(String(api.machines.incomplete));
    expect(await count(page, 'missing')).toBe(String(api.machines.missing));
    expect(await count(page, 'offline')).toBe(String(api.machines.offline));
    expect(api.machines).toMatchObject({ ready: 1, notReady: 1 });
    // Failures are listed as links; the checks that could not be judged are folded into one line that opens.
    const hero = page.locator('siap-overview-page .hero');
    for (const cause of api.causes.filter((c: { kind: string }) => c.kind !== 'check-unknown'))
      await hero.getByRole('link', { name: cause.text.id }).first().waitFor();
    const unknowns = api.causes.filter((c: { kind: string }) => c.kind === 'check-unknown');
    expect(unknowns.length).toBeGreaterThan(0);
    await hero.locator('details[data-unknowns] summary').first().click();
    for (const cause of unknowns) await hero.getByRole('link', { name: cause.text.id }).first().waitFor();

    const server = page.locator('article[data-server="S1"]');
    await expect.poll(() => server.locator('siap-capacity [data-state]').getAttribute('data-state')).toBe('full');
    await server.getByText('3/3 — PENUH').waitFor();
    await server.getByRole('link', { name: 'PC-4' }).waitFor();
    await shot(page, 'e2e-overview-laptop-id');
    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByText('Venue NOT READY').waitFor();
    await shot(page, 'e2e-overview-laptop-en');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await shot(page, 'e2e-overview-tv-en');
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it("recolours a seat live when its agent's report changes, and opens the PC on click", async () => {
    await venueWithAgents();
    const page = await browser.page();
    await logIn(page, hub.url + '/ruang/R1');
    const seat = (n: number) => page.locator(`siap-seat-map [data-seat="${n}"]`);
    await expect.poll(() => seat(1).getAttribute('data-show')).toBe('ready');
    expect(await seat(2).getAttribute('data-show')).toBe('not-ready');
    expect(await seat(3).getAttribute('data-show')).toBe('incomplete');
    expect(await seat(5).getAttribute('data-show')).toBe('empty');
    await page.locator('header .live[data-status="open"]').waitFor();
    await shot(page, 'e2e-room-laptop-id');

    agents[0]!.link.submit(report({ ...READY, 'ram-size': 'fail' }));
    await expect.poll(() => seat(1).getAttribute('data-show'), { timeout: 10_000 }).toBe('not-ready');
    agents[1]!.link.submit(report(READY));
    await expect.poll(() => seat(2).getAttribute('data-show'), { timeout: 10_000 }).toBe('ready');

    await seat(1).click();
    await page.getByRole('heading', { name: 'PC-1' }).waitFor();
    await page.locator('tr[data-check="ram-size"]').getByText('Gagal').waitFor();
    await page.getByRole('button', { name: 'Periksa ulang' }).click();
    await page.getByText(/Permintaan periksa ulang terkirim pukul/).waitFor();
    await until(() => agents[0]!.rechecks.length === 1, 'the agent got the recheck');
    await shot(page, 'e2e-machine-laptop-id');
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('renders the printable audit report and saves it as a PDF', async () => {
    await venueWithAgents();
    await hub.api('/api/facilities/genset', { method: 'PUT', token, body: { status: 'ok', note: 'uji 30 menit' } });
    const page = await browser.page();
    await logIn(page, hub.url + '/laporan');
    await page.getByRole('heading', { name: 'Laporan Kesiapan Lokasi Seleksi CAT' }).waitFor();
    for (const id of ['PC-1', 'PC-2', 'PC-3', 'PC-4']) await page.locator(`tr[data-machine="${id}"]`).waitFor();
    expect(await page.locator('tr[data-machine="PC-2"]').textContent()).toContain('RAM < 4 GB');
    await page.getByText('Ketua Panselda').waitFor();
    expect(await page.getByRole('navigation', { name: 'Menu utama' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Menu utama' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Cetak / simpan PDF' }).isVisible()).toBe(false);
    await shot(page, 'e2e-report-print-id');
    const pdf = await page.pdf({ path: join(SHOTS_DIR, 'e2e-report.pdf'), format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('sets a venue up from the setup page, and shows the command for the exam PCs', async () => {
    const { features } = fastFeatures();
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: ENROLL }, features });
    token = await hub.login();
    const page = await browser.page();
    page.on('dialog', (d) => void d.accept());
    await logIn(page, hub.url + '/pengaturan');
    await page.getByRole('heading', { name: 'Pengaturan lokasi' }).waitFor();
    await page.getByLabel('Nama', { exact: true }).first().fill('GOR Bersujud');
    await page.getByRole('button', { name: 'Simpan' }).first().click();
    await until(async () => (await hub.api('/api/venue', { token })).body.venue?.name === 'GOR Bersujud', 'venue saved');

    const addServer = page.getByRole('form', { name: 'Tambah server' });
    await addServer.getByLabel('Kode').fill('S1');
    await addServer.getByRole('button', { name: 'Tambah' }).click();
    await page.locator('tr[data-server="S1"]').waitFor();
    const addRoom = page.getByRole('form', { name: 'Tambah ruang' });
    await addRoom.getByLabel('Kode').fill('R1');
    await addRoom.getByLabel('Nama').fill('Ruang 1');
    await addRoom.getByLabel('Baris').fill('6');
    await addRoom.getByLabel('Kolom').fill('6');
    await addRoom.getByRole('button', { name: 'Tambah' }).click();
    await page.locator('tr[data-room="R1"]').waitFor();
    await page.locator('tr[data-room="R1"]').getByLabel('Server untuk kursi ini').selectOption('S1');
    await page.getByRole('button', { name: 'Buat kursi (36)' }).click();
    await until(async () => (await hub.api('/api/venue', { token })).body.seats.length === 36, '36 seats saved');
    const state = (await hub.api('/api/venue', { token })).body;
    expect(state.seats.find((s: { number: number }) => s.number === 8)).toEqual({
      roomId: 'R1',
      number: 8,
      row: 1,
      col: 1,
      serverId: 'S1',
    });
    const enrollment = (await hub.api('/api/enrollment', { token })).body;
    await page.getByText(enrollment.commands.cmd, { exact: true }).first().waitFor();
    expect(enrollment.simulatorToken).toBe(ENROLL);
    await shot(page, 'e2e-setup-laptop-id');
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });
});
