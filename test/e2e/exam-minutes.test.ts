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

/** A session with the roster imported, two participants registered and one refused at the desk (06:30 WITA). */
async function morning(hub: ExamHub) {
  const id = await hub.session({ venueAddress: 'Jl. Dharma Praja No. 1, Batulicin, Tanah Bumbu' });
  const roster = await hub.importRoster(id, 'comma-lf.csv');
  expect(roster.status).toBe(200);
  const checkin = (participantNumber: string, nik: string) => hub.api(`/api/sessions/${id}/checkins`, { body: { participantNumber, nik } });
  expect((await checkin('24300110120000001', '6310015503920001')).status).toBe(201);
  expect((await checkin('24300110120000003', '6310014107950003')).status).toBe(201);
  expect((await checkin('24300110120000002', '6310010000000000')).status).toBeGreaterThanOrEqual(400);
  return id;
}

/** Opens a page of the dashboard and logs in there (the token lives in the tab's sessionStorage). */
async function open(url: string) {
  const page = await browser.page();
  await logIn(page, url);
  return page;
}

const squeeze = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const cells = (page: Page, selector: string) =>
  page
    .locator(`siap-minutes-document ${selector} td`)
    .allTextContents()
    .then((all) => all.map((s) => s.trim()));
const text = (page: Page, selector: string) => page.locator(`siap-minutes-document ${selector}`).textContent().then(squeeze);

describe('incidents and berita acara in the browser against the real hub', () => {
  it(
    'records an incident seen live by a second monitor, completes the minutes and prints the hub’s numbers',
    { timeout: 90_000 },
    async () => {
      t = await startExamHub();
      const id = await morning(t);

      const desk = await open(`${t.hub.url}/sesi/${id}/kejadian`);
      await desk.getByRole('heading', { name: 'Kejadian selama ujian' }).waitFor();

      // A second monitor watches the same session's incidents.
      const monitor = await open(`${t.hub.url}/sesi/${id}/kejadian`);
      await monitor.getByText('Belum ada kejadian tercatat untuk sesi ini.').waitFor();

      await desk.getByLabel('Waktu (WITA)').fill('08:40');
      await desk.getByLabel('Ruang', { exact: true }).selectOption('R1');
      await desk.getByLabel('Jenis', { exact: true }).selectOption('listrik');
      await desk.getByLabel('Uraian').fill('Listrik PLN padam di R1, UPS menahan sampai genset menyala');
      await desk.getByLabel('Menit hilang').fill('12');
      await desk.getByLabel('Waktu ditambah').check();
      await desk.getByLabel('Menit ditambahkan').fill('10');
      await desk.getByRole('button', { name: 'Catat kejadian' }).click();
      const row = desk.locator('siap-incident-table tr[data-incident]');
      await expect
        .poll(async () => squeeze(await row.first().textContent()))
        .toMatch(/08.40 WITA.*R1.*Listrik.*Listrik PLN padam di R1.*12.*ya, \+10 menit/);
      await expect.poll(() => desk.locator('[data-totals]').textContent()).toBe('1 kejadian · 12 menit hilang · 1 dengan waktu ditambah');

      const stored = (await t.api(`/api/sessions/${id}/incidents`)).body.incidents;
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({
        at: '2026-11-23T00:40:00.000Z',
        time: '08:40',
        room: 'R1',
        kind: 'listrik',
        minutesLost: 12,
        timeAdded: true,
        addedMinutes: 10,
        createdBy: 'admin',
      });

      // The monitor's page shows it without a reload.
      await expect
        .poll(
          async () =>
            squeeze(
              await monitor
                .locator('siap-incident-table tr[data-incident]')
                .first()
                .textContent({ timeout: 500 })
                .catch(() => ''),
            ),
          {
            timeout: 10_000,
          },
        )
        .toMatch(/08.40 WITA.*R1.*Listrik PLN padam di R1/);
      await shot(monitor, 'exam-incidents-monitor-id');
      expect(errorsOf(monitor)).toEqual([]);
      await monitor.close();

      await desk.getByRole('link', { name: 'Berita acara' }).click();
      await desk.getByRole('heading', { name: 'Lengkapi berita acara' }).waitFor();
      await desk.getByLabel('Mulai sebenarnya (WITA)').fill('08:05');
      await desk.getByLabel('Selesai sebenarnya (WITA)').fill('09:52');
      await desk
        .getByLabel('Catatan', { exact: true })
        .fill('Ujian dimulai 5 menit terlambat menunggu seluruh peserta duduk. Listrik padam di R1 pukul 08:40.');
      const add = (group: string) => desk.getByRole('button', { name: `+ Tambah penanda tangan ${group}` }).click();
      await add('Panselda');
      await desk.getByLabel('Nama 1 Panselda').fill('Drs. H. Ahmad Fauzi, M.Si');
      await desk.getByLabel('NIP 1 Panselda').fill('196801011990031001');
      await desk.getByLabel('Jabatan 1 Panselda').fill('Ketua Panselda');
      await add('Tim CAT');
      await desk.getByLabel('Nama 1 Tim CAT').fill('Rahmat Hidayat, S.Kom');
      await desk.getByLabel('Jabatan 1 Tim CAT').fill('Koordinator Tim CAT BKN');
      await add('Pengawas');
      await add('Pengawas');
      await desk.getByLabel('Nama 1 Pengawas').fill('Siti Rahmah');
      await desk.getByLabel('NIP 1 Pengawas').fill('198903122015032001');
      await desk.getByLabel('Jabatan 1 Pengawas').fill('Pengawas Ruang R1');
      await desk.getByLabel('Nama 2 Pengawas').fill('Bambang Irawan');
      await desk.getByLabel('Jabatan 2 Pengawas').fill('Pengawas Ruang R2');
      await desk.getByRole('button', { name: 'Simpan berita acara' }).click();
      await desk.getByText('Berita acara tersimpan.').waitFor();
      await expect.poll(() => text(desk, '[data-actual]')).toBe('Pelaksanaan 08.05 s.d. 09.52 WITA');

      // Every number on the paper is the hub's.
      const ba = (await t.api(`/api/sessions/${id}/berita-acara`)).body;
      expect(ba.session).toMatchObject({ actualStart: '08:05', actualEnd: '09:52' });
      expect(ba.counts).toMatchObject({ present: 2 });
      expect(await cells(desk, 'tr[data-room-total]')).toEqual([
        'Jumlah',
        ...[ba.counts.registered, ba.counts.present, ba.counts.absent, ba.counts.refused].map(String),
      ]);
      for (const room of ba.rooms) {
        expect(await cells(desk, `tr[data-room="${room.room}"]`)).toEqual([
          room.room,
          ...[room.registered, room.present, room.absent, room.refused].map(String),
        ]);
      }
      const facts = await text(desk, '[data-facts]');
      expect(facts).toContain(`Peserta tunanetra: ${ba.blind.registered} terdaftar, ${ba.blind.present} hadir`);
      expect(facts).toContain(`PIN diterbitkan ulang: ${ba.pinReissues}`);
      expect(facts).toContain(
        `Upaya registrasi yang ditolak: ${ba.refusalAttempts.total} (NIK tidak cocok ${ba.refusalAttempts.nikMismatch};`,
      );
      expect(ba.refusalAttempts.nikMismatch).toBe(1);
      const [incident] = ba.incidents;
      expect(await cells(desk, `tr[data-incident="${incident.id}"]`)).toEqual([
        '1',
        '08.40',
        'R1',
        'Listrik',
        'Listrik PLN padam di R1, UPS menahan sampai genset menyala',
        '12',
        '+10 menit',
      ]);
      expect((await cells(desk, 'tr[data-incident-totals]'))[1]).toBe(String(ba.incidentTotals.minutesLost));
      expect(await text(desk, '[data-notes]')).toBe(ba.notes);
      const signatures = await text(desk, '[data-signatures]');
      for (const who of [
        'Drs. H. Ahmad Fauzi, M.Si',
        'NIP. 196801011990031001',
        'Rahmat Hidayat, S.Kom',
        'Siti Rahmah',
        'Bambang Irawan',
        'Pengawas Ruang R2',
      ]) {
        expect(signatures).toContain(who);
      }
      expect(await text(desk, '[data-anchor]')).toBe(
        `Jejak audit: entri #${ba.audit.seq}, hash ${ba.audit.hash} Dibuat oleh SiapCAT pada ${ba.generatedText.id}`,
      );
      await shot(desk, 'exam-minutes-laptop-id');

      // As printed: print media on a page as wide as A4 (210 mm at 96 dpi, inside the 12 mm margins).
      await desk.emulateMedia({ media: 'print' });
      await desk.setViewportSize({ width: 703, height: 1000 });
      expect(await desk.locator('siap-minutes-page [data-editor]').isVisible()).toBe(false);
      expect(await desk.locator('siap-app header').isVisible()).toBe(false);
      await shot(desk, 'exam-minutes-print-id');
      await desk.emulateMedia({ media: null });
      await desk.setViewportSize({ width: 1366, height: 768 });

      await desk.getByRole('button', { name: 'EN', exact: true }).click();
      await desk.getByRole('heading', { name: 'Complete the minutes' }).waitFor();
      expect(await cells(desk, 'tr[data-room-total]')).toEqual([
        'Total',
        ...[ba.counts.registered, ba.counts.present, ba.counts.absent, ba.counts.refused].map(String),
      ]);
      await shot(desk, 'exam-minutes-laptop-en');
      expect(errorsOf(desk)).toEqual([]);
      await desk.close();
    },
  );
});
