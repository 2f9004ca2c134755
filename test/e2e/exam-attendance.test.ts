import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startExamHub, type ExamHub } from '../exam/helpers.js';
import { errorsOf, launchBrowser, logIn, shot, type TestBrowser } from '../helpers/browser.js';

let browser: TestBrowser;
let t: ExamHub | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

/** A session with the comma-lf roster (5 participants: R1 seats 1-3, R2 seats 1 and 4). */
async function morning() {
  t = await startExamHub();
  const id = await t.session();
  const roster = await t.importRoster(id, 'comma-lf.csv');
  expect(roster.body.registered).toBe(5);
  const checkin = async (participantNumber: string, nik: string) =>
    (await t!.api(`/api/sessions/${id}/checkins`, { body: { participantNumber, nik } })).status;
  return { t, id, checkin };
}

const count = (page: Page, key: string) => page.locator(`[data-count="${key}"] b`).textContent();

describe('exam attendance in the browser against the real hub', () => {
  it('counts check-ins live, exports the CSV and prints the daftar hadir of a room', async () => {
    const { t, id, checkin } = await morning();
    expect(await checkin('24300110120000001', '6310015503920001')).toBe(201);
    t.clock.advance(10 * 60_000);
    expect(await checkin('24300110120000003', '6310014107950003')).toBe(201);
    expect(await checkin('24300110120000002', '6310010000000000')).toBe(422);

    const page = await browser.page();
    await logIn(page, `${t.hub.url}/sesi/${id}/kehadiran`);
    await page.getByRole('heading', { name: 'Kehadiran peserta: SKD Sesi 1' }).waitFor();
    // The browser runs in New York; the session is shown on the venue's clock.
    expect(await page.locator('[data-when]').textContent()).toContain('23/11/2026, pukul 08.00–09.40 WITA');
    expect(await Promise.all(['registered', 'present', 'absent', 'refused'].map((k) => count(page, k)))).toEqual(['5', '2', '3', '1']);
    expect(await page.locator('tr[data-room="R1"]').textContent()).toMatch(/R1\s*3\s*2\s*1\s*1/);
    expect(await page.locator('tr[data-room="R2"]').textContent()).toMatch(/R2\s*2\s*0\s*2\s*0/);
    await expect.poll(() => page.locator('tr[data-participant]').count()).toBe(5);
    expect(await page.locator('tr[data-participant="24300110120000003"]').textContent()).toMatch(/Hadir\s*06\.40\s*Tunanetra/);
    expect(await page.locator('tr[data-participant="24300110120000002"]').textContent()).toContain('Ditolak');
    expect(await page.locator('[data-blind]').textContent()).toBe('Peserta tunanetra: 1 hadir dari 1 terdaftar');

    // A third participant registers at the desk: the page follows without a reload.
    await page.evaluate(() => ((globalThis as { stayed?: boolean }).stayed = true));
    t.clock.advance(5 * 60_000);
    expect(await checkin('24300110120000004', '6310012512880004')).toBe(201);
    await expect.poll(() => count(page, 'present'), { timeout: 10_000 }).toBe('3');
    expect(await count(page, 'absent')).toBe('2');
    expect(await page.locator('tr[data-participant="24300110120000004"]').textContent()).toMatch(/Hadir\s*06\.45/);
    expect(await page.evaluate(() => (globalThis as { stayed?: boolean }).stayed)).toBe(true);

    // PIN issuance is still open, so the not checked-in are "Belum hadir" (not yet present), never "Tidak hadir".
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Belum hadir (termasuk ditolak)' });
    await expect.poll(() => page.locator('tr[data-participant]').count()).toBe(2); // the refused one and the one who never came
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Semua' });
    await shot(page, 'exam-attendance-laptop-id');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`kehadiran-${id}.csv`);
    const rows = parse(readFileSync(await download.path()), { bom: true, delimiter: [',', ';'] }) as string[][];
    expect(rows.slice(1).map((r) => [r[1], r[9]])).toEqual([
      ['24300110120000001', 'Hadir'],
      ['24300110120000002', 'Ditolak'],
      ['24300110120000003', 'Hadir'],
      ['24300110120000004', 'Hadir'],
      ['24300110120000007', 'Belum hadir'],
    ]);

    await page.getByRole('link', { name: 'Daftar hadir R1' }).click();
    await page.waitForURL(`**/sesi/${id}/daftar-hadir?ruang=R1`);
    const sheet = page.locator('section.sheet');
    await expect.poll(() => sheet.count()).toBe(1);
    expect(await sheet.locator('h1').textContent()).toBe('DAFTAR HADIR PESERTA SKD');
    expect(await sheet.locator('table.rows thead th').last().textContent()).toBe('Tanda tangan');
    const cells = await sheet
      .locator('table.rows tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim())),
      );
    expect(cells).toEqual([
      ['1', '24300110120000001', 'Siti Aisyah, S.Pd', 'Guru Ahli Pertama', '1', '✓ Hadir', '06.30', ''],
      ['2', '24300110120000002', 'Budi Santoso', 'Pranata Komputer, Ahli Pertama', '2', '✕ Ditolak', '', ''],
      ['3', '24300110120000003', 'Rina "Ina" Marlina (Tunanetra)', 'Perawat Terampil', '3', '✓ Hadir', '06.40', ''],
    ]);
    await shot(page, 'exam-attendance-sheet-r1-id');

    // As printed on A4: no app header, no buttons.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    expect(await page.locator('header').first().isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Cetak' }).isVisible()).toBe(false);
    await shot(page, 'exam-attendance-sheet-r1-print');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1366, height: 768 });

    // The whole session prints each room on its own page.
    await page.getByLabel('Ruang').selectOption({ label: 'Semua ruang' });
    await page.waitForURL(`**/sesi/${id}/daftar-hadir`);
    await expect.poll(() => sheet.count()).toBe(2);
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(2);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('reads in English', async () => {
    const { t, id, checkin } = await morning();
    expect(await checkin('24300110120000004', '6310012512880004')).toBe(201);
    const page = await browser.page();
    await logIn(page, `${t.hub.url}/sesi/${id}/kehadiran`, 'en');
    await page.getByRole('heading', { name: 'Participant attendance: SKD Sesi 1' }).waitFor();
    expect(await page.locator('[data-counts]').textContent()).toMatch(
      // PIN issuance is still open: the not checked-in are "not yet present", not absent.
      /5\s*Registered\s*1\s*Present\s*4\s*Not yet present\s*0\s*Refused/,
    );
    expect(await page.locator('tr[data-participant="24300110120000004"]').textContent()).toMatch(/Present\s*06:30/);
    await shot(page, 'exam-attendance-laptop-en');
    await page.getByRole('link', { name: 'Attendance sheet of the whole session' }).click();
    await page.locator('section.sheet').first().waitFor();
    expect(await page.locator('section.sheet table.rows thead th').last().textContent()).toBe('Signature');
    await shot(page, 'exam-attendance-sheet-en');
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });
});
