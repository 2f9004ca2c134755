import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, startExamHub, type ExamHub } from '../exam/helpers.js';
import { errorsOf, launchBrowser, logIn, shot, type TestBrowser } from '../helpers/browser.js';
import { N } from '../results/helpers.js';

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

async function open(url: string, viewport: 'laptop' | 'tv' = 'laptop'): Promise<Page> {
  const page = await browser.page(viewport);
  await logIn(page, url);
  return page;
}

const squeeze = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
/** Each table row as its cells' text joined by one space. */
const rowTexts = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((rows) =>
    rows.map((r) =>
      Array.from((r as unknown as { cells: ArrayLike<{ textContent: string | null }> }).cells)
        .map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())
        .join(' '),
    ),
  );

const RESULTS = [
  'Rekap Hasil SKD Sesi 1;;;;;;',
  'No Peserta;Nama;TWK;TIU;TKP;Jumlah;Waktu',
  `${N(1)};Siti Aisyah, S.Pd;100;120;170;390;09:35`,
  `${N(3)};"Rina ""Ina"" Marlina";60;85;170;315;09:38`,
  `${N(4)};Ahmad Fauzi;70;90;170;330;09:37`,
  `2,43001E+16;Budi;70;90;170;330;09:37`,
].join('\r\n');

describe('results in the browser against the real hub', () => {
  it('roster, check-in, results import, the TV board live, the printed rekap', { timeout: 120_000 }, async () => {
    t = await startExamHub();
    const id = await t.session({
      signatories: {
        panselda: [{ name: 'Drs. H. Ahmad', nip: '196801011990031001', jabatan: 'Ketua Panselda' }],
        timCat: [{ name: 'Rahmat Hidayat, S.Kom', jabatan: 'Koordinator Tim CAT BKN' }],
        pengawas: [],
      },
    });

    // Roster through the session page, as the desk imports it.
    const desk = await open(`${t.hub.url}/sesi/${id}`);
    await desk.locator('siap-roster-import input[type=file]').setInputFiles({
      name: 'peserta.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(join(FIXTURES, 'comma-lf.csv')),
    });
    await desk.locator('siap-roster-import').getByRole('button', { name: 'Impor' }).click();
    await expect.poll(async () => (await t!.api(`/api/sessions/${id}/attendance`)).body.registered).toBe(5);

    // Check-in at the desk for two of them.
    for (const [number, nik] of [
      [N(1), '6310015503920001'],
      [N(3), '6310014107950003'],
    ] as const) {
      expect((await t.api(`/api/sessions/${id}/checkins`, { body: { participantNumber: number, nik } })).status).toBe(201);
    }
    t.clock.set('2026-11-23T09:45:00+08:00');

    // The waiting-room TV is open before any result exists.
    const tv = await open(`${t.hub.url}/sesi/${id}/papan-hasil?urut=total`, 'tv');
    await tv.getByText('Hasil akan tampil di sini begitu tercatat.').waitFor();

    // Results through the results page.
    // Three hours later the desk's login has lapsed (idle limit): the supervisor logs in again.
    await logIn(desk, `${t.hub.url}/sesi/${id}/hasil`);
    await desk.getByRole('heading', { name: /Hasil seleksi sesi/ }).waitFor();
    await desk.locator('siap-results-import input[type=file]').setInputFiles({
      name: 'hasil.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(RESULTS),
    });
    await desk.getByRole('button', { name: 'Impor hasil' }).click();
    await desk.getByText('3 hasil diimpor, 0 sama dengan yang tercatat, 1 baris ditolak.').waitFor();
    const rejected = squeeze(await desk.locator('siap-results-import [data-rejected] tbody tr').first().textContent());
    expect(rejected).toMatch(/^6 .*notasi ilmiah/);
    await expect
      .poll(async () => squeeze(await desk.locator('tr[data-result]').first().textContent()))
      .toMatch(new RegExp(`${N(1)}.*Siti Aisyah.*100.*120.*170.*390.*Memenuhi ambang batas`));
    await expect
      .poll(async () => squeeze(await desk.locator(`tr[data-result="${N(3)}"]`).textContent()))
      .toMatch(/315.*Tidak memenuhi ambang batas.*TWK 60 < 65/);
    await expect
      .poll(async () => squeeze(await desk.locator('[data-anomalies]').textContent()))
      .toMatch(new RegExp(`Ada hasil tanpa registrasi · ${N(4)} Ahmad Fauzi`));

    // The supervisor explains the anomaly in writing.
    await desk.getByLabel(`Penjelasan tertulis ${N(4)}`).fill('Registrasi dicatat manual di kertas karena pemindai mati pukul 06:40.');
    await desk.getByRole('button', { name: 'Simpan penjelasan' }).click();
    await desk.locator('[data-explanation]').waitFor();
    await shot(desk, 'results-page-laptop-id');

    // The TV got the results live, ordered by total, readable at 1920x1080, and never a NIK.
    await expect
      .poll(async () => await rowTexts(tv, 'tr[data-row]'), { timeout: 10_000 })
      .toEqual([
        expect.stringMatching(new RegExp(`^${N(1)} Siti Aisyah, S.Pd R1 100 120 170 390 MEMENUHI$`)),
        expect.stringMatching(new RegExp(`^${N(4)} Ahmad Fauzi R2 70 90 170 330 MEMENUHI$`)),
        expect.stringMatching(new RegExp(`^${N(3)} .*Marlina R1 60 85 170 315 TIDAK MEMENUHI$`)),
      ]);
    expect(squeeze(await tv.locator('[data-counts]').textContent())).toBe('Hadir 2 · Sudah ada hasil 3 · Memenuhi ambang batas 2');
    const tvText = await tv.locator('siap-results-board-page').textContent();
    expect(tvText).not.toMatch(/6310\d{12}|\*{4}/);
    const fontPx = await tv
      .locator('tr[data-row] td')
      .first()
      .evaluate((el) => parseFloat((globalThis as any).getComputedStyle(el).fontSize));
    expect(fontPx).toBeGreaterThanOrEqual(30);
    const box = await tv
      .locator('table[data-board]')
      .evaluate((el) => el.getBoundingClientRect().toJSON() as { right: number; bottom: number });
    expect(box.bottom).toBeLessThanOrEqual(1080);
    expect(box.right).toBeLessThanOrEqual(1920);
    expect(await tv.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number)).toBeLessThanOrEqual(1920);
    await shot(tv, 'results-board-tv-id');
    // Nobody's number or name is cut off with an ellipsis.
    const clipped = await tv
      .locator('tr[data-row] td')
      .evaluateAll((cells) =>
        cells.filter((c) => c.scrollWidth > c.clientWidth).map((c) => `${c.textContent} ${c.scrollWidth}>${c.clientWidth}`),
      );
    expect(clipped).toEqual([]);
    expect(errorsOf(tv)).toEqual([]);

    // The printed rekap: the hub's rows, the rule, the anomaly with its explanation, signature blocks.
    await t.api('/api/venue', {
      method: 'PUT',
      body: { name: 'Gedung Serbaguna Batulicin', city: 'Batulicin', timeZone: 'Asia/Makassar' },
    });
    await desk.getByRole('link', { name: 'Rekap hasil (cetak)' }).click();
    await desk.locator('[data-rekap]').waitFor();
    const rekap = (await t.api(`/api/sessions/${id}/results/rekap`)).body;
    const rows = await rowTexts(desk, '[data-rekap-rows] tbody tr');
    expect(rows).toHaveLength(rekap.rows.length);
    expect(rows[0]).toBe(`1 ${N(1)} Siti Aisyah, S.Pd R1/1 100 120 170 390 Memenuhi ambang batas`);
    expect(squeeze(await desk.locator('[data-rekap-rule]').textContent())).toContain(
      `skd-cpns-2024@1.0.0 (Keputusan Menteri PANRB Nomor 321 Tahun 2024), sha256 ${rekap.rule.sha256}`,
    );
    expect(squeeze(await desk.locator('[data-rekap-anomalies]').textContent())).toContain('pemindai mati pukul 06:40');
    const signatures = squeeze(await desk.locator('[data-signatures]').textContent());
    expect(signatures).toMatch(/Ketua Panselda.*Drs\. H\. Ahmad.*NIP\. 196801011990031001.*Koordinator Tim CAT BKN.*Rahmat Hidayat/);
    // Signed in the venue's town on the session's day, as the berita acara is.
    expect(await desk.locator('[data-place-date]').textContent()).toBe('Batulicin, 23 November 2026');
    await desk.emulateMedia({ media: 'print' });
    await desk.setViewportSize({ width: 703, height: 1000 });
    expect(await desk.locator('siap-app header').isVisible()).toBe(false);
    expect(await desk.getByRole('button', { name: 'Cetak' }).isVisible()).toBe(false);
    await shot(desk, 'results-rekap-print-id');
    await desk.emulateMedia({ media: null });
    await desk.setViewportSize({ width: 1366, height: 768 });

    // A letter for a participant who sat it: downloaded as PDF, its code checked back on the page.
    await desk.getByRole('link', { name: '← Hasil sesi' }).click();
    const downloading = desk.waitForEvent('download');
    await desk
      .locator(`tr[data-result="${N(1)}"]`)
      .getByRole('button', { name: 'Surat' })
      .click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`surat-keterangan-${N(1)}.pdf`);
    const audit = (await t.api(`/api/sessions/${id}/audit`)).body.entries as Array<{ action: string; data: { code?: string } }>;
    const code = audit.find((e) => e.action === 'letter.issued')!.data.code!;
    await desk.getByLabel('Kode verifikasi').fill(code.toLowerCase());
    await desk.getByRole('button', { name: 'Periksa', exact: true }).click();
    await expect
      .poll(async () => squeeze(await desk.locator('[data-letter-result]').textContent()))
      .toBe(
        `Asli: diterbitkan hub ini untuk Siti Aisyah, S.Pd (${N(1)}), SKD Sesi 1 23/11/2026. Catatan kehadiran dan hasil saat ini masih sama.`,
      );
    expect(errorsOf(desk)).toEqual([]);
  });
});
