import { afterEach, describe, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import type { PhotoLink } from '../../../../protocol/custody-photos.js';
import { beritaAcara, examSession, SESSION_ID } from '../../testing/exam-report-fixtures.js';
import { mountApp } from '../../testing/mount.js';
import { snap } from '../../testing/snap.js';

let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
afterEach(() => mounted?.unmount());

const BASE = `/api/sessions/${SESSION_ID}`;
const PATH = `/sesi/${SESSION_ID}/berita-acara`;
const minutesCalls = () => mounted!.hub.calls.filter((c) => c.method === 'GET' && c.path === `${BASE}/berita-acara`).length;

const shadow = (el: Element | null | undefined) => el!.shadowRoot!;
const minutesPage = () => shadow(shadow(document.querySelector('siap-app')).querySelector('siap-minutes-page'));
const documentRoot = () => shadow(minutesPage().querySelector('siap-minutes-document'));
const cellsOf = (selector: string) => [...documentRoot().querySelectorAll(`${selector} td`)].map((td) => td.textContent!.trim());

describe('berita acara page', () => {
  it("prints the hub's numbers as they are: counts overall and per room, desk facts, incidents, signatories, audit anchor", async () => {
    mounted = await mountApp(PATH, {
      [`GET ${BASE}`]: { body: examSession() },
      [`GET ${BASE}/berita-acara`]: { body: beritaAcara() },
    });
    await expect.element(page.getByRole('heading', { name: 'BERITA ACARA PELAKSANAAN SELEKSI KOMPETENSI DASAR (SKD)' })).toBeVisible();
    await expect
      .element(page.getByText(/^Pada hari ini Senin, tanggal 23\/11\/2026, bertempat di Gedung Serbaguna Batulicin, Jl\. Dharma Praja/))
      .toBeVisible();
    expect(cellsOf('tr[data-room="R1"]')).toEqual(['Lab Komputer 1 (R1)', '30', '27', '3', '1']);
    expect(cellsOf('tr[data-room="R2"]')).toEqual(['Lab Komputer 2 (R2)', '27', '24', '3', '1']);
    expect(cellsOf('tr[data-room-total]')).toEqual(['Jumlah', '57', '51', '6', '2']);
    const facts = documentRoot().querySelector('[data-facts]')!.textContent!.replace(/\s+/g, ' ');
    expect(facts).toContain('Peserta tunanetra: 3 terdaftar, 2 hadir');
    expect(facts).toContain('dengan persetujuan pengawas: 4');
    expect(facts).toContain('PIN diterbitkan ulang: 7');
    expect(facts).toContain('Upaya registrasi yang ditolak: 11 (NIK tidak cocok 8; tidak ada di daftar peserta 2; di luar waktu PIN 1)');
    const session = documentRoot().querySelector('[data-session]')!.textContent!.replace(/\s+/g, ' ');
    expect(session).toContain('08.00 s.d. 09.40 WITA');
    expect(session).toContain('08.05 s.d. 09.49 WITA');
    expect(session).toContain('100 menit; peserta tunanetra 130 menit');
    // Rooms by their names, the code kept for the desk signs.
    expect(session).toContain('Lab Komputer 1 (R1), Lab Komputer 2 (R2)');
    expect(cellsOf('tr[data-incident="2"]')).toEqual([
      '1',
      '08.20',
      'Seluruh lokasi',
      'Peserta',
      'Peserta R1 kursi 3 sakit, dibantu petugas kesehatan',
      '0',
      '—',
    ]);
    expect(cellsOf('tr[data-incident="1"]')).toEqual([
      '2',
      '08.40',
      'Lab Komputer 2 (R2)',
      'Listrik',
      'Listrik PLN padam, UPS menahan sampai genset menyala',
      '13',
      '+4 menit',
    ]);
    // 17 is the hub's total (the rows say 0 + 13): the page prints the hub's number, it does not add.
    expect(cellsOf('tr[data-incident-totals]')).toEqual(['Jumlah 2 kejadian; 1 dengan waktu ditambah', '17', '']);
    await expect.element(page.getByText('Ujian berjalan lancar setelah listrik kembali normal.')).toBeVisible();
    const signatures = documentRoot().querySelector('[data-signatures]')!.textContent!.replace(/\s+/g, ' ');
    expect(documentRoot().querySelector('[data-place-date]')!.textContent).toBe('Batulicin, 23 November 2026');
    expect(signatures).toMatch(
      /Panselda.*Ketua Panselda Drs\. H\. Ahmad Fauzi NIP\. 196801011990031001.*Tim CAT.*Koordinator Tim CAT BKN Rahmat Hidayat.*Pengawas.*Siti Rahmah NIP\. 198903122015032001.*Bambang Irawan/,
    );
    const anchor = documentRoot().querySelector('[data-anchor]')!.textContent!.replace(/\s+/g, ' ');
    expect(anchor).toContain('Jejak audit: entri #318, hash 9f2c4e1ab07d5c3e88a1f0b2d4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90');
    expect(anchor).toContain('Dibuat oleh SiapCAT pada 23/11/2026 10.15 WITA');
    await snap('minutes-laptop-id');
  });

  it('prints blank places for what is not known yet: actual times, incidents, signatories', async () => {
    mounted = await mountApp(PATH, {
      [`GET ${BASE}`]: { body: examSession() },
      [`GET ${BASE}/berita-acara`]: {
        body: beritaAcara({
          session: { ...beritaAcara().session, actualStart: '', actualEnd: '' },
          incidents: [],
          incidentTotals: { count: 0, minutesLost: 0, timeAddedCount: 0 },
          signatories: { panselda: [], timCat: [], pengawas: [] },
          notes: '',
          audit: null,
        }),
      },
    });
    await expect.element(page.getByText('Tidak ada kejadian yang dicatat.')).toBeVisible();
    expect(documentRoot().querySelector('[data-actual]')!.textContent!.replace(/\s+/g, ' ')).toContain('..... s.d. ..... WITA');
    expect(documentRoot().querySelectorAll('[data-signatory="blank"]')).toHaveLength(3);
    expect(documentRoot().querySelector('[data-anchor]')!.textContent).toContain('Jejak audit: belum ada entri.');
  });

  it('saves actual times, notes and signatories in one PATCH, then shows the minutes again', async () => {
    let patched: Record<string, unknown> | undefined;
    mounted = await mountApp(PATH, {
      [`GET ${BASE}`]: () => ({ body: examSession(patched ? (patched as object) : {}) }),
      [`GET ${BASE}/berita-acara`]: { body: beritaAcara() },
      [`PATCH ${BASE}`]: ({ body }) => {
        patched = body as Record<string, unknown>;
        return { body: examSession() };
      },
    });
    await page.getByLabelText('Mulai sebenarnya (WITA)').fill('08.05');
    await page.getByLabelText('Selesai sebenarnya (WITA)').fill('09:49');
    await page.getByLabelText('Catatan', { exact: true }).fill('  Listrik padam 4 menit di R2.  ');
    await page.getByRole('button', { name: '+ Tambah penanda tangan Panselda' }).click();
    await page.getByLabelText('Nama 1 Panselda').fill('Drs. H. Ahmad Fauzi');
    await page.getByLabelText('NIP 1 Panselda').fill('196801011990031001');
    await page.getByLabelText('Jabatan 1 Panselda').fill('Ketua Panselda');
    await page.getByRole('button', { name: '+ Tambah penanda tangan Pengawas' }).click();
    await page.getByRole('button', { name: '+ Tambah penanda tangan Pengawas' }).click();
    await page.getByLabelText('Nama 1 Pengawas').fill('Siti Rahmah');
    await page.getByLabelText('Nama 2 Pengawas').fill('Orang yang salah');
    await page.getByRole('button', { name: '+ Tambah penanda tangan Pengawas' }).click();
    await page.getByLabelText('Nama 3 Pengawas').fill('Bambang Irawan');
    await page.getByLabelText('Jabatan 3 Pengawas').fill('Pengawas R2');
    await page.getByRole('button', { name: 'Hapus penanda tangan 2 Pengawas' }).click();
    await snap('minutes-editor-id');
    const before = minutesCalls();
    await page.getByRole('button', { name: 'Simpan berita acara' }).click();
    await expect.element(page.getByText('Berita acara tersimpan.')).toBeVisible();
    const patch = mounted.hub.calls.find((c) => c.method === 'PATCH');
    expect(patch?.path).toBe(BASE);
    expect(patch?.body).toEqual({
      actualStartAt: '2026-11-23T08:05:00+08:00',
      actualEndAt: '2026-11-23T09:49:00+08:00',
      notes: 'Listrik padam 4 menit di R2.',
      signatories: {
        panselda: [{ name: 'Drs. H. Ahmad Fauzi', nip: '196801011990031001', jabatan: 'Ketua Panselda' }],
        timCat: [],
        pengawas: [
          { name: 'Siti Rahmah', nip: '', jabatan: '' },
          { name: 'Bambang Irawan', nip: '', jabatan: 'Pengawas R2' },
        ],
      },
    });
    await expect.poll(minutesCalls).toBe(before + 1);
  });

  it('asks for a name on every signatory row and a readable time before saving', async () => {
    mounted = await mountApp(PATH, {
      [`GET ${BASE}`]: { body: examSession({ actualStartAt: '2026-11-23T08:05:00+08:00' }) },
      [`GET ${BASE}/berita-acara`]: { body: beritaAcara() },
      [`PATCH ${BASE}`]: {
        status: 400,
        body: {
          error: { code: 'invalid', message: 'Data sesi tidak valid: notes: Terlalu besar', en: 'Session is not valid: notes: Too big' },
        },
      },
    });
    await expect.element(page.getByLabelText('Mulai sebenarnya (WITA)')).toHaveValue('08:05');
    await page.getByRole('button', { name: '+ Tambah penanda tangan Tim CAT' }).click();
    await page.getByRole('button', { name: 'Simpan berita acara' }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('Tim CAT: setiap baris penanda tangan perlu nama');
    await page.getByLabelText('Nama 1 Tim CAT').fill('Rahmat Hidayat');
    await page.getByLabelText('Selesai sebenarnya (WITA)').fill('9.7');
    await page.getByRole('button', { name: 'Simpan berita acara' }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent(/Selesai sebenarnya: itu bukan jam/);
    expect(mounted.hub.calls.some((c) => c.method === 'PATCH')).toBe(false);
    await page.getByLabelText('Selesai sebenarnya (WITA)').fill('');
    await page.getByRole('button', { name: 'Simpan berita acara' }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('Data sesi tidak valid: notes: Terlalu besar');
    expect(mounted.hub.calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({
      actualStartAt: '2026-11-23T08:05:00+08:00',
      actualEndAt: null,
    });
  });

  it("re-fetches on this session's attendance, incidents or session changes, not on another session's", async () => {
    let present = 51;
    mounted = await mountApp(PATH, {
      [`GET ${BASE}`]: { body: examSession() },
      [`GET ${BASE}/berita-acara`]: () => ({
        body: beritaAcara({ counts: { registered: 57, present, absent: 57 - present, refused: 2 } }),
      }),
    });
    await expect.element(page.getByRole('heading', { name: /BERITA ACARA/ })).toBeVisible();
    expect(minutesCalls()).toBe(1);
    present = 52;
    mounted.pushLive({ topics: ['attendance'], sessions: ['skb-20261123-2'] });
    await new Promise((r) => setTimeout(r, 100));
    expect(minutesCalls()).toBe(1);
    mounted.pushLive({ topics: ['attendance'], sessions: [SESSION_ID] });
    await expect.poll(() => cellsOf('tr[data-room-total]')).toEqual(['Jumlah', '57', '52', '5', '2']);
    mounted.pushLive({ topics: ['incidents'], sessions: [SESSION_ID] });
    await expect.poll(minutesCalls).toBe(3);
  });

  it('hides the app header, the toolbar and the edit panel when printed', async () => {
    mounted = await mountApp(PATH, {
      [`GET ${BASE}`]: { body: examSession() },
      [`GET ${BASE}/berita-acara`]: { body: beritaAcara() },
    });
    await expect.element(page.getByRole('button', { name: 'Cetak' })).toBeVisible();
    const header = shadow(document.querySelector('siap-app')).querySelector('header')!;
    const editor = minutesPage().querySelector('[data-editor]')!;
    const toolbar = minutesPage().querySelector('.toolbar')!;
    const media = cdp() as unknown as { send(method: string, params: object): Promise<unknown> };
    await media.send('Emulation.setEmulatedMedia', { media: 'print' });
    try {
      expect(getComputedStyle(header).display).toBe('none');
      expect(getComputedStyle(toolbar).display).toBe('none');
      expect(getComputedStyle(editor).display).toBe('none');
      expect(getComputedStyle(documentRoot().querySelector('[data-minutes]')!).display).toBe('block');
      await snap('minutes-print-id');
    } finally {
      await media.send('Emulation.setEmulatedMedia', { media: '' });
    }
  });

  it('downloads the berita acara as JSON, and speaks English when switched', async () => {
    mounted = await mountApp(PATH, {
      [`GET ${BASE}`]: { body: examSession() },
      [`GET ${BASE}/berita-acara`]: { body: beritaAcara() },
    });
    let saved: { name: string; text: string } | undefined;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.download) return click.call(this);
      const name = this.download;
      void fetch(this.href)
        .then((r) => r.text())
        .then((text) => (saved = { name, text }));
    };
    try {
      await page.getByRole('button', { name: 'Unduh JSON' }).click();
      await expect.poll(() => saved?.name).toBe(`berita-acara-${SESSION_ID}.json`);
      expect(JSON.parse(saved!.text)).toEqual(beritaAcara());
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.element(page.getByRole('button', { name: 'Download JSON' })).toBeVisible();
    expect(cellsOf('tr[data-room-total]')).toEqual(['Total', '57', '51', '6', '2']);
    await expect.element(page.getByText(/^On Monday, 23\/11\/2026, at Gedung Serbaguna Batulicin/)).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Save the minutes' })).toBeVisible();
    await snap('minutes-laptop-en');
  });

  it('lists the seals with who installed and opened them, then a Lampiran foto: the broken seal first, a deleted incident left out', async () => {
    const photo = (sha: string, kind: PhotoLink['kind'], subjectId: string, part: string): PhotoLink => ({
      sha256: sha.repeat(64),
      type: 'image/jpeg',
      bytes: 1000,
      width: 1600,
      height: 1200,
      kind,
      subjectId,
      part,
      at: '2026-11-23T00:10:00.000Z',
      by: 'admin',
    });
    const seal = {
      id: 7,
      roomId: 'R1',
      roomName: 'Ruang tes 1',
      sealNumber: 'BKN-0001',
      installedTime: '07:10',
      installedBy: 'pengawas1',
      installWitness: 'Siti (Inspektorat)',
      openedTime: '07:45',
      sealNumberRead: 'BKN-0001',
      intact: false,
      anomaly: true,
      openedBy: 'pengawas1',
      witness: 'Siti (Inspektorat)',
      incidentId: null,
    };
    const custody = {
      switches: [],
      seals: [
        seal,
        {
          ...seal,
          id: 8,
          roomId: 'R2',
          roomName: 'Ruang tes 2',
          sealNumber: 'BKN-0002',
          openedTime: '',
          sealNumberRead: '',
          anomaly: false,
        },
      ],
      photos: [
        photo('a', 'seal', '7', 'install'),
        photo('b', 'incident', `${SESSION_ID}/1`, ''),
        photo('c', 'incident', `${SESSION_ID}/99`, ''),
        photo('d', 'seal', '7', 'open'),
      ],
      trials: [],
      handovers: [],
    };
    mounted = await mountApp(PATH, {
      [`GET ${BASE}`]: { body: examSession() },
      [`GET ${BASE}/berita-acara`]: { body: beritaAcara({ custody }) },
    });
    await expect.element(page.getByRole('heading', { name: 'Lampiran foto' })).toBeVisible();
    expect(cellsOf('tr[data-seal="7"]')).toEqual([
      'Ruang tes 1',
      'BKN-0001',
      '07:10, pengawas1 / Siti (Inspektorat)',
      '07:45, pengawas1 / Siti (Inspektorat)',
      'BKN-0001',
      'TIDAK sesuai (rusak)',
    ]);
    expect(cellsOf('tr[data-seal="8"]')).toEqual([
      'Ruang tes 2',
      'BKN-0002',
      '07:10, pengawas1 / Siti (Inspektorat)',
      '—',
      '',
      'Belum dibuka',
    ]);
    const captions = () =>
      [...documentRoot().querySelectorAll('[data-photo-attachment] figcaption')].map((f) => f.textContent!.replace(/\s+/g, ' ').trim());
    expect(captions()).toEqual([
      `Ruang tes 1, segel BKN-0001: pembukaan (TIDAK sesuai) (1 foto; sidik sha256 ${'d'.repeat(12)})`,
      `Ruang tes 1, segel BKN-0001: pemasangan (1 foto; sidik sha256 ${'a'.repeat(12)})`,
      `Kejadian no. 2: Listrik, R2 (1 foto; sidik sha256 ${'b'.repeat(12)})`,
    ]);
    // The photos come with the custody part's strip, read-only: no camera button on the minutes.
    await expect.poll(() => documentRoot().querySelectorAll('siap-photo-strip').length).toBe(3);
    await expect.poll(() => customElements.get('siap-photo-strip') !== undefined).toBe(true);
    expect(documentRoot().querySelector('siap-photo-strip')!.shadowRoot!.textContent).not.toContain('Tambah foto');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(() => captions()[2]).toBe(`Incident 2: Power, R2 (1 photo(s); sha256 ${'b'.repeat(12)})`);
  });
});
