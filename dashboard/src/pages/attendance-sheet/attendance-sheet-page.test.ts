import { afterEach, describe, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { daftarHadir, examSession } from '../../testing/attendance-fixtures.js';
import { mountApp } from '../../testing/mount.js';
import { snap } from '../../testing/snap.js';

let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
afterEach(() => mounted?.unmount());

/** Answers like the hub: the whole session, or one room when asked with ?room=. */
const routes = (extra = {}) => ({
  'GET /api/sessions/S1': { body: examSession() },
  'GET /api/sessions/S1/daftar-hadir': ({ path }: { path: string }) => ({
    body: daftarHadir(undefined, new URL(path, 'http://x').searchParams.get('room') ?? undefined),
  }),
  ...extra,
});

const root = () => document.querySelector('siap-app')!.shadowRoot!.querySelector('siap-attendance-sheet-page')!.shadowRoot!;
const sheets = () => [...root().querySelectorAll<HTMLElement>('section.sheet')];
const cells = (tr: Element) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
const sheetCalls = () => mounted!.hub.calls.filter((c) => c.path.startsWith('/api/sessions/S1/daftar-hadir')).map((c) => c.path);

describe('daftar hadir page', () => {
  it('prints one sheet per room: heading, session, counts, rows in seat order and an empty signature column', async () => {
    mounted = await mountApp('/sesi/S1/daftar-hadir', routes());
    await expect.poll(() => sheets().length).toBe(2);
    const [r1, r2] = sheets();
    expect(r1!.querySelector('h1')!.textContent).toBe('DAFTAR HADIR PESERTA SKD');
    expect(
      [...r1!.querySelectorAll('table.meta tr')].map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]),
    ).toEqual([
      ['Lokasi', 'Gedung Serbaguna Batulicin'],
      ['Sesi', 'SKD Sesi 1 — Seleksi Kompetensi Dasar (SKD)'],
      ['Tanggal', '23/11/2026'],
      ['Waktu', '08.00–09.40 WITA'],
      ['Ruang', 'R1'],
    ]);
    expect(r1!.querySelector('[data-counts]')!.textContent).toBe('Terdaftar 3 · Hadir 2 · Tidak hadir 1 (di antaranya ditolak 1)');
    expect([...r1!.querySelectorAll('table.rows thead th')].map((th) => th.textContent!.trim())).toEqual([
      'No',
      'Nomor peserta',
      'Nama',
      'Jabatan',
      'Kursi',
      'Status',
      'Jam registrasi (WITA)',
      'Tanda tangan',
    ]);
    expect([...r1!.querySelectorAll('table.rows tbody tr')].map(cells)).toEqual([
      ['1', '24300110120000001', 'Siti Aisyah, S.Pd', 'Guru Ahli Pertama', '1', '✓ Hadir', '06.30', ''],
      ['2', '24300110120000002', 'Budi Santoso', 'Pranata Komputer Ahli Pertama', '2', '✕ Ditolak', '', ''],
      ['3', '24300110120000003', 'Rina "Ina" Marlina (Tunanetra)', 'Perawat Terampil', '3', '✓ Hadir', '06.40', ''],
    ]);
    expect([...r2!.querySelectorAll('table.rows tbody tr')].map((tr) => cells(tr)[1])).toEqual(['24300110120000004', '24300110120000007']);
    expect(r2!.querySelector('[data-generated]')!.textContent).toBe('Dicetak dari SiapCAT, data per 23/11/2026 07.58 WITA');
    expect(r2!.textContent).toContain('Pengawas ruang R2');
    await snap('attendance-sheet-laptop-id');
  });

  it('shows one room from ?ruang= and changes room through the selector', async () => {
    mounted = await mountApp('/sesi/S1/daftar-hadir?ruang=R1', routes());
    await expect.poll(() => sheets().map((s) => s.dataset.room)).toEqual(['R1']);
    expect(sheetCalls()).toEqual(['/api/sessions/S1/daftar-hadir?room=R1']);
    await page.getByLabelText('Ruang').selectOptions('R2');
    await expect.poll(() => sheets().map((s) => s.dataset.room)).toEqual(['R2']);
    expect(location.pathname + location.search).toBe('/sesi/S1/daftar-hadir?ruang=R2');
    expect(sheetCalls().at(-1)).toBe('/api/sessions/S1/daftar-hadir?room=R2');
    await page.getByLabelText('Ruang').selectOptions('Semua ruang');
    await expect.poll(() => sheets().length).toBe(2);
    expect(location.search).toBe('');
  });

  it('prints with the browser; in print only the sheets remain, each room on a new page, headers repeated', async () => {
    mounted = await mountApp('/sesi/S1/daftar-hadir', routes());
    await expect.poll(() => sheets().length).toBe(2);
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      await page.getByRole('button', { name: 'Cetak' }).click();
      expect(printed).toBe(1);
    } finally {
      window.print = print;
    }
    const header = document.querySelector('siap-app')!.shadowRoot!.querySelector('header')!;
    const toolbar = root().querySelector('.toolbar')!;
    // The playwright provider's CDP session (typed loosely here: its types would bring Node's into the dashboard).
    const media = cdp() as unknown as { send(method: string, params: object): Promise<unknown> };
    await media.send('Emulation.setEmulatedMedia', { media: 'print' });
    try {
      expect(getComputedStyle(header).display).toBe('none');
      expect(getComputedStyle(toolbar).display).toBe('none');
      const [r1, r2] = sheets();
      expect(getComputedStyle(r1!).breakBefore).not.toBe('page');
      expect(getComputedStyle(r2!).breakBefore).toBe('page');
      expect(getComputedStyle(r1!.querySelector('table.rows thead')!).display).toBe('table-header-group');
      await snap('attendance-sheet-print-id');
    } finally {
      await media.send('Emulation.setEmulatedMedia', { media: '' });
    }
  });

  it('speaks English when switched, the document title staying as the hub wrote it', async () => {
    mounted = await mountApp('/sesi/S1/daftar-hadir?ruang=R2', routes());
    await expect.poll(() => sheets().length).toBe(1);
    await page.getByRole('button', { name: 'EN' }).click();
    await expect.element(page.getByRole('button', { name: 'Print' })).toBeVisible();
    const [r2] = sheets();
    expect(r2!.querySelector('h1')!.textContent).toBe('DAFTAR HADIR PESERTA SKD');
    expect([...r2!.querySelectorAll('table.rows thead th')].map((th) => th.textContent!.trim())).toEqual([
      'No',
      'Participant number',
      'Name',
      'Position',
      'Seat',
      'Status',
      'Check-in time (WITA)',
      'Signature',
    ]);
    expect(cells(r2!.querySelector('table.rows tbody tr:last-child')!)[5]).toBe('– Absent');
    expect(r2!.querySelector('[data-generated]')!.textContent).toBe('Printed from SiapCAT, data as of 23/11/2026 07:58 WITA');
    await snap('attendance-sheet-laptop-en');
  });

  it('shows the hub’s error, and says so when the room is not part of the session', async () => {
    mounted = await mountApp(
      '/sesi/S1/daftar-hadir',
      routes({
        'GET /api/sessions/S1': {
          status: 404,
          body: { error: { code: 'not-found', message: "Sesi 'S1' tidak ada.", en: "Session 'S1' does not exist." } },
        },
      }),
    );
    await expect.element(page.getByText("Sesi 'S1' tidak ada.")).toBeVisible();
    mounted.unmount();
    mounted = await mountApp('/sesi/S1/daftar-hadir?ruang=R9', routes());
    await expect.element(page.getByText("Ruang 'R9' tidak ada di sesi ini. Pilih ruang lain atau semua ruang.")).toBeVisible();
    expect(sheets()).toEqual([]);
  });
});
