import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startExamHub, type ExamHub } from '../exam/helpers.js';
import { errorsOf, launchBrowser, logIn, screen, SHOTS_DIR, sidewaysOverflow, type TestBrowser } from '../helpers/browser.js';
import { unmaskedNiks } from '../helpers/nik-scan.js';
import { tempDir } from '../helpers/tmp.js';

let browser: TestBrowser;
let exam: ExamHub;
const tmp = tempDir('siapcat-desk-pdf-');

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  tmp.cleanup();
});
afterEach(async () => {
  await exam?.stop();
});

const SITI = { number: '24300110120000001', nik: '6310015503920001' };
const RINA = { number: '24300110120000003', nik: '6310014107950003' };
const AHMAD = { number: '24300110120000004', nik: '6310012512880004' };
const YUSUF = { number: '24300110120000007', nik: '6310010101970007' };
/** On no roster: typed by mistake, these must not be anywhere in the database file. */
const STRANGER = '6371024508880007';
const OTHER = '6372015001990002';

/** A USB barcode scanner (or an operator at speed): the characters into whatever has the focus, then Enter. No waiting for the field. */
async function keys(page: Page, text: string) {
  await page.keyboard.type(text, { delay: 2 });
  await page.keyboard.press('Enter');
}

const outcome = (page: Page, kind: string, text: string) => page.locator(`[data-outcome="${kind}"]`).filter({ hasText: text }).waitFor();
const focusedField = (page: Page) =>
  page.evaluate(`(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.getAttribute('name') ?? el?.tagName ?? null;
  })()`);

/** The first page as a PNG beside the screenshots, to look at. */
function pdfPicture(path: string, name: string): void {
  mkdirSync(SHOTS_DIR, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', path, join(SHOTS_DIR, name)]);
}

function pdfPages(path: string): { pages: number; width: number; height: number; text: string } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    width: Number(size[1]),
    height: Number(size[2]),
    text: execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }),
  };
}

describe('a desk driven as a barcode scanner drives it', () => {
  it('goes through every branch, leaves no NIK unmasked anywhere, and prints 80 mm and A4 slips', async () => {
    exam = await startExamHub('2026-11-23T06:30:00+08:00');
    const id = await exam.session({ name: 'SKD Sesi 1' });
    expect((await exam.importRoster(id, 'comma-lf.csv')).status).toBe(200);
    const page = await browser.page();
    page.setDefaultTimeout(10_000);
    // window.print counted instead of a print dialog (the PDFs below are what would come out).
    await page.addInitScript('globalThis.prints = 0; globalThis.print = () => { globalThis.prints++; };');
    await logIn(page, `${exam.hub.url}/sesi/${id}/registrasi`);
    await page.locator('input[name="scan"]:focus').waitFor();
    const prints = () => page.evaluate('globalThis.prints');

    // 1. Card, NIK: registered. F9 prints; the keyboard is back in the scan field.
    await keys(page, SITI.number);
    await page.locator('input[name="nik"]:focus').waitFor();
    await keys(page, SITI.nik);
    await outcome(page, 'ok', 'terdaftar');
    await page.keyboard.press('F9');
    expect(await prints()).toBe(1);
    expect(await focusedField(page)).toBe('scan');

    // 2. The same card again: already registered. The operator's habit (NIK + Enter) lands in the card field.
    await keys(page, SITI.number);
    await outcome(page, 'duplicate', 'Sudah registrasi');
    await keys(page, SITI.nik);
    await outcome(page, 'duplicate', 'NIK tidak perlu diketik');
    expect(await page.locator('input[name="scan"]').inputValue()).toBe('');
    expect(await page.locator('siap-desk-side').textContent()).not.toContain(SITI.nik);

    // 3. The next card; the NIK typed into the card field moves to the NIK field; Enter registers.
    await keys(page, RINA.number);
    await page.locator('[data-participant="24300110120000003"]').waitFor();
    await page.locator('input[name="scan"]').focus();
    await keys(page, RINA.nik);
    await outcome(page, 'error', 'dipindahkan ke kolom NIK');
    expect(await page.locator('input[name="nik"]').inputValue()).toBe(RINA.nik);
    await page.keyboard.press('Enter');
    await outcome(page, 'ok', 'terdaftar');

    // 4. A NIK with nobody on screen: refused as input, masked, nothing recorded.
    await page.locator('input[name="scan"]:focus').waitFor();
    await keys(page, STRANGER);
    await outcome(page, 'error', '6371********0007');

    // 5. A number on no roster, 6. a KTP that is not the participant's, 7. a QR payload holding a NIK: refused, recorded masked.
    await keys(page, '99999999999999999');
    await outcome(page, 'refused', 'tidak ada di daftar sesi');
    await keys(page, AHMAD.number);
    await page.locator('input[name="nik"]:focus').waitFor();
    await keys(page, OTHER);
    await outcome(page, 'refused', 'DITOLAK');
    await keys(page, `https://sscasn.bkn.go.id/cek?nik=${STRANGER}&no=88888888888888888`);
    await outcome(page, 'refused', 'tidak ada di daftar sesi');

    // 8. A NIK one digit short: back to the NIK field, nothing recorded.
    await keys(page, AHMAD.number);
    await page.locator('input[name="nik"]:focus').waitFor();
    await keys(page, AHMAD.nik.slice(0, 15));
    await outcome(page, 'error', '16 digit');
    expect(await focusedField(page)).toBe('nik');
    await page.locator('input[name="nik"]').fill('');
    await keys(page, AHMAD.nik);
    await outcome(page, 'ok', 'terdaftar');

    // 9. After the window: refused, then a supervisor override whose reason quotes a NIK.
    exam.clock.set('2026-11-23T07:56:00+08:00');
    await page.locator('input[name="scan"]:focus').waitFor();
    await keys(page, YUSUF.number);
    await page.locator('input[name="nik"]:focus').waitFor();
    await keys(page, YUSUF.nik);
    await outcome(page, 'refused', 'sudah ditutup');
    await page.getByLabel('Alasan override').fill(`KTP ${YUSUF.nik} dicek ketua panselda, bus terlambat`);
    await page.getByRole('button', { name: 'Registrasi dengan override' }).click();
    await outcome(page, 'ok', 'terdaftar');
    await screen(page, 'desk-1366x768-id');
    expect(await sidewaysOverflow(page)).toEqual({ pageScrolls: false, elements: [] });

    // 10. A lost slip re-issued with a reason that quotes the NIK.
    await page.locator('input[name="scan"]:focus').waitFor();
    await keys(page, SITI.number);
    await outcome(page, 'duplicate', 'Sudah registrasi');
    await page.getByLabel('Alasan terbit ulang (mis. slip hilang)').fill(`slip hilang, NIK ${SITI.nik}`);
    await page.getByLabel('Alasan terbit ulang (mis. slip hilang)').press('Enter');
    await outcome(page, 'ok', 'PIN baru');

    // Counted: the four real refusals only.
    const attendance = (await exam.api(`/api/sessions/${id}/attendance`)).body;
    expect(attendance).toMatchObject({ present: 4 });
    const refusals = (await exam.api(`/api/sessions/${id}/refusals`)).body.refusals as Array<{ code: string }>;
    expect(refusals.map((r) => r.code).sort()).toEqual(['nik-mismatch', 'not-on-roster', 'not-on-roster', 'window-closed']);

    // The 80 mm slip on paper: one page 80 mm wide with the PIN.
    await page.emulateMedia({ media: 'print' });
    const thermal = join(tmp.dir, 'thermal.pdf');
    writeFileSync(thermal, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pin = (await page.locator('[data-pin]').textContent())!.trim();
    const t = pdfPages(thermal);
    pdfPicture(thermal, 'desk-slip-80mm-pdf');
    expect(t.pages).toBe(1);
    // 80 x 120 mm is 226.8 x 340.2 pt; Chromium rounds the page to whole CSS pixels.
    expect(t.width).toBeCloseTo(226.8, 0);
    expect(t.height).toBeCloseTo(340.2, 0);
    expect(t.text).toContain(pin);
    expect(t.text).toContain('SLIP PIN REGISTRASI');
    await page.emulateMedia({ media: 'screen' });

    // A4: this desk's four participants' slips (the re-issue replaced Siti's) on one sheet.
    await page.getByLabel('Kertas slip').selectOption('sheet');
    await page.getByRole('button', { name: 'Cetak lembar A4 (4/8 slip) (F9)' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const a4 = join(tmp.dir, 'a4.pdf');
    writeFileSync(a4, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const sheet = pdfPages(a4);
    pdfPicture(a4, 'desk-slips-a4-pdf');
    expect(sheet.pages).toBe(1);
    expect(sheet.width).toBeCloseTo(595.3, 0);
    expect(sheet.height).toBeCloseTo(841.9, 0);
    expect(sheet.text.match(/SLIP PIN REGISTRASI/g)).toHaveLength(4);
    await page.emulateMedia({ media: 'screen' });
    // F9 prints the sheet and empties the queue.
    await page.keyboard.press('F9');
    await page.getByRole('button', { name: 'Cetak lembar A4 (0/8 slip) (F9)' }).waitFor();
    expect(await prints()).toBe(2);
    expect(errorsOf(page)).toEqual([]);
    await page.close();

    const db = exam.hub.ctx.db;
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(
      unmaskedNiks({
        db,
        dbPath: exam.hub.dbPath,
        lines: exam.hub.lines,
        niks: [SITI.nik, RINA.nik, AHMAD.nik, YUSUF.nik, STRANGER, OTHER],
        allowedTables: ['exam_participants'],
        nowhere: [STRANGER, OTHER],
      }),
    ).toEqual([]);
  }, 120_000);
});
