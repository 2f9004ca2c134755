import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { examSession, incident, SESSION_ID } from '../../testing/exam-report-fixtures.js';
import { mountApp } from '../../testing/mount.js';
import { snap } from '../../testing/snap.js';

let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
afterEach(() => mounted?.unmount());

const BASE = `/api/sessions/${SESSION_ID}`;
const PATH = `/sesi/${SESSION_ID}/kejadian`;

const early = incident({
  id: 1,
  at: '2026-11-23T00:20:00.000Z',
  time: '08:20',
  room: '',
  kind: 'peserta',
  kindLabel: { id: 'Peserta', en: 'Participant' },
  description: 'Peserta R1 kursi 3 sakit',
  minutesLost: 0,
  timeAdded: false,
  addedMinutes: 0,
});
const later = incident({ id: 2, minutesLost: 6, addedMinutes: 5 });

const listCalls = () => mounted!.hub.calls.filter((c) => c.method === 'GET' && c.path === `${BASE}/incidents`).length;

describe('incidents page', () => {
  it('lists the incidents newest first with totals, and records one with the time on the session day in WITA', async () => {
    const incidents = [early, later];
    mounted = await mountApp(PATH, {
      [`GET ${BASE}`]: { body: examSession() },
      [`GET ${BASE}/incidents`]: () => ({ body: { incidents } }),
      [`POST ${BASE}/incidents`]: ({ body }) => {
        const created = incident({
          id: 3,
          ...(body as object),
          at: '2026-11-23T00:47:00.000Z',
          time: '08:47',
          kind: 'jaringan',
          kindLabel: { id: 'Jaringan', en: 'Network' },
        });
        incidents.push(created);
        return { status: 201, body: created };
      },
    });
    await expect.element(page.getByText('2 kejadian · 6 menit hilang · 1 dengan waktu ditambah')).toBeVisible();
    const rows = page.getByRole('row');
    await expect.element(rows.nth(1)).toHaveTextContent(/08.40 WITA.*R2.*Listrik/);
    await expect.element(rows.nth(2)).toHaveTextContent(/08.20 WITA.*Seluruh lokasi.*Peserta/);
    await expect.element(rows.nth(1)).toHaveTextContent(/ya, \+5 menit/);

    await page.getByLabelText('Waktu (WITA)').fill('08.47');
    await page.getByLabelText('Ruang', { exact: true }).selectOptions('R1');
    await page.getByLabelText('Jenis', { exact: true }).selectOptions('Jaringan');
    await page.getByLabelText('Uraian').fill('Switch ruang R1 mati, 12 PC terputus');
    await page.getByLabelText('Menit hilang').fill('12');
    await page.getByLabelText('Waktu ditambah').click();
    await page.getByLabelText('Menit ditambahkan').fill('10');
    await snap('incidents-form-id');
    await page.getByRole('button', { name: 'Catat kejadian' }).click();

    await expect.element(page.getByText('Kejadian tercatat.')).toBeVisible();
    const post = mounted.hub.calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({
      at: '2026-11-23T08:47:00+08:00',
      room: 'R1',
      kind: 'jaringan',
      description: 'Switch ruang R1 mati, 12 PC terputus',
      minutesLost: 12,
      timeAdded: true,
      addedMinutes: 10,
    });
    await expect.element(rows.nth(1)).toHaveTextContent(/08.47 WITA.*R1.*Jaringan.*Switch ruang R1 mati/);
    await expect.element(page.getByText('3 kejadian · 18 menit hilang · 2 dengan waktu ditambah')).toBeVisible();
    // The form is ready for the next one.
    await expect.element(page.getByLabelText('Uraian')).toHaveValue('');
    await snap('incidents-laptop-id');
  });

  it("shows the hub's refusal, and asks for the minutes added before sending", async () => {
    mounted = await mountApp(PATH, {
      [`GET ${BASE}`]: { body: examSession() },
      [`GET ${BASE}/incidents`]: { body: { incidents: [] } },
      [`POST ${BASE}/incidents`]: {
        status: 400,
        body: {
          error: {
            code: 'invalid',
            message: 'Data kejadian tidak valid: description: Terlalu pendek',
            en: 'Incident is not valid: description: Too small',
          },
        },
      },
    });
    await expect.element(page.getByText('Belum ada kejadian tercatat untuk sesi ini.')).toBeVisible();
    await page.getByLabelText('Waktu (WITA)').fill('08:40');
    await page.getByLabelText('Waktu ditambah').click();
    await page.getByRole('button', { name: 'Catat kejadian' }).click();
    await expect.element(page.getByText(/isi berapa menit yang ditambahkan/)).toBeVisible();
    expect(mounted.hub.calls.some((c) => c.method === 'POST')).toBe(false);

    await page.getByLabelText('Waktu ditambah').click();
    await page.getByLabelText('Uraian').fill('ab');
    await page.getByRole('button', { name: 'Catat kejadian' }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('Data kejadian tidak valid: description: Terlalu pendek');
    expect(mounted.hub.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('refuses a time it cannot read without calling the hub', async () => {
    mounted = await mountApp(PATH, {
      [`GET ${BASE}`]: { body: examSession() },
      [`GET ${BASE}/incidents`]: { body: { incidents: [] } },
    });
    await page.getByLabelText('Waktu (WITA)').fill('25:10');
    await page.getByLabelText('Uraian').fill('Server lambat');
    await page.getByRole('button', { name: 'Catat kejadian' }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent(/Itu bukan jam/);
    expect(mounted.hub.calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it("re-fetches when the live channel says this session's incidents changed, not another session's", async () => {
    const incidents = [early];
    mounted = await mountApp(PATH, {
      [`GET ${BASE}`]: { body: examSession() },
      [`GET ${BASE}/incidents`]: () => ({ body: { incidents: [...incidents] } }),
    });
    await expect.element(page.getByText('1 kejadian · 0 menit hilang · 0 dengan waktu ditambah')).toBeVisible();
    expect(listCalls()).toBe(1);

    incidents.push(later);
    mounted.pushLive({ topics: ['incidents'], sessions: ['skb-20261123-2'] });
    mounted.pushLive({ topics: ['machines'], sessions: [SESSION_ID] });
    await new Promise((r) => setTimeout(r, 100));
    expect(listCalls()).toBe(1);
    await expect.element(page.getByText('1 kejadian · 0 menit hilang · 0 dengan waktu ditambah')).toBeVisible();

    mounted.pushLive({ topics: ['incidents'], sessions: [SESSION_ID] });
    await expect.element(page.getByText('2 kejadian · 6 menit hilang · 1 dengan waktu ditambah')).toBeVisible();
    expect(listCalls()).toBe(2);
  });

  it('edits an incident (only what changed; the time stays its own) and deletes one after confirming', async () => {
    mounted = await mountApp(PATH, {
      [`GET ${BASE}`]: { body: examSession() },
      [`GET ${BASE}/incidents`]: { body: { incidents: [early, later] } },
      [`PATCH ${BASE}/incidents/2`]: ({ body }) => ({ body: { ...later, ...(body as object) } }),
      [`DELETE ${BASE}/incidents/1`]: { status: 204 },
    });
    const row2 = page.getByRole('row').filter({ hasText: 'Listrik PLN padam' });
    await row2.getByRole('button', { name: 'Ubah' }).click();
    await expect.element(page.getByRole('heading', { name: 'Ubah kejadian pukul 08:40' })).toBeVisible();
    await expect.element(page.getByLabelText('Menit ditambahkan')).toHaveValue(5);
    await page.getByLabelText('Menit hilang').fill('9');
    await page.getByRole('button', { name: 'Simpan perubahan' }).click();
    await expect.element(page.getByText('Perubahan kejadian tersimpan.')).toBeVisible();
    const patch = mounted.hub.calls.find((c) => c.method === 'PATCH');
    expect(patch?.path).toBe(`${BASE}/incidents/2`);
    expect(patch?.body).toEqual({
      room: 'R2',
      kind: 'listrik',
      description: 'Listrik PLN padam, UPS menahan sampai genset menyala',
      minutesLost: 9,
      timeAdded: true,
      addedMinutes: 5,
    });
    await expect.element(page.getByRole('heading', { name: 'Catat kejadian' })).toBeVisible();

    const row1 = page.getByRole('row').filter({ hasText: 'Peserta R1 kursi 3 sakit' });
    await row1.getByRole('button', { name: 'Hapus' }).click();
    expect(mounted.hub.calls.some((c) => c.method === 'DELETE')).toBe(false);
    await row1.getByRole('button', { name: 'Batal' }).click();
    await row1.getByRole('button', { name: 'Hapus' }).click();
    await row1.getByRole('button', { name: 'Ya, hapus' }).click();
    await expect.element(page.getByText('Kejadian dihapus.')).toBeVisible();
    expect(mounted.hub.calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual([`${BASE}/incidents/1`]);
  });

  it('speaks English when switched', async () => {
    mounted = await mountApp(PATH, {
      [`GET ${BASE}`]: { body: examSession() },
      [`GET ${BASE}/incidents`]: { body: { incidents: [early, later] } },
    });
    await expect.element(page.getByRole('heading', { name: 'Kejadian selama ujian' })).toBeVisible();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.element(page.getByRole('heading', { name: 'Incidents during the exam' })).toBeVisible();
    await expect.element(page.getByText('2 incidents · 6 minutes lost · 1 with time added')).toBeVisible();
    await expect.element(page.getByRole('row').filter({ hasText: 'Whole venue' })).toHaveTextContent(/Participant/);
    await expect.element(page.getByRole('button', { name: 'Record incident' })).toBeVisible();
    await snap('incidents-laptop-en');
  });
});
