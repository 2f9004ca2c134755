import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { RosterImportResult } from '../../../../protocol/exam-responses.js';
import { examSession } from '../../testing/exam-fixtures.js';
import { mountApp } from '../../testing/mount.js';
import { snap } from '../../testing/snap.js';

let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
afterEach(() => mounted?.unmount());

const result: RosterImportResult = {
  imported: 2,
  added: 2,
  updated: 0,
  unchanged: 0,
  rejected: [
    {
      line: 3,
      reason: 'NIK 6,31E+15 rusak oleh Excel (notasi ilmiah).',
      en: 'NIK 6,31E+15 was mangled by Excel.',
      participantNumber: '24300110120000012',
    },
    { line: 4, reason: 'NIK harus 16 digit.', en: 'NIK must be 16 digits.', participantNumber: '24300110120000013' },
  ],
  notApplied: [],
  notInFile: 0,
  format: 'csv',
  headerLine: 1,
  columns: { number: 'NOMOR PESERTA', nik: 'NIK', name: 'NAMA' },
  registered: 2,
};

/** The counts' words as shown (inside the page's shadow root). */
const countsText = () =>
  document.querySelector('siap-app')?.shadowRoot?.querySelector('siap-session-page')?.shadowRoot?.querySelector('[data-counts]')
    ?.textContent ?? '';

describe('session home page', () => {
  it('shows the schedule, the counts and the way to every exam-day page', async () => {
    mounted = await mountApp('/sesi/skd-1', { 'GET /api/sessions/skd-1': { body: examSession() } });
    await expect.element(page.getByRole('heading', { name: 'SKD Sesi 1' })).toBeVisible();
    await expect.element(page.getByText('23/11/2026 · 08.00–09.40 WITA', { exact: false })).toBeVisible();
    await expect.element(page.getByText('dibuka 04.00 WITA, penerbitan PIN ditutup 07.55 WITA', { exact: false })).toBeVisible();
    await expect.element(page.getByRole('link', { name: 'Meja registrasi' })).toHaveAttribute('href', '/sesi/skd-1/registrasi');
    await expect.element(page.getByRole('link', { name: 'Berita acara' })).toHaveAttribute('href', '/sesi/skd-1/berita-acara');
    await expect.element(page.getByRole('link', { name: 'Daftar hadir (cetak)' })).toHaveAttribute('href', '/sesi/skd-1/daftar-hadir');
    await snap('session-laptop-id');
  });

  it('counts the not checked-in as "belum hadir" while PINs can be issued, "tidak hadir" once that closed', async () => {
    mounted = await mountApp('/sesi/skd-1', { 'GET /api/sessions/skd-1': { body: { ...examSession(), pinWindowOpen: true } } });
    await expect.poll(countsText).toContain('Belum hadir');
    expect(countsText()).not.toContain('Tidak hadir');
    mounted.unmount();
    mounted = await mountApp('/sesi/skd-1', { 'GET /api/sessions/skd-1': { body: { ...examSession(), pinWindowOpen: false } } });
    await expect.poll(countsText).toContain('Tidak hadir');
    expect(countsText()).not.toContain('Belum hadir');
  });

  it('imports a roster file and lists every refused row with its row number and reason', async () => {
    mounted = await mountApp('/sesi/skd-1', {
      'GET /api/sessions/skd-1': { body: examSession() },
      'POST /api/sessions/skd-1/roster': { body: result },
    });
    const input = page.getByLabelText('Berkas daftar peserta');
    await expect.element(input).toBeVisible();
    const file = new File(['NOMOR PESERTA;NIK;NAMA\n'], 'peserta.csv', { type: 'text/csv' });
    const el = input.element() as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(file);
    el.files = transfer.files;
    await page.getByRole('button', { name: 'Impor' }).click();
    await expect
      .element(page.getByText('2 baris diimpor (2 baru, 0 diperbarui, 0 tidak berubah). Terdaftar sekarang: 2 peserta.'))
      .toBeVisible();
    await expect.element(page.getByText('2 baris ditolak.', { exact: false })).toBeVisible();
    await expect.element(page.getByRole('row').filter({ hasText: 'rusak oleh Excel' })).toHaveTextContent(/^3/);
    // The columns used, by their Indonesian names (the hub sends the field keys).
    await expect
      .element(page.getByText(/kolom yang dipakai:\s*No\. peserta ← "NOMOR PESERTA" · NIK ← "NIK" · Nama ← "NAMA"/))
      .toBeVisible();
    const post = mounted.hub.calls.find((c) => c.method === 'POST');
    expect(post?.body).toBeInstanceOf(File);
    await snap('session-roster-import-id');
  });

  it('asks for a file before importing, and shows a hub refusal of the file', async () => {
    mounted = await mountApp('/sesi/skd-1', {
      'GET /api/sessions/skd-1': { body: examSession() },
      'POST /api/sessions/skd-1/roster': {
        status: 400,
        body: {
          error: { code: 'roster-xls', message: 'Berkas .xls (Excel 97-2003) tidak didukung.', en: 'Old .xls files are not supported.' },
        },
      },
    });
    await page.getByRole('button', { name: 'Impor' }).click();
    await expect.element(page.getByText('Pilih berkas CSV atau XLSX dulu.')).toBeVisible();
    const el = page.getByLabelText('Berkas daftar peserta').element() as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])], 'lama.xls'));
    el.files = transfer.files;
    await page.getByRole('button', { name: 'Impor' }).click();
    await expect.element(page.getByText('Berkas .xls (Excel 97-2003) tidak didukung.')).toBeVisible();
  });

  it('says when the session does not exist', async () => {
    mounted = await mountApp('/sesi/nope', {});
    await expect.element(page.getByText('Alamat API tidak ada')).toBeVisible();
    await expect.element(page.getByRole('link', { name: '← Semua sesi' })).toBeVisible();
  });

  it('verifies the audit chain on request: intact with its head, or the first broken entry in red', async () => {
    mounted = await mountApp('/sesi/skd-1', {
      'GET /api/sessions/skd-1': { body: examSession() },
      'GET /api/audit/verify': { body: { intact: true, count: 37, head: { seq: 37, hash: 'ab12'.repeat(16) }, broken: null } },
    });
    await page.getByRole('button', { name: 'Periksa rantai audit' }).click();
    await expect.element(page.getByText('Rantai audit utuh: 37 entri, terakhir #37 (hash ab12ab12ab12ab12…).')).toBeVisible();
    mounted.hub.set('GET /api/audit/verify', {
      body: {
        intact: false,
        count: 11,
        head: { seq: 37, hash: 'ab12'.repeat(16) },
        broken: { seq: 12, text: { id: 'Hash entri tidak cocok dengan isinya.', en: 'The entry hash does not match its content.' } },
      },
    });
    await page.getByRole('button', { name: 'Periksa rantai audit' }).click();
    const broken = page.getByText('Rantai audit RUSAK pada entri #12: Hash entri tidak cocok dengan isinya.', { exact: false });
    await expect.element(broken).toBeVisible();
    const notice = document
      .querySelector('siap-app')!
      .shadowRoot!.querySelector('siap-session-page')!
      .shadowRoot!.querySelector('siap-audit-card')!
      .shadowRoot!.querySelector('siap-notice')!;
    expect(notice.getAttribute('kind')).toBe('error');
  });
});
