import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { machineDetail, venueState } from '../../testing/fixtures.js';
import { mountApp } from '../../testing/mount.js';
import { snap, useViewport } from '../../testing/snap.js';

let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
afterEach(() => mounted?.unmount());

const routes = (extra = {}) => ({
  'GET /api/venue': { body: venueState() },
  'GET /api/machines/PC-017': { body: machineDetail() },
  ...extra,
});

describe('machine detail', () => {
  it('lists every check, failures first, with measured vs required, clause, level and the Indonesian fix', async () => {
    mounted = await mountApp('/mesin/PC-017', routes());
    await expect.element(page.getByRole('heading', { name: 'PC-017' })).toBeVisible();
    const rows = page.getByRole('row');
    await expect
      .element(rows.nth(1))
      .toHaveTextContent(
        /Gagal\s*Memori \(RAM\)\s*2 GB terpasang\s*≥ 4 GB\s*Lampiran C\.4\.b\.2\.a\(5\)\s*rekomendasi\s*Tambah modul RAM hingga minimal 4 GB\./,
      );
    await expect
      .element(rows.nth(2))
      .toHaveTextContent(
        /Belum bisa dinilai.*Webcam.*belum ada bacaan.*Periksa webcam secara manual\..*Daftar perangkat kamera tidak terbaca\./,
      );
    await expect.element(rows.nth(3)).toHaveTextContent(/Lulus.*Kecepatan prosesor.*3\.2 GHz.*≥ 2\.0 GHz/);
    await expect.element(page.getByText('perbup-tanah-bumbu-73-2022/client@1.0.0')).toBeVisible();
    await snap('machine-laptop-id');
  });

  it('shows what changed when, in the venue time zone', async () => {
    mounted = await mountApp('/mesin/PC-017', routes());
    await expect.element(page.getByRole('listitem').filter({ hasText: '23/11/2026 07.28 WITA' }).first()).toBeVisible();
    await expect.element(page.getByText('21/11/2026 09.00 WITA')).toBeVisible();
    await expect.element(page.getByText('Memori (RAM): Lulus → Gagal')).toBeVisible();
    await expect.element(page.getByText('Webcam: tidak ada → Belum bisa dinilai')).toBeVisible();
  });

  it('asks the agent to check again, and explains when the PC is offline', async () => {
    mounted = await mountApp(
      '/mesin/PC-017',
      routes({ 'POST /api/machines/PC-017/recheck': { status: 202, body: { requestId: 'b7a1' } } }),
    );
    await page.getByRole('button', { name: 'Periksa ulang' }).click();
    await expect.element(page.getByText(/Permintaan periksa ulang terkirim pukul \d\d\.\d\d/)).toBeVisible();
    expect(mounted.hub.calls.some((c) => c.method === 'POST' && c.path === '/api/machines/PC-017/recheck')).toBe(true);

    mounted.hub.set('POST /api/machines/PC-017/recheck', {
      status: 409,
      body: {
        error: {
          code: 'machine-offline',
          message: 'PC PC-017 sedang offline, jadi tidak bisa diperiksa ulang sekarang. Nyalakan PC dan pastikan agennya berjalan.',
          en: 'PC PC-017 is offline, so it cannot be re-checked now. Switch the PC on and make sure its agent runs.',
        },
      },
    });
    await page.getByRole('button', { name: 'Periksa ulang' }).click();
    await expect.element(page.getByText(/PC PC-017 sedang offline, jadi tidak bisa diperiksa ulang sekarang/)).toBeVisible();
  });

  it('reloads when its own PC changes on the live channel, not for others', async () => {
    mounted = await mountApp('/mesin/PC-017', routes());
    await expect.element(page.getByRole('heading', { name: 'PC-017' })).toBeVisible();
    const fetches = () => mounted!.hub.calls.filter((c) => c.path === '/api/machines/PC-017').length;
    const before = fetches();
    mounted.pushLive({
      topics: ['machines'],
      machines: [{ ...machineDetail(), id: 'PC-999', failing: [], checks: undefined, history: undefined }],
    });
    mounted.hub.set('GET /api/machines/PC-017', { body: machineDetail({ verdict: 'ready', checks: [] }) });
    const { checks: _c, history: _h, ...summary } = machineDetail({ verdict: 'ready' });
    mounted.pushLive({ topics: ['machines'], machines: [{ ...summary, failing: [] }] });
    await expect.element(page.getByText(/belum mengirim laporan pemeriksaan/)).toBeVisible();
    expect(fetches()).toBe(before + 1);
  });

  it('moves a PC refused by a full server to another server', async () => {
    const refused = machineDetail({
      serverId: null,
      refusal: { code: 'server-full', message: 'Server S2 penuh: 200/200 klien.', en: 'Server S2 is full: 200/200 clients.' },
    });
    mounted = await mountApp('/mesin/PC-017', {
      ...routes(),
      'GET /api/machines/PC-017': { body: refused },
      'PUT /api/machines/PC-017/placement': { body: {} },
    });
    await expect.element(page.getByText('Penempatan ditolak: Server S2 penuh: 200/200 klien.')).toBeVisible();
    const form = page.getByRole('form', { name: 'Pindahkan' });
    await form.getByLabelText('Server').selectOptions('S1');
    await form.getByRole('button', { name: 'Pindahkan' }).click();
    await expect.element(page.getByText(/Penempatan disimpan/)).toBeVisible();
    expect(mounted.hub.calls.find((c) => c.method === 'PUT')).toMatchObject({
      path: '/api/machines/PC-017/placement',
      body: { serverId: 'S1', roomId: 'R1', seat: 17 },
    });
  });

  it('says the PC is unknown to the hub', async () => {
    mounted = await mountApp('/mesin/PC-404', {
      ...routes(),
      'GET /api/machines/PC-404': {
        status: 404,
        body: { error: { code: 'machine-unknown', message: 'PC PC-404 tidak dikenal hub.', en: 'Unknown PC PC-404.' } },
      },
    });
    await expect.element(page.getByText('PC PC-404 tidak dikenal hub.')).toBeVisible();
  });

  it('reads in English on a TV', async () => {
    await useViewport('tv');
    mounted = await mountApp('/mesin/PC-017', routes(), { lang: 'en' });
    await expect.element(page.getByText('Add RAM modules up to at least 4 GB.')).toBeVisible();
    await snap('machine-tv-en');
    await useViewport('laptop');
  });
});
