import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { checkinResponse, examSession, participant } from '../../testing/exam-fixtures.js';
import { mountApp } from '../../testing/mount.js';
import { snap } from '../../testing/snap.js';

let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
afterEach(() => mounted?.unmount());

const blind = participant({
  number: '24300110120000003',
  name: 'Rina "Ina" Marlina',
  jabatan: 'Perawat Terampil',
  seat: '3',
  disability: 'Tunanetra',
  blind: true,
  durationMinutes: 130,
});

function refusal(code: string, message: string, status = 422, details?: unknown) {
  return { status, body: { error: { code, message, en: `EN ${message}`, ...(details ? { details } : {}) } } };
}

const desk = (routes: Parameters<typeof mountApp>[1]) =>
  mountApp('/sesi/skd-1/registrasi', {
    'GET /api/sessions/skd-1': { body: examSession() },
    'GET /api/sessions/skd-1/refusals': { body: { refusals: [] } },
    ...routes,
  });

/** The element that has the keyboard, through the shadow roots (document.activeElement stops at the app). */
function focused(): string | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el?.getAttribute('name') ?? el?.tagName.toLowerCase() ?? null;
}

/** What a USB barcode scanner does: types the characters fast, then Enter. */
async function scan(text: string) {
  await expect.poll(focused).toBe('scan');
  await userEvent.keyboard(`${text}{Enter}`);
}

describe('check-in desk', () => {
  it('scans the card, shows who it is, registers on the NIK and shows the PIN slip', async () => {
    mounted = await desk({
      'GET /api/sessions/skd-1/lookup': { body: { participant: blind } },
      'POST /api/sessions/skd-1/checkins': { status: 201, body: checkinResponse(blind, 'K7QM3X') },
    });
    await expect.poll(focused).toBe('scan');
    await scan('24300110120000003');
    await expect.element(page.getByText('Rina "Ina" Marlina')).toBeVisible();
    await expect.element(page.getByRole('note')).toHaveTextContent('Peserta tunanetra');
    expect(mounted.hub.calls.find((c) => c.path.startsWith('/api/sessions/skd-1/lookup'))?.path).toBe(
      '/api/sessions/skd-1/lookup?scan=24300110120000003',
    );
    await expect.poll(focused).toBe('nik');
    await userEvent.keyboard('6310014107950003{Enter}');
    await expect.element(page.getByText('K7QM3X')).toBeVisible();
    await expect.element(page.getByRole('alert')).toHaveTextContent('Rina "Ina" Marlina terdaftar');
    const post = mounted.hub.calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ participantNumber: '24300110120000003', nik: '6310014107950003' });
    // Ready for the next card at once.
    await expect.poll(focused).toBe('scan');
    await expect.element(page.getByRole('table').filter({ hasText: '06.31' })).toBeVisible();
    await snap('desk-registered-laptop-id');
  });

  it('refuses a NIK that does not match in red, with the participant still shown', async () => {
    mounted = await desk({
      'GET /api/sessions/skd-1/lookup': { body: { participant: participant() } },
      'POST /api/sessions/skd-1/checkins': refusal('nik-mismatch', 'NIK pada KTP tidak sama dengan NIK peserta di daftar.'),
    });
    await scan('24300110120000001');
    await expect.poll(focused).toBe('nik');
    await userEvent.keyboard('6310015503920099{Enter}');
    const alert = page.getByRole('alert');
    await expect.element(alert).toHaveTextContent('DITOLAK');
    await expect.element(alert).toHaveTextContent('NIK pada KTP tidak sama');
    expect(alert.element().getAttribute('data-outcome')).toBe('refused');
    await expect.element(page.getByText('Siti Aisyah, S.Pd')).toBeVisible();
    expect(document.querySelector('siap-app')!.shadowRoot!.innerHTML).not.toContain('data-slip');
    await snap('desk-refused-laptop-id');
  });

  it('records a number that is not on the roster as a refusal at the hub', async () => {
    mounted = await desk({
      'GET /api/sessions/skd-1/lookup': refusal('participant-not-found', 'Peserta 999 tidak ada.', 404),
      'POST /api/sessions/skd-1/checkins': refusal('not-on-roster', 'Nomor peserta 999 tidak ada di daftar sesi SKD Sesi 1.', 404),
    });
    await scan('999');
    await expect.element(page.getByRole('alert')).toHaveTextContent('tidak ada di daftar sesi SKD Sesi 1');
    const post = mounted.hub.calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({ participantNumber: '999' });
  });

  it('issues nothing new on a second check-in and re-issues a lost slip with a reason', async () => {
    const present = checkinResponse().participant;
    mounted = await desk({
      'GET /api/sessions/skd-1/lookup': { body: { participant: present } },
      'POST /api/sessions/skd-1/participants/24300110120000001/pin/reissue': {
        status: 201,
        body: checkinResponse(participant(), 'PW4TNA'),
      },
    });
    await scan('24300110120000001');
    await expect.element(page.getByRole('alert')).toHaveTextContent('Sudah registrasi pukul 06.31 oleh admin');
    await page.getByRole('button', { name: 'Terbitkan ulang PIN' }).click();
    await expect.element(page.getByText('Tulis alasannya (minimal 3 huruf).')).toBeVisible();
    await page.getByLabelText('Alasan terbit ulang (mis. slip hilang)').fill('slip hilang di ruang tunggu');
    await page.getByRole('button', { name: 'Terbitkan ulang PIN' }).click();
    await expect.element(page.getByText('PW4TNA')).toBeVisible();
    const post = mounted.hub.calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ reason: 'slip hilang di ruang tunggu' });
  });

  it('after the window closes: says so, refuses, and registers with a supervisor override and reason', async () => {
    mounted = await desk({
      'GET /api/sessions/skd-1/lookup': { body: { participant: participant() } },
      'POST /api/sessions/skd-1/checkins': ({ body }) =>
        (body as { override?: unknown }).override
          ? { status: 201, body: checkinResponse() }
          : refusal('window-closed', 'Penerbitan PIN sesi SKD Sesi 1 sudah ditutup pukul 07.55 WITA.', 409),
    });
    mounted.hub.set('GET /api/sessions/skd-1', { body: examSession({ pinWindowOpen: false }) });
    mounted.pushLive({ topics: ['sessions'], sessions: ['skd-1'] });
    await expect.element(page.getByRole('status')).toHaveTextContent('Penerbitan PIN sudah ditutup 07.55 WITA');
    await scan('24300110120000001');
    await userEvent.keyboard('6310015503920001{Enter}');
    await expect.element(page.getByRole('alert')).toHaveTextContent('sudah ditutup pukul 07.55 WITA');
    await page.getByLabelText('Alasan override').fill('bus peserta terlambat, disetujui ketua panselda');
    await page.getByRole('button', { name: 'Registrasi dengan override' }).click();
    await expect.element(page.getByText('K7QM3X')).toBeVisible();
    const posts = mounted.hub.calls.filter((c) => c.method === 'POST');
    expect(posts.at(-1)?.body).toEqual({
      participantNumber: '24300110120000001',
      nik: '6310015503920001',
      override: { reason: 'bus peserta terlambat, disetujui ketua panselda' },
    });
  });

  it('keeps its live counts for this session only, and speaks English', async () => {
    mounted = await desk({});
    await expect.element(page.getByText('Terdaftar 430')).toBeVisible();
    mounted.hub.set('GET /api/sessions/skd-1', {
      body: examSession({ counts: { registered: 430, present: 13, absent: 417, refused: 1 } }),
    });
    mounted.pushLive({ topics: ['attendance'], sessions: ['other'] });
    await new Promise((r) => setTimeout(r, 100));
    await expect.element(page.getByText('Hadir 12')).toBeVisible();
    mounted.pushLive({ topics: ['attendance'], sessions: ['skd-1'] });
    await expect.element(page.getByText('Hadir 13')).toBeVisible();
    await page.getByRole('button', { name: 'EN' }).click();
    await expect.element(page.getByLabelText('Participant number (scan the participant card)')).toBeVisible();
    await expect.element(page.getByText('Present 13')).toBeVisible();
  });
});
