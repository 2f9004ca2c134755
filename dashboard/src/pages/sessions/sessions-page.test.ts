import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { examSession } from '../../testing/exam-fixtures.js';
import { venueState } from '../../testing/fixtures.js';
import { mountApp } from '../../testing/mount.js';
import { snap } from '../../testing/snap.js';

let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
afterEach(() => mounted?.unmount());

describe('exam sessions page', () => {
  it('lists sessions with their schedule, PIN window and counts', async () => {
    mounted = await mountApp('/sesi', {
      'GET /api/venue': { body: venueState() },
      'GET /api/sessions': {
        body: {
          sessions: [
            examSession(),
            examSession({
              id: 'skd-2',
              name: 'SKD Sesi 2',
              registrationOpen: false,
              local: { ...examSession().local, start: '10:30', end: '12:10', registrationOpens: '06:30' },
            }),
          ],
        },
      },
    });
    const first = page.getByRole('row').filter({ hasText: 'SKD Sesi 1' });
    await expect.element(first).toHaveTextContent('23/11/2026 08.00–09.40 WITA');
    await expect.element(first).toHaveTextContent('dibuka, ditutup 07.55 WITA');
    await expect.element(first).toHaveTextContent('430');
    await expect.element(page.getByRole('row').filter({ hasText: 'SKD Sesi 2' })).toHaveTextContent('registrasi dibuka 06.30 WITA');
    await expect.element(page.getByRole('link', { name: 'SKD Sesi 1' })).toHaveAttribute('href', '/sesi/skd-1');
    await snap('sessions-laptop-id');
  });

  it('creates a session at the venue wall clock and opens it', async () => {
    mounted = await mountApp('/sesi', {
      'GET /api/venue': { body: venueState() },
      'GET /api/sessions': { body: { sessions: [] } },
      'POST /api/sessions': { status: 201, body: examSession({ id: 'skb-1', name: 'SKB Guru' }) },
      'GET /api/sessions/skb-1': { body: examSession({ id: 'skb-1', name: 'SKB Guru' }) },
    });
    await expect.element(page.getByText('Belum ada sesi.', { exact: false })).toBeVisible();
    await page.getByLabelText('Nama sesi').fill('SKB Guru');
    await page.getByLabelText('Jenis').selectOptions('SKB');
    await page.getByLabelText('Tanggal').fill('24/11/2026');
    await page.getByLabelText('Mulai (WITA)').fill('13.30');
    await page.getByLabelText('PIN ditutup … menit sebelum mulai').fill('10');
    await page.getByRole('button', { name: 'Buat sesi' }).click();
    await expect.element(page.getByRole('heading', { name: 'SKB Guru' })).toBeVisible();
    expect(location.pathname).toBe('/sesi/skb-1');
    const post = mounted.hub.calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({
      name: 'SKB Guru',
      kind: 'SKB',
      startsAt: '2026-11-24T13:30:00+08:00',
      timeZone: 'Asia/Makassar',
      pinCloseMinutes: 10,
    });
    expect(post?.body).not.toHaveProperty('durationMinutes');
  });

  it('shows why the hub refused a session and keeps what was typed', async () => {
    mounted = await mountApp('/sesi', {
      'GET /api/venue': { body: venueState() },
      'GET /api/sessions': { body: { sessions: [] } },
      'POST /api/sessions': {
        status: 400,
        body: {
          error: {
            code: 'invalid',
            message: 'Data sesi tidak valid: durationMinutes: terlalu kecil',
            en: 'Session is not valid: durationMinutes: too small',
          },
        },
      },
    });
    await page.getByLabelText('Nama sesi').fill('SKD Sesi 3');
    await page.getByLabelText('Tanggal').fill('24/11/2026');
    await page.getByLabelText('Mulai (WITA)').fill('08.00');
    await page.getByLabelText('Durasi (menit)', { exact: true }).fill('5');
    await page.getByRole('button', { name: 'Buat sesi' }).click();
    await expect.element(page.getByText('Data sesi tidak valid: durationMinutes: terlalu kecil')).toBeVisible();
    await expect.element(page.getByLabelText('Nama sesi')).toHaveValue('SKD Sesi 3');
  });

  it('takes the date and time as dd/mm/yyyy and HH.MM whatever the browser locale, shows them back, and says what is wrong inline', async () => {
    // The test browser runs in English (US) and New York time: a date input would show mm/dd/yyyy.
    expect(navigator.language).toMatch(/^en/);
    const saved = examSession({ id: 'skd-9', name: 'SKD Sesi 9', startsAt: '2026-12-03T07:30:00+08:00' });
    mounted = await mountApp('/sesi', {
      'GET /api/venue': { body: venueState() },
      'GET /api/sessions': { body: { sessions: [] } },
      'POST /api/sessions': { status: 201, body: saved },
      'GET /api/sessions/skd-9': { body: saved },
    });
    const date = page.getByLabelText('Tanggal');
    const time = page.getByLabelText('Mulai (WITA)');
    await expect.element(date).toHaveAttribute('type', 'text');
    await expect.element(date).toHaveAttribute('placeholder', 'hh/bb/tttt');

    // A US-style date is refused under the field, in words, before anything is sent.
    await date.fill('12/31/2026');
    await time.fill('7.3');
    await page.getByLabelText('Nama sesi').click();
    await expect.element(page.getByText('"12/31/2026": bulan 31 tidak ada. Urutannya hari/bulan/tahun, mis. 03/12/2026.')).toBeVisible();
    await expect.element(page.getByText('"7.3" bukan jam. Tulis jam 24-an dengan titik, mis. 07.30 atau 13.45.')).toBeVisible();
    await snap('session-form-refusal-id');

    await page.getByLabelText('Nama sesi').fill('SKD Sesi 9');
    await date.fill('3/12/2026');
    await time.fill('7.30');
    await page.getByLabelText('Nama sesi').click();
    await expect.element(date).toHaveValue('03/12/2026');
    await expect.element(time).toHaveValue('07.30');
    await expect.element(page.getByRole('alert')).not.toBeInTheDocument();
    await page.getByRole('button', { name: 'Buat sesi' }).click();
    await expect.element(page.getByRole('heading', { name: 'SKD Sesi 9' })).toBeVisible();
    expect(mounted.hub.calls.find((c) => c.method === 'POST')?.body).toMatchObject({ startsAt: '2026-12-03T07:30:00+08:00' });

    // The session's own edit form shows the hub's answer back the same way.
    await page.getByText('Ubah jadwal dan data sesi').click();
    await expect.element(page.getByLabelText('Tanggal')).toHaveValue('03/12/2026');
    await expect.element(page.getByLabelText('Mulai (WITA)')).toHaveValue('07.30');
    await snap('session-form-filled-id');
  });
});
