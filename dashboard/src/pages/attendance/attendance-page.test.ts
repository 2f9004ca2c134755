import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { attendance, examSession, participant, roster } from '../../testing/attendance-fixtures.js';
import { mountApp } from '../../testing/mount.js';
import { snap } from '../../testing/snap.js';

let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
afterEach(() => mounted?.unmount());

const routes = (extra = {}) => ({
  'GET /api/sessions/S1': { body: examSession() },
  'GET /api/sessions/S1/attendance': { body: attendance() },
  ...extra,
});

const shadow = () => document.querySelector('siap-app')!.shadowRoot!.querySelector('siap-attendance-page')!.shadowRoot!;
const countOf = (key: string) => shadow().querySelector(`[data-count="${key}"] b`)?.textContent;
const rowNumbers = () =>
  [...shadow().querySelector('siap-attendance-list')!.shadowRoot!.querySelectorAll('tr[data-participant]')].map((tr) =>
    tr.getAttribute('data-participant')!.slice(-1),
  );
const attendanceFetches = (hub: { calls: { path: string }[] }) => hub.calls.filter((c) => c.path === '/api/sessions/S1/attendance').length;

describe('attendance page', () => {
  it('shows the session in its own zone, the counts, a table per room and every participant', async () => {
    mounted = await mountApp('/sesi/S1/kehadiran', routes());
    await expect.element(page.getByRole('heading', { name: 'Kehadiran peserta: SKD Sesi 1' })).toBeVisible();
    await expect
      .element(page.getByText('Seleksi Kompetensi Dasar (SKD) · 23/11/2026, pukul 08.00–09.40 WITA · Gedung Serbaguna Batulicin'))
      .toBeVisible();
    expect([countOf('registered'), countOf('present'), countOf('absent'), countOf('refused')]).toEqual(['5', '3', '2', '1']);
    await expect.element(page.getByText('Peserta tunanetra: 1 hadir dari 1 terdaftar')).toBeVisible();
    await expect.element(page.getByRole('row').filter({ hasText: 'Daftar hadir R1' })).toHaveTextContent(/R1\s*3\s*2\s*1\s*1/);
    await expect.element(page.getByRole('row').filter({ hasText: 'Daftar hadir R2' })).toHaveTextContent(/R2\s*2\s*1\s*1\s*0/);
    expect(page.getByRole('link', { name: 'Daftar hadir R2' }).element().getAttribute('href')).toBe('/sesi/S1/daftar-hadir?ruang=R2');
    expect(page.getByRole('link', { name: 'Daftar hadir seluruh sesi' }).element().getAttribute('href')).toBe('/sesi/S1/daftar-hadir');
    expect(page.getByRole('link', { name: '← Kembali ke sesi' }).element().getAttribute('href')).toBe('/sesi/S1');
    expect(rowNumbers()).toEqual(['1', '2', '3', '4', '7']);
    await expect
      .element(page.getByRole('row').filter({ hasText: 'Rina "Ina" Marlina' }))
      .toHaveTextContent(/24300110120000003.*Perawat Terampil\s*R1\s*3\s*✓ Hadir\s*06.40\s*Tunanetra/);
    await expect.element(page.getByRole('row').filter({ hasText: 'Budi Santoso' })).toHaveTextContent(/✕ Ditolak\s*—/);
    // The browser is in New York: the time of the data is still the venue's.
    await expect.element(page.getByText(/Data per 07\.58 WITA/)).toBeVisible();
    await snap('attendance-laptop-id');
  });

  it('narrows the participant list by search, room and status on the data it already has', async () => {
    mounted = await mountApp('/sesi/S1/kehadiran', routes());
    await expect.element(page.getByText('5 dari 5 peserta ditampilkan')).toBeVisible();
    const fetched = mounted.hub.calls.length;
    const search = page.getByLabelText('Cari nomor peserta atau nama');
    await search.fill('budi');
    await expect.poll(rowNumbers).toEqual(['2']);
    await search.fill('0000004');
    await expect.poll(rowNumbers).toEqual(['4']);
    await search.fill('');
    await page.getByLabelText('Ruang', { exact: true }).selectOptions('R2');
    await expect.poll(rowNumbers).toEqual(['4', '7']);
    await page.getByLabelText('Status', { exact: true }).selectOptions('Tidak hadir (termasuk ditolak)');
    await expect.poll(rowNumbers).toEqual(['7']);
    await expect.element(page.getByText('1 dari 5 peserta ditampilkan')).toBeVisible();
    await page.getByLabelText('Ruang', { exact: true }).selectOptions('Semua');
    await page.getByLabelText('Status', { exact: true }).selectOptions('Ditolak');
    await expect.poll(rowNumbers).toEqual(['2']);
    await search.fill('siti');
    await expect.element(page.getByText('Tidak ada peserta yang cocok dengan pencarian dan saringan ini.')).toBeVisible();
    expect(mounted.hub.calls.length).toBe(fetched);
  });

  it('re-fetches when this session’s attendance changes, and not for another session', async () => {
    mounted = await mountApp('/sesi/S1/kehadiran', routes());
    await expect.poll(() => countOf('present')).toBe('3');
    const before = attendanceFetches(mounted.hub);
    const now = roster().map((p) => (p.number.endsWith('7') ? participant({ ...p, status: 'present', checkedInTime: '07:59' }) : p));
    mounted.hub.set('GET /api/sessions/S1/attendance', { body: attendance(now) });

    mounted.pushLive({ topics: ['attendance'], sessions: ['S2'] });
    mounted.pushLive({ topics: ['machines'], sessions: ['S1'] });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(attendanceFetches(mounted.hub)).toBe(before);
    expect(countOf('present')).toBe('3');

    mounted.pushLive({ topics: ['attendance'], sessions: ['S1'] });
    await expect.poll(() => countOf('present')).toBe('4');
    expect(attendanceFetches(mounted.hub)).toBe(before + 1);
    expect(countOf('absent')).toBe('1');
    await expect.element(page.getByRole('row').filter({ hasText: 'Yusuf Maulana' })).toHaveTextContent(/✓ Hadir\s*07.59/);
  });

  it("calls who has not come 'Belum hadir' until PIN issuance closes, then asks the hub again and says 'Tidak hadir'", async () => {
    const open = { ...attendance(), final: false, finalAt: '2026-11-22T23:58:00.500Z' };
    mounted = await mountApp('/sesi/S1/kehadiran', routes({ 'GET /api/sessions/S1/attendance': { body: open } }));
    const word = () => shadow().querySelector('[data-count="absent"] span')?.textContent;
    await expect.poll(word).toBe('Belum hadir');
    const list = () => shadow().querySelector('siap-attendance-list')!.shadowRoot!;
    await expect.poll(() => list().querySelector('tr[data-participant$="7"] [data-status]')?.textContent).toContain('Belum hadir');
    expect(shadow().textContent).not.toContain('Tidak hadir');
    expect(list().textContent).not.toContain('Tidak hadir');
    await expect.element(page.getByText('Ditolak termasuk dalam belum hadir', { exact: false })).toBeVisible();
    // The hub's clock passes the close (0.5 s after the data was made): the page asks again by itself.
    mounted.hub.set('GET /api/sessions/S1/attendance', { body: attendance() });
    await expect.poll(word, { timeout: 10_000 }).toBe('Tidak hadir');
    await expect.poll(() => list().querySelector('tr[data-participant$="7"] [data-status]')?.textContent).toContain('Tidak hadir');
  });

  it('downloads the attendance export the hub makes, under the hub’s file name', async () => {
    const csv = '\ufeffno;nomor_peserta;nik\r\n1;24300110120000001;6310015503920001\r\n';
    mounted = await mountApp(
      '/sesi/S1/kehadiran',
      routes({
        'GET /api/sessions/S1/attendance/export': {
          body: new Blob([csv], { type: 'text/csv;charset=utf-8' }),
          headers: { 'content-type': 'text/csv;charset=utf-8', 'content-disposition': 'attachment; filename="kehadiran-S1.csv"' },
        },
      }),
    );
    let saved: { name: string; text: string } | undefined;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.download) return click.call(this);
      const name = this.download;
      void fetch(this.href)
        .then((r) => r.arrayBuffer())
        .then((bytes) => (saved = { name, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) }));
    };
    try {
      await page.getByRole('button', { name: 'Unduh CSV' }).click();
      await expect.poll(() => saved?.name).toBe('kehadiran-S1.csv');
      expect(saved!.text).toBe(csv);
      expect(mounted.hub.calls.map((c) => c.path)).toContain('/api/sessions/S1/attendance/export?format=csv');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it('says what went wrong when the export fails', async () => {
    mounted = await mountApp(
      '/sesi/S1/kehadiran',
      routes({
        'GET /api/sessions/S1/attendance/export': {
          status: 400,
          body: { error: { code: 'invalid', message: "Format ekspor 'xlsx' tidak dikenal", en: "Unknown export format 'xlsx'" } },
        },
      }),
    );
    await page.getByRole('button', { name: 'Unduh XLSX' }).click();
    await expect.element(page.getByText("Format ekspor 'xlsx' tidak dikenal")).toBeVisible();
    expect(mounted.hub.calls.map((c) => c.path)).toContain('/api/sessions/S1/attendance/export?format=xlsx');
  });

  it('switches to English', async () => {
    mounted = await mountApp('/sesi/S1/kehadiran', routes());
    await expect.element(page.getByRole('heading', { name: 'Kehadiran peserta: SKD Sesi 1' })).toBeVisible();
    await page.getByRole('button', { name: 'EN' }).click();
    await expect.element(page.getByRole('heading', { name: 'Participant attendance: SKD Sesi 1' })).toBeVisible();
    await expect
      .element(page.getByText('Basic Competency Test (SKD) · 23/11/2026, 08:00–09:40 WITA · Gedung Serbaguna Batulicin'))
      .toBeVisible();
    expect(shadow().querySelector('[data-counts]')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      '5 Registered 3 Present 2 Absent 1 Refused',
    );
    await expect.element(page.getByRole('row').filter({ hasText: 'Budi Santoso' })).toHaveTextContent(/✕ Refused/);
    await expect.element(page.getByRole('button', { name: 'Download CSV' })).toBeVisible();
    await expect.element(page.getByRole('link', { name: 'Attendance sheet of R1' })).toBeVisible();
    await expect.element(page.getByText(/Data as of 07:58 WITA/)).toBeVisible();
    await snap('attendance-laptop-en');
  });

  it('shows the hub’s error in the chosen language, with a retry that loads the page', async () => {
    mounted = await mountApp(
      '/sesi/S1/kehadiran',
      routes({
        'GET /api/sessions/S1/attendance': {
          status: 404,
          body: { error: { code: 'not-found', message: "Sesi 'S1' tidak ada.", en: "Session 'S1' does not exist." } },
        },
      }),
    );
    await expect.element(page.getByText("Sesi 'S1' tidak ada.")).toBeVisible();
    await page.getByRole('button', { name: 'EN' }).click();
    await expect.element(page.getByText("Session 'S1' does not exist.")).toBeVisible();
    mounted.hub.set('GET /api/sessions/S1/attendance', { body: attendance() });
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.element(page.getByRole('heading', { name: 'Participant attendance: SKD Sesi 1' })).toBeVisible();
  });

  it('tells them to import the roster on the session page when nobody is registered', async () => {
    mounted = await mountApp('/sesi/S1/kehadiran', routes({ 'GET /api/sessions/S1/attendance': { body: attendance([]) } }));
    await expect.element(page.getByText(/Daftar peserta sesi ini masih kosong\. Impor daftar peserta/)).toBeVisible();
    expect(page.getByRole('link', { name: 'Buka halaman sesi' }).element().getAttribute('href')).toBe('/sesi/S1');
    expect(shadow().querySelector('siap-attendance-list')).toBeNull();
  });
});
