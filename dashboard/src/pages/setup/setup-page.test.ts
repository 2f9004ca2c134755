import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { venueState } from '../../testing/fixtures.js';
import { mountApp } from '../../testing/mount.js';
import { snap, useViewport } from '../../testing/snap.js';
import type { Enrollment } from '../../data/contract.js';

let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
afterEach(() => {
  mounted?.unmount();
  window.confirm = originalConfirm;
});
const originalConfirm = window.confirm;
/** Answers the browser's confirm() dialogs. */
const answer = (yes: boolean) => (window.confirm = () => yes);

const args = 'install --hub http://10.10.0.2:8080 --code KODE --room RUANG --seat KURSI';
const enrollment = {
  hubUrl: 'http://10.10.0.2:8080',
  addresses: ['0.0.0.0', '10.10.0.2'],
  downloads: [
    { file: 'siapcat-agent-win-x64.exe', os: 'windows', bytes: 88_000_000, url: '/api/agent-bin/siapcat-agent-win-x64.exe' },
    { file: 'siapcat-agent-linux-x64', os: 'linux', bytes: null, url: '/api/agent-bin/siapcat-agent-linux-x64' },
  ],
  codes: [],
  commands: {
    cmd: `.\\siapcat-agent-win-x64.exe ${args}`,
    powershell: `.\\siapcat-agent-win-x64.exe ${args}`,
    linux: `chmod +x siapcat-agent-linux-x64 && sudo ./siapcat-agent-linux-x64 ${args}`,
  },
  simulatorToken: 'enroll-7Hq2xK',
  caFingerprint: null,
  warning: null,
} satisfies Enrollment;

const routes = () => ({
  'GET /api/venue': {
    body: venueState([
      { id: 'R1', name: 'Ruang 1', kind: 'ruang-tes', rows: 6, cols: 6 },
      { id: 'SRV', name: 'Ruang server', kind: 'ruang-server', rows: 0, cols: 0 },
    ]),
  },
  'GET /api/enrollment': { body: enrollment },
  'PUT /api/venue': { status: 204 },
  'POST /api/rooms': { status: 201, body: {} },
  'PUT /api/rooms/R1/seats': { status: 204 },
  'POST /api/servers': { status: 201, body: {} },
  'POST /api/enrollment/rotate': { body: { ...enrollment, simulatorToken: 'enroll-NEW' } },
  'GET /api/machines': { body: { machines: [] } },
  'GET /api/users': { body: { users } },
});

const users = [
  { username: 'admin', role: 'admin', createdAt: '2026-11-20T01:00:00.000Z', sessions: 1 },
  { username: 'meja1', role: 'operator', createdAt: '2026-11-21T01:00:00.000Z', sessions: 0 },
];

describe('venue setup', () => {
  it('shows the venue, rooms, servers, and the exact command for each exam PC', async () => {
    mounted = await mountApp('/pengaturan', routes());
    await expect.element(page.getByLabelText('Nama', { exact: true }).first()).toHaveValue('Gedung Serbaguna Batulicin');
    await expect.element(page.getByText(enrollment.commands.linux, { exact: true })).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'siapcat-agent-win-x64.exe' })).toBeVisible();
    await snap('setup-laptop-id');
  });

  it('saves the venue and adds a room with the values typed', async () => {
    mounted = await mountApp('/pengaturan', routes());
    const venueForm = page.getByRole('button', { name: 'Simpan' }).first();
    await page.getByLabelText('Zona waktu').selectOptions('Asia/Jakarta');
    // The town the berita acara is signed in ("Batulicin, 4 Desember 2026").
    await expect.element(page.getByLabelText('Kota penandatanganan')).toHaveValue('Batulicin');
    await page.getByLabelText('Kota penandatanganan').fill('  Pagatan ');
    await venueForm.click();
    await expect.element(page.getByText('Tersimpan.').first()).toBeVisible();
    expect(mounted.hub.calls.find((c) => c.method === 'PUT' && c.path === '/api/venue')?.body).toEqual({
      name: 'Gedung Serbaguna Batulicin',
      address: 'Jl. Dharma Praja, Batulicin',
      city: 'Pagatan',
      timeZone: 'Asia/Jakarta',
    });

    const add = page.getByRole('form', { name: 'Tambah ruang' });
    await add.getByLabelText('Kode').fill('R2');
    await add.getByLabelText('Nama').fill('Ruang 2');
    await add.getByLabelText('Baris').fill('5');
    await add.getByLabelText('Kolom').fill('8');
    await add.getByRole('button', { name: 'Tambah' }).click();
    await expect
      .poll(() => mounted!.hub.calls.find((c) => c.method === 'POST' && c.path === '/api/rooms')?.body)
      .toEqual({
        id: 'R2',
        name: 'Ruang 2',
        kind: 'ruang-tes',
        rows: 5,
        cols: 8,
      });
  });

  it('makes a room full of seats numbered row by row, after asking to replace the old ones', async () => {
    mounted = await mountApp('/pengaturan', routes());
    answer(true);
    await page.getByRole('button', { name: 'Buat kursi (36)' }).click();
    await expect.poll(() => mounted!.hub.calls.find((c) => c.path === '/api/rooms/R1/seats')).toBeTruthy();
    const seats = (mounted.hub.calls.find((c) => c.path === '/api/rooms/R1/seats')!.body as { seats: unknown[] }).seats;
    expect(seats).toHaveLength(36);
    expect(seats[7]).toEqual({ roomId: 'R1', number: 8, row: 1, col: 1, serverId: null });
  });

  it('removes one seat (a pillar) and saves the rest with their printed numbers', async () => {
    mounted = await mountApp('/pengaturan', { ...routes(), 'PUT /api/rooms/R1/seats': { status: 200, body: {} } });
    await page.getByRole('button', { name: 'Atur kursi' }).click();
    await page.getByRole('button', { name: 'Kursi 8 (baris 2, kolom 2): klik untuk menghapus' }).click();
    await expect.element(page.getByRole('button', { name: 'Tanpa kursi (baris 2, kolom 2): klik untuk menambah' })).toBeVisible();
    await snap('setup-seats-laptop-id');
    await page.getByRole('button', { name: 'Simpan kursi (35)' }).click();
    await expect.poll(() => mounted!.hub.calls.find((c) => c.path === '/api/rooms/R1/seats')).toBeTruthy();
    const seats = (mounted.hub.calls.find((c) => c.path === '/api/rooms/R1/seats')!.body as { seats: Array<{ number: number }> }).seats;
    expect(seats).toHaveLength(35);
    expect(seats.map((s) => s.number)).not.toContain(8);
    expect(seats.map((s) => s.number)).toContain(36);
  });

  it('refuses seats that would put a server past its limit, naming the clause', async () => {
    const state = venueState([{ id: 'R1', name: 'Aula', kind: 'ruang-tes', rows: 15, cols: 15 }]);
    mounted = await mountApp('/pengaturan', { ...routes(), 'GET /api/venue': { body: { ...state, seats: [] } } });
    await page.getByLabelText('Server untuk kursi ini').selectOptions('S1');
    await page.getByRole('button', { name: 'Buat kursi (225)' }).click();
    await expect
      .element(page.getByText(/Server S1 akan melayani 225 kursi, lebih dari batasnya 200 \(Lampiran C\.4\.b\.1\.c\)/))
      .toBeVisible();
    expect(mounted.hub.calls.some((c) => c.path.endsWith('/seats'))).toBe(false);
  });

  it('imports a plan file and says what it added and updated', async () => {
    mounted = await mountApp('/pengaturan', {
      ...routes(),
      'POST /api/venue/plan': {
        body: {
          venue: 'updated',
          rooms: { created: ['R2', 'R3'], updated: ['R1'], unchanged: 0 },
          servers: { created: [], updated: [], unchanged: 2 },
          seats: { created: 72, updated: 0, unchanged: 36 },
        },
      },
    });
    answer(true);
    const plan = {
      venue: { name: 'GOR Batulicin', timeZone: 'Asia/Makassar' },
      rooms: [{ id: 'R2', name: 'Ruang 2', kind: 'ruang-tes', rows: 6, cols: 6 }],
    };
    await page.getByLabelText('Berkas denah (.json)').upload(new File([JSON.stringify(plan)], 'denah.json', { type: 'application/json' }));
    await page.getByRole('button', { name: 'Impor' }).click();
    await expect
      .element(page.getByText('Denah diimpor: ruang 2 baru, 1 diperbarui; server 0 baru, 0 diperbarui; kursi 72 baru, 0 diperbarui.'))
      .toBeVisible();
    expect(mounted.hub.calls.find((c) => c.path === '/api/venue/plan')?.body).toEqual(plan);
  });

  it('explains a plan file that is not JSON, and rotates the token only when confirmed', async () => {
    mounted = await mountApp('/pengaturan', routes());
    const input = page.getByLabelText('Berkas denah (.json)');
    await input.upload(new File(['{ bukan json'], 'denah.json', { type: 'application/json' }));
    await page.getByRole('button', { name: 'Impor' }).click();
    await expect.element(page.getByText(/Berkas denah\.json bukan JSON yang sah/)).toBeVisible();

    await page.getByText('Token lokasi untuk simulator dan uji beban').click();
    answer(false);
    await page.getByRole('button', { name: 'Ganti token simulator' }).click();
    expect(mounted.hub.calls.some((c) => c.path === '/api/enrollment/rotate')).toBe(false);
    answer(true);
    await page.getByRole('button', { name: 'Ganti token simulator' }).click();
    await expect.element(page.getByText('enroll-NEW', { exact: true })).toBeVisible();
  });

  it('on a TV in English', async () => {
    await useViewport('tv');
    mounted = await mountApp('/pengaturan', routes(), { lang: 'en' });
    await expect.element(page.getByText('Enrolling exam PCs')).toBeVisible();
    await snap('setup-tv-en');
    await useViewport('laptop');
  });

  it('adds a user per desk, changes a role and a password, and shows a refusal', async () => {
    answer(true);
    mounted = await mountApp('/pengaturan', {
      ...routes(),
      'POST /api/users': { status: 201, body: { username: 'meja2', role: 'operator', createdAt: '2026-11-22T01:00:00.000Z', sessions: 0 } },
      'PATCH /api/users/meja1': ({ body }) => ({ body: { ...users[1], ...(body as object) } }),
      'DELETE /api/users/admin': {
        status: 409,
        body: {
          error: {
            code: 'delete-self',
            message: 'Anda tidak dapat menghapus akun yang sedang Anda pakai.',
            en: 'You cannot delete the account you are using.',
          },
        },
      },
    });
    const meja1 = page.getByRole('row').filter({ hasText: 'meja1' });
    await expect.element(meja1).toBeVisible();
    await page.getByLabelText('Nama pengguna').fill('meja2');
    await page.getByLabelText('Kata sandi (min. 8)').fill('meja-dua-2026');
    await page.getByRole('button', { name: 'Tambah pengguna' }).click();
    await expect.element(page.getByText('Pengguna meja2 dibuat.')).toBeVisible();
    expect(mounted.hub.calls.find((c) => c.method === 'POST' && c.path === '/api/users')?.body).toEqual({
      username: 'meja2',
      password: 'meja-dua-2026',
      role: 'operator',
    });
    await page.getByLabelText('Peran: meja1').selectOptions('supervisor');
    await expect.element(page.getByText('Pengguna meja1 disimpan; login lamanya berakhir.')).toBeVisible();
    const password = page.getByLabelText('Kata sandi baru: meja1');
    await password.fill('kata-sandi-baru');
    await password.element().dispatchEvent(new Event('change'));
    await expect
      .poll(() => mounted!.hub.calls.filter((c) => c.method === 'PATCH').map((c) => c.body))
      .toEqual([{ role: 'supervisor' }, { password: 'kata-sandi-baru' }]);
    await page
      .getByRole('row')
      .filter({ hasText: /^\s*admin/ })
      .getByRole('button', { name: 'Hapus' })
      .click();
    await expect.element(page.getByText('Anda tidak dapat menghapus akun yang sedang Anda pakai.')).toBeVisible();
  });
});
