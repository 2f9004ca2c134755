import { afterEach, describe, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { RAM_FAIL, WEBCAM_UNKNOWN, check, facilities, machineRow, readiness, venueState } from '../../testing/fixtures.js';
import { mountApp } from '../../testing/mount.js';
import { snap } from '../../testing/snap.js';

const FINGERPRINT = '2C:05:97:0C:82:24:5C:0E:70:9F:3D:42:62:C2:F2:7A:60:14:BA:B4:75:5F:33:DA:56:02:27:1B:A3:47:C4:A2';
let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
afterEach(() => mounted?.unmount());

const routes = (extra = {}) => ({
  'GET /api/venue': {
    body: venueState([
      { id: 'R1', name: 'Ruang 1', kind: 'ruang-tes', rows: 2, cols: 2 },
      { id: 'R2', name: 'Ruang 2', kind: 'ruang-tes', rows: 2, cols: 2 },
    ]),
  },
  'GET /api/venue/readiness': { body: readiness() },
  'GET /api/health': { body: { ok: true, setupRequired: false, tls: { caFingerprint: FINGERPRINT } } },
  'GET /api/facilities': { body: facilities() },
  'GET /api/machines': {
    body: {
      machines: [
        machineRow({ id: 'PC-005', roomId: 'R2', seat: 1 }),
        machineRow({
          id: 'PC-002',
          roomId: 'R1',
          seat: 2,
          verdict: 'not-ready',
          checks: [check({ id: 'cpu-speed' }), RAM_FAIL, WEBCAM_UNKNOWN],
        }),
        machineRow({
          id: 'PC-001',
          roomId: 'R1',
          seat: 1,
          verdict: 'not-ready',
          // What the real checks measure on a PC without a browser and with an unread link speed.
          checks: [
            check({
              id: 'browser',
              status: 'fail',
              title: { id: 'Peramban', en: 'Browser' },
              measured: 'Chrome – · Firefox –',
              expected: 'Chrome ≥ 140 / Firefox ≥ 140',
            }),
            check({
              id: 'nic-speed',
              status: 'unknown',
              title: { id: 'Kartu jaringan', en: 'Network card' },
              measured: '? Mbps (eth0)',
              expected: '≥ 100 Mbps',
            }),
          ],
        }),
        machineRow({ id: 'S1', role: 'server', roomId: null, seat: null, serverId: 'S1' }),
        machineRow({
          id: 'PC-009',
          roomId: 'R2',
          seat: 2,
          serverId: null,
          verdict: null,
          checks: [],
          refusal: { code: 'server-full', message: 'Server S2 penuh: 200/200 klien.', en: 'Server S2 is full: 200/200 clients.' },
        }),
      ],
    },
  },
  ...extra,
});

describe('audit report', () => {
  it('prints the venue, every machine with its failing checks, the facilities, checklists and signatures', async () => {
    mounted = await mountApp('/laporan', routes());
    await expect.element(page.getByRole('heading', { name: 'Laporan Kesiapan Lokasi Seleksi CAT' })).toBeVisible();
    await expect.element(page.getByText(/perbup-tanah-bumbu-73-2022\/client@1\.0\.0 \(aaaaaaaaaaaa\)/)).toBeVisible();
    // The hub CA's fingerprint is on the printed page, for a monitor to compare with the one read out.
    await expect.element(page.getByRole('row').filter({ hasText: 'Sidik jari CA hub (SHA-256)' })).toHaveTextContent(FINGERPRINT);
    const report = document.querySelector('siap-app')!.shadowRoot!.querySelector('siap-report-page')!.shadowRoot!;
    const order = [...report.querySelectorAll('tr[data-machine]')].map((tr) => tr.getAttribute('data-machine'));
    expect(order).toEqual(['PC-001', 'PC-002', 'PC-005', 'PC-009', 'S1']);
    await expect.element(page.getByText('Ditolak: Server S2 penuh: 200/200 klien.')).toBeVisible();
    await expect
      .element(page.getByRole('row').filter({ hasText: 'PC-002' }))
      .toHaveTextContent(/RAM < 4 GB:\s*2 GB terpasang; syarat ≥ 4 GB.*Webcam \(belum bisa dinilai\):\s*tidak terukur/);
    // No raw placeholders of the checks on paper.
    const pc1 = page.getByRole('row').filter({ hasText: 'PC-001' });
    await expect.element(pc1).toHaveTextContent(/Peramban:\s*Chrome tidak ada · Firefox tidak ada; syarat Chrome ≥ 140/);
    await expect.element(pc1).toHaveTextContent(/Kartu jaringan \(belum bisa dinilai\):\s*kecepatan tidak terukur \(eth0\)/);
    expect(report.textContent).not.toMatch(/Chrome –|\? Mbps/);
    await expect.element(page.getByRole('row').filter({ hasText: 'Genset' })).toHaveTextContent(/Belum memenuhi.*solar habis/);
    for (const who of ['Ketua Panselda', 'Tim Pelaksanaan SKD dan SKB', 'Tim Pemantauan Ujian']) {
      await expect.element(page.getByText(who, { exact: true })).toBeVisible();
    }
    // The venue settings' town and the date as official paper writes it.
    await expect
      .element(
        page.getByText(
          /^Batulicin, \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}$/,
        ),
      )
      .toBeVisible();
    await snap('report-laptop-id');
  });

  it('hides the buttons and the app header when printed', async () => {
    mounted = await mountApp('/laporan', routes());
    const print = page.getByRole('button', { name: 'Cetak / simpan PDF' });
    await expect.element(print).toBeVisible();
    const header = document.querySelector('siap-app')!.shadowRoot!.querySelector('header')!;
    const toolbar = () =>
      document.querySelector('siap-app')!.shadowRoot!.querySelector('siap-report-page')!.shadowRoot!.querySelector('.toolbar')!;
    expect(getComputedStyle(header).display).not.toBe('none');
    // The playwright provider's CDP session (typed loosely here: its types would bring Node's into the dashboard).
    const media = cdp() as unknown as { send(method: string, params: object): Promise<unknown> };
    await media.send('Emulation.setEmulatedMedia', { media: 'print' });
    try {
      expect(getComputedStyle(header).display).toBe('none');
      expect(getComputedStyle(toolbar()).display).toBe('none');
      await snap('report-print-id');
    } finally {
      await media.send('Emulation.setEmulatedMedia', { media: '' });
    }
  });

  it('offers the CSV of machines and checks as a download', async () => {
    mounted = await mountApp('/laporan', routes());
    let saved: { name: string; text: string } | undefined;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) {
        const name = this.download;
        void fetch(this.href)
          .then((r) => r.arrayBuffer())
          .then((bytes) => (saved = { name, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) }));
      } else click.call(this);
    };
    try {
      await page.getByRole('button', { name: 'Unduh CSV PC dan pemeriksaan' }).click();
      await expect.poll(() => saved?.name).toMatch(/^siapcat-pc-\d{4}-\d\d-\d\d\.csv$/);
      expect(saved!.text.split('\r\n')[0]).toBe(
        '\ufeffpc;peran;ruang;kursi;server;status_pc;laporan_terakhir;daftar_periksa;id_pemeriksaan;pemeriksaan;hasil;terukur;syarat;pasal;tingkat;yang_harus_dilakukan',
      );
      expect(saved!.text).toContain('PC-002;PC klien;R1;2;S1;Belum siap');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it('still prints when the hub has no facility checklist', async () => {
    mounted = await mountApp(
      '/laporan',
      routes({ 'GET /api/facilities': { status: 404, body: { error: { code: 'not-found', message: 'x', en: 'x' } } } }),
    );
    await expect.element(page.getByText('Daftar periksa fasilitas tidak tersedia di hub ini.')).toBeVisible();
  });
});
