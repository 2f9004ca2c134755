import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { machineRow, seatGrid, venueState } from '../../testing/fixtures.js';
import { mountApp } from '../../testing/mount.js';
import { snap } from '../../testing/snap.js';
import type { Enrollment } from '../../data/contract.js';

let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
afterEach(() => mounted?.unmount());

const hubUrl = 'http://10.10.0.2:8080';
const commands = (code: string, room = 'RUANG') => {
  const args = `install --hub ${hubUrl} --code ${code} --room ${room} --seat KURSI`;
  return {
    cmd: `.\\siapcat-agent-win-x64.exe ${args}`,
    powershell: `.\\siapcat-agent-win-x64.exe ${args}`,
    linux: `chmod +x siapcat-agent-linux-x64 && sudo ./siapcat-agent-linux-x64 ${args}`,
  };
};
const code = {
  id: 'K-7QMZ',
  label: 'Ruang 1 pagi',
  role: 'client',
  roomId: 'R1',
  machineId: null,
  maxUses: 12,
  uses: 3,
  expiresAt: '2026-12-03T09:00:00.000Z',
  createdBy: 'admin',
  createdAt: '2026-12-03T01:00:00.000Z',
  revokedAt: null,
  state: 'active',
} satisfies Enrollment['codes'][number];
const enrollment = {
  hubUrl,
  addresses: ['0.0.0.0', '10.10.0.2'],
  downloads: [
    { file: 'siapcat-agent-win-x64.exe', os: 'windows', bytes: 88_000_000, url: '/api/agent-bin/siapcat-agent-win-x64.exe' },
    { file: 'siapcat-agent-linux-x64', os: 'linux', bytes: 125_000_000, url: '/api/agent-bin/siapcat-agent-linux-x64' },
  ],
  codes: [code],
  commands: commands('KODE'),
  simulatorToken: 'enroll-7Hq2xK',
  caFingerprint: null,
  warning: null,
} satisfies Enrollment;
const venue = { ...venueState([{ id: 'R1', name: 'Ruang 1', kind: 'ruang-tes', rows: 3, cols: 4 }]), seats: seatGrid('R1', 3, 4) };

const routes = () => ({
  'GET /api/venue': { body: venue },
  'GET /api/users': { body: { users: [] } },
  'GET /api/enrollment': { body: enrollment },
  'GET /api/machines': {
    body: {
      machines: [
        machineRow({
          id: 'PC-013',
          roomId: null,
          seat: null,
          serverId: null,
          verdict: null,
          checks: [],
          refusal: { code: 'awaiting-approval', message: 'menunggu', en: 'waiting' },
        }),
        machineRow({ id: 'PC-001', seat: 1 }),
      ],
    },
  },
  'POST /api/enrollment/codes': {
    status: 201,
    body: { code: 'K7QMZ-9MZP2-XWDHN', entry: { ...code, id: 'K-K7QM', uses: 0 }, commands: commands('K7QMZ-9MZP2-XWDHN', 'R1') },
  },
  'DELETE /api/enrollment/codes/K-7QMZ': { status: 204 },
  'POST /api/machines/PC-013/approve': { body: {} },
  'GET /api/agent-bin/siapcat-agent-win-x64.exe': {
    body: new Blob(['MZ-not-really-a-program'], { type: 'application/octet-stream' }),
    headers: { 'content-disposition': 'attachment; filename="siapcat-agent-win-x64.exe"' },
  },
});

describe('Pendaftaran PC ujian', () => {
  it('makes a batch code for a room and shows it once with the exact commands for CMD, PowerShell and Linux', async () => {
    mounted = await mountApp('/pengaturan', routes());
    await expect.element(page.getByText(enrollment.commands.cmd, { exact: true }).first()).toBeVisible();
    const form = page.getByRole('form', { name: '2. Buat kode pendaftaran' });
    await form.getByRole('combobox', { name: /^Ruang/ }).selectOptions('R1');
    await form.getByLabelText('Jumlah PC').fill('12');
    await form.getByLabelText('Keterangan').fill('Ruang 1 pagi');
    await form.getByRole('button', { name: 'Buat kode' }).click();
    await expect.element(page.getByText('K7QMZ-9MZP2-XWDHN', { exact: true })).toBeVisible();
    expect(mounted.hub.calls.find((c) => c.method === 'POST' && c.path === '/api/enrollment/codes')?.body).toEqual({
      kind: 'batch',
      label: 'Ruang 1 pagi',
      hours: 8,
      roomId: 'R1',
      uses: 12,
    });
    const made = commands('K7QMZ-9MZP2-XWDHN', 'R1');
    for (const line of [made.cmd, made.linux]) await expect.element(page.getByText(line, { exact: true }).first()).toBeVisible();
    await expect.element(page.getByText(/hanya ditampilkan sekarang/)).toBeVisible();
    await snap('enrollment-code-made-id');
  });

  it('lists codes with their use and expiry, revokes on confirmation, and approves a PC beyond the plan', async () => {
    mounted = await mountApp('/pengaturan', routes());
    const row = page.getByRole('row').filter({ hasText: 'K-7QMZ' });
    await expect.element(row).toHaveTextContent(/3\/12/);
    await expect.element(row).toHaveTextContent(/03\/12\/2026 17\.00/);
    window.confirm = () => true;
    await row.getByRole('button', { name: 'Cabut' }).click();
    await expect.poll(() => mounted!.hub.calls.some((c) => c.method === 'DELETE' && c.path === '/api/enrollment/codes/K-7QMZ')).toBe(true);
    await expect.element(page.getByText('Menunggu persetujuan (1)')).toBeVisible();
    await page.getByRole('listitem').filter({ hasText: 'PC-013' }).getByRole('button', { name: 'Setujui' }).click();
    await expect.element(page.getByText('PC PC-013 disetujui dan ditempatkan.')).toBeVisible();
  });

  it('downloads the agent from the hub itself with the login, and warns when PCs cannot reach the hub', async () => {
    const r: Record<string, unknown> = routes();
    r['GET /api/enrollment'] = {
      body: {
        ...enrollment,
        hubUrl: 'http://127.0.0.1:8080',
        warning: { id: 'Hub hanya mendengarkan di 127.0.0.1, jadi PC ujian tidak bisa menjangkaunya.', en: 'x' },
      },
    };
    mounted = await mountApp('/pengaturan', r as ReturnType<typeof routes>);
    await expect.element(page.getByText(/PC ujian tidak bisa menjangkaunya/)).toBeVisible();
    await page.getByRole('button', { name: 'siapcat-agent-win-x64.exe' }).click();
    await expect
      .poll(() => mounted!.hub.calls.find((c) => c.path === '/api/agent-bin/siapcat-agent-win-x64.exe')?.authorization)
      .toMatch(/^Bearer /);
  });
});
