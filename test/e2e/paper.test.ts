import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startExamHub, type ExamHub } from '../exam/helpers.js';
import { errorsOf, launchBrowser, logIn, SHOTS_DIR, type TestBrowser } from '../helpers/browser.js';
import { tempDir } from '../helpers/tmp.js';

let browser: TestBrowser;
let exam: ExamHub;
const tmp = tempDir('siapcat-paper-');

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

/** 200 participants in one room, as the roster file would list them. */
function roster(n: number): Uint8Array {
  const lines = ['No Peserta,NIK,Nama Peserta,Jabatan,Ruang,Kursi'];
  for (let i = 1; i <= n; i++) {
    lines.push(`2430011012${String(i).padStart(7, '0')},631001010190${String(i).padStart(4, '0')},Peserta Nomor ${i},Guru Ahli Pertama,R1,${i}`);
  }
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

const pdftotext = (path: string, page: number) =>
  execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' });

describe('paper that looks official', () => {
  it("prints a 200-seat room's daftar hadir before the exam: numbered pages, the header on each, the room's name, 'belum hadir'", async () => {
    exam = await startExamHub('2026-11-23T06:30:00+08:00');
    expect((await exam.api('/api/venue', { method: 'PUT', body: { name: 'Gedung Serbaguna Batulicin', address: 'Jl. Raya Batulicin', timeZone: 'Asia/Makassar' } })).status).toBe(200);
    expect((await exam.api('/api/rooms', { body: { id: 'R1', name: 'Aula Utama', kind: 'ruang-tes', rows: 10, cols: 20 } })).status).toBe(201);
    const id = await exam.session({ rooms: ['R1'] });
    expect((await exam.importRoster(id, roster(200))).status).toBe(200);

    const page = await browser.page();
    page.setDefaultTimeout(15_000);
    await logIn(page, `${exam.hub.url}/sesi/${id}/daftar-hadir?ruang=R1`);
    await page.locator('table.rows tbody tr').nth(199).waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const pdf = join(tmp.dir, 'daftar-hadir.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    expect(errorsOf(page)).toEqual([]);
    await page.close();

    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(5);
    for (let i = 1; i <= pages; i++) {
      const text = pdftotext(pdf, i);
      expect(text, `page ${i}`).toContain(`Halaman ${i} dari ${pages}`);
      // Every page with rows repeats the table's header.
      if (text.includes('2430011012')) expect(text, `page ${i}`).toMatch(/No\s+Nomor peserta\s+Nama\s+Jabatan\s+Kursi\s+Status/);
      expect(text, `page ${i}`).not.toContain('Tidak hadir');
    }
    const first = pdftotext(pdf, 1);
    expect(first).toContain('Aula Utama (R1)');
    expect(first).toContain('Belum hadir');
    expect(first).toContain('Terdaftar 200 · Hadir 0 · Belum hadir 200 (registrasi masih dibuka)');
    const all = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const n of [1, 57, 123, 200]) expect(all).toContain(`2430011012${String(n).padStart(7, '0')}`);
    expect(pdftotext(pdf, pages)).toContain('Pengawas ruang Aula Utama (R1)');
    mkdirSync(SHOTS_DIR, { recursive: true });
    for (const [p, name] of [[1, 'daftar-hadir-pdf-page1'], [pages, 'daftar-hadir-pdf-last']] as const) {
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(p), '-l', String(p), '-singlefile', pdf, join(SHOTS_DIR, name)]);
    }
  }, 90_000);
});
