import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fleetPlan } from '../../agent/simulate/fleet.js';
import { DEFAULT_BEHAVIOUR, Simulator, type HardwareSource } from '../../agent/simulate/simulator.js';
import { createFeatures } from '../../server/features.js';
import { errorsOf, launchBrowser, logIn, shot, SHOTS_DIR, type TestBrowser } from '../helpers/browser.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { READY, report } from '../helpers/reports.js';
import { tempDir } from '../helpers/tmp.js';

const TOKEN = 'token-lokasi-uji-2026';
const SHAPE = { servers: 2, clients: 30, rooms: 2 };
const hardware: HardwareSource = { machine: (role) => ({ name: 'ready', report: (at) => report(READY, role, at.toISOString()) }) };
const tmp = tempDir('siapcat-custody-pdf-');

let browser: TestBrowser;
let hub: TestHub;
let sim: Simulator;
let token: string;

beforeAll(async () => {
  browser = await launchBrowser();
  hub = await startTestHub({
    env: { SIAPCAT_ENROLL_TOKEN: TOKEN },
    // The drill's settle time is the technician's window to cut the mains after pressing start (5 s at a venue);
    // 3 s here, so the simulated cut lands inside it even on a busy machine.
    features: createFeatures({ custody: { timings: { drillSettleMs: 3000, graceMs: 30_000, flushMs: 100 } } }),
  });
  token = await hub.login();
  expect((await hub.api('/api/venue/plan', { token, body: fleetPlan(SHAPE, 'Gedung Serbaguna Batulicin') })).status).toBe(200);
  expect(
    (
      await hub.api('/api/sessions', {
        token,
        body: { name: 'SKD Sesi 1', startsAt: '2026-12-04T08:00:00+08:00', kind: 'SKD', rooms: ['R1', 'R2'] },
      })
    ).status,
  ).toBe(201);
  // No random drops: the power drill below counts exactly the PCs without a UPS that fall off.
  const calm = { ...DEFAULT_BEHAVIOUR, drop: 0 };
  sim = new Simulator({ hubUrl: hub.url, token: TOKEN, shape: SHAPE, seed: 11, source: hardware, staggerMs: 300, behaviour: calm });
  await sim.start();
  expect(await sim.settled(30_000)).toBe(true);
});

afterAll(async () => {
  sim?.stop();
  await hub?.stop();
  await browser?.close();
});

/** Prints the page as Chromium would to A4 paper; returns the PDF's page count and text, and a PNG of page 1 to look at. */
async function printed(page: Page, name: string): Promise<{ pages: number; text: string }> {
  const path = join(tmp.dir, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  mkdirSync(SHOTS_DIR, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', path, join(SHOTS_DIR, name)]);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    text: execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
  };
}

async function bast(page: Page, direction: 'in' | 'out', serial: string) {
  await page.goto(`${hub.url}/pengamanan`);
  const section = page.locator('[data-section="handovers"]');
  await section.getByText('Catat serah terima').click();
  const form = section.locator('siap-handover-form');
  await form.locator('select[name="direction"]').selectOption(direction);
  await form.getByLabel('Tempat').fill('Ruang server, Gedung Serbaguna Batulicin');
  await form.locator('input[name="giver.name"]').fill(direction === 'in' ? 'Andi Pratama (Panselnas)' : 'Budi Santoso');
  await form.locator('input[name="giver.nip"]').fill('198001012005011001');
  await form.locator('input[name="giver.unit"]').fill(direction === 'in' ? 'BKN Kantor Regional VIII' : 'Panselda Tanah Bumbu');
  await form.locator('input[name="receiver.name"]').fill(direction === 'in' ? 'Budi Santoso' : 'Andi Pratama (Panselnas)');
  await form.locator('input[name="witnessNames"]').fill('Siti Rahmah (Inspektorat), Dedi (BKPSDM)');
  await form.locator('select[name="item0.kind"]').selectOption('mobile-server');
  await form.locator('input[name="item0.description"]').fill('Server mobile CAT BKN');
  await form.locator('input[name="item0.serial"]').fill(serial);
  await form.locator('input[name="item0.seals"]').fill('BKN-S-101, BKN-S-102');
  await form.locator('select[name="item0.server"]').selectOption('S2');
  await form.getByRole('button', { name: 'Tambah barang' }).click();
  await form.locator('select[name="item1.kind"]').selectOption('kabel');
  await form.locator('input[name="item1.description"]').fill('Kabel daya dan kabel LAN');
  await form.locator('select[name="item1.condition"]').selectOption('tanpa-segel');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await form.getByText('Serah terima dicatat').waitFor();
}

describe('the monitoring team runs the pre-exam sequence in the dashboard (real hub, 32 simulated agents, Chromium)', () => {
  it('BAST in, seals on, network trial, power drill, seals off, BAST out, and prints every form', async () => {
    const page = await browser.page();
    page.setDefaultTimeout(15_000);
    await logIn(page, `${hub.url}/pengamanan`);
    await page.getByRole('heading', { name: 'Pengamanan dan uji coba' }).waitFor();

    // 1. BAST in, with the mobile server's serial matching its agent (SIM-S2), then printed.
    await bast(page, 'in', 'SIM-S2');
    await page.getByRole('link', { name: 'BAST 1' }).click();
    const doc = page.locator('[data-doc="bast"]');
    await doc.getByText('cocok (S2)').waitFor();
    await page.getByRole('button', { name: 'Saya menyaksikan' }).click();
    await doc.getByText(/Dikonfirmasi di SiapCAT oleh: admin/).waitFor();
    const bastIn = await printed(page, 'custody-bast-in-print');
    expect(bastIn.pages).toBe(1);
    expect(bastIn.text).toContain('BERITA ACARA SERAH TERIMA SERVER MOBILE');
    for (const words of ['BKN-S-101', 'BKN-S-102', 'cocok (S2)', 'Siti Rahmah', 'NIP 198001012005011001'])
      expect(bastIn.text).toContain(words);
    expect(bastIn.text).not.toContain('Kesaksian dicatat');

    // 2. Seals on both test rooms.
    await page.goto(`${hub.url}/pengamanan`);
    for (const [room, seal] of [
      ['R1', 'BKN-0001'],
      ['R2', 'BKN-0002'],
    ]) {
      const row = page.locator(`tr[data-room="${room}"]`);
      await row.locator('input[name="sealNumber"]').fill(seal!);
      await row.locator('input[name="witnessName"]').fill('Siti Rahmah');
      await row.getByRole('button', { name: 'Pasang segel' }).click();
      await page.locator(`tr[data-room="${room}"][data-seal-state="sealed"]`).waitFor();
    }

    // 3. The network trial: every online agent answers; its berita acara is printed.
    await page.getByRole('button', { name: 'Mulai uji coba' }).click();
    await page.locator('tr[data-trial="1"][data-status="complete"]').waitFor({ timeout: 60_000 });
    await shot(page, 'custody-page-after-trial');
    await page.getByRole('link', { name: 'Uji coba jaringan 1' }).click();
    await page.locator('[data-doc="trial"] tr[data-group="R1"]').waitFor();
    const trial = await printed(page, 'custody-trial-print');
    expect(trial.text).toContain('BERITA ACARA UJI COBA JARINGAN');
    expect(trial.text).toMatch(/Seluruh 32\/32/);
    expect(trial.text).toContain('PC yang tidak menjawab (0)');
    expect(trial.pages).toBeLessThanOrEqual(2);

    // A second trial after a fix, side by side with the first.
    await page.goto(`${hub.url}/pengamanan`);
    await page.getByRole('button', { name: 'Mulai uji coba' }).click();
    await page.locator('tr[data-trial="2"][data-status="complete"]').waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Bandingkan dengan 1' }).click();
    await page.getByText('dibandingkan dengan UJI-001').waitFor();
    await shot(page, 'custody-trial-compare');

    // 4. The power drill: mains cut at T0, laptops on battery, marks, printed.
    await page.goto(`${hub.url}/pengamanan`);
    await page.getByRole('button', { name: /Mulai uji listrik/ }).click();
    const dropped = sim.setMains(false);
    await page.locator('tr[data-trial="3"][data-status="complete"]').waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Uji listrik 3' }).click();
    // The times are typed as the venue writes them (7.01, WITA), whatever the browser's locale; a US date is refused.
    await page.locator('input[name="drillDate"]').fill('12/31/2026');
    await page.locator('input[name="gensetAt"]').fill('7.01');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.locator('.problem').filter({ hasText: '"12/31/2026": bulan 31 tidak ada' }).waitFor();
    await shot(page, 'custody-drill-marks-refused');
    const laptop = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'custody-drill-marks-phone');
    if (laptop) await page.setViewportSize(laptop);
    await page.locator('input[name="drillDate"]').fill('04/12/2026');
    await page.locator('input[name="mainsBackAt"]').fill('07:06');
    await page.locator('select[name="outcome"]').selectOption('ok');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.locator('[data-doc="drill"] b').getByText('MEMENUHI', { exact: true }).waitFor();
    await page.locator('[data-doc="drill"]').getByText('Genset mengambil alih: 04/12/2026 07.01 WITA').waitFor();
    expect((await hub.api('/api/custody/trials/3', { token })).body.drill).toMatchObject({
      gensetAt: '2026-12-03T23:01:00.000Z',
      mainsBackAt: '2026-12-03T23:06:00.000Z',
    });
    const drill = await printed(page, 'custody-drill-print');
    expect(drill.text).toContain('BERITA ACARA UJI LISTRIK');
    // Each server read its UPS through NUT: printed with its state, charge and runtime.
    expect(drill.text).toMatch(/S1 APC Smart-UPS 1500 \(NUT\) memakai baterai UPS 97% 38 menit/);
    const detail = (await hub.api('/api/custody/trials/3', { token })).body;
    expect(detail.venue.power.battery).toBeGreaterThan(0);
    expect(detail.venue.power.dropped).toBe(dropped.length);
    sim.setMains(true);

    // 5. Seals off for the session: R1's seal reads back a different number (incident), R2's is intact.
    await page.goto(`${hub.url}/pengamanan`);
    for (const [room, read] of [
      ['R1', 'BKN-0009'],
      ['R2', 'BKN-0002'],
    ]) {
      const row = page.locator(`tr[data-room="${room}"]`);
      await row.locator('input[name="sealNumberRead"]').fill(read!);
      await row.locator('input[name="witnessName"]').fill('Siti Rahmah');
      await row.getByRole('button', { name: 'Buka segel' }).click();
    }
    await page.locator('tr[data-room="R1"][data-seal-state="broken"]').waitFor();
    await page.locator('tr[data-room="R2"][data-seal-state="opened"]').waitFor();
    // The room map says so too.
    await page.goto(`${hub.url}/ruang/R1`);
    await page.locator('[data-seal="broken"]').getByText('Segel TIDAK sesuai (BKN-0001)').waitFor();
    await shot(page, 'custody-room-map-seal');
    const sessions = (await hub.api('/api/sessions', { token })).body.sessions;
    const incidents = (await hub.api(`/api/sessions/${sessions[0].id}/incidents`, { token })).body.incidents;
    expect(incidents.map((i: { room: string }) => i.room)).toEqual(['R1']);

    // 6. BAST out, with a serial typo: the named warning shows on the list.
    await bast(page, 'out', 'SIM-S3');
    await page.locator('[data-warning]').filter({ hasText: 'Nomor seri server S2 tidak cocok' }).waitFor();
    await shot(page, 'custody-page-done');
    await page.getByRole('link', { name: 'BAST 2' }).click();
    // The page loads its record before it can be printed; a busy machine shows "Memuat…" first.
    await page.locator('[data-doc="bast"] h1', { hasText: 'Pengembalian Server Mobile' }).waitFor();
    const bastOut = await printed(page, 'custody-bast-out-print');
    expect(bastOut.text).toContain('BERITA ACARA PENGEMBALIAN SERVER MOBILE');
    for (const words of ['Nomor seri server S2 tidak', 'BAST menulis SIM-S3', 'membaca SIM-S2']) expect(bastOut.text).toContain(words);

    // The auditor's view: every step is in an intact audit chain.
    expect((await hub.api('/api/audit/verify', { token })).body).toMatchObject({ intact: true, broken: null });
    expect(errorsOf(page)).toEqual([]);
  }, 180_000);
});
