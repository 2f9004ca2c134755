import { afterEach, describe, expect, it } from 'vitest';
import { rawAgent } from '../helpers/agents.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';

const TOKEN = 'token-lokasi-uji-2026';
let hub: TestHub | undefined;
const sockets: Array<{ ws: { terminate(): void } }> = [];

afterEach(async () => {
  for (const s of sockets.splice(0)) s.ws.terminate();
  await hub?.stop();
  hub = undefined;
});

const pc = (i: number) => `PC-${String(i).padStart(3, '0')}`;

/** A hub with a 215-seat hall (15 x 15 grid, the last 10 cells empty), servers S1 and S2, and `pcs` enrolled clients without a place. */
async function hall(pcs: number) {
  hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
  const token = await hub.login();
  const api = (path: string, method: string, body?: unknown, headers?: Record<string, string>) =>
    hub!.api(path, { token, method, ...(body === undefined ? {} : { body }), ...(headers ? { headers } : {}) });
  expect((await api('/api/servers', 'POST', { id: 'S1', kind: 'server' })).status).toBe(201);
  expect((await api('/api/servers', 'POST', { id: 'S2', kind: 'mobile-server' })).status).toBe(201);
  expect((await api('/api/rooms', 'POST', { id: 'AULA', name: 'Aula Utama', kind: 'ruang-tes', rows: 15, cols: 15 })).status).toBe(201);
  expect((await api('/api/rooms', 'POST', { id: 'R2', name: 'Lab 2', kind: 'ruang-tes', rows: 2, cols: 5 })).status).toBe(201);
  const seats = Array.from({ length: 215 }, (_, i) => ({
    roomId: 'AULA',
    number: i + 1,
    row: Math.floor(i / 15),
    col: i % 15,
    serverId: null,
  }));
  expect((await api('/api/rooms/AULA/seats', 'PUT', seats)).status).toBe(200);
  const r2 = Array.from({ length: 10 }, (_, i) => ({ roomId: 'R2', number: i + 1, row: Math.floor(i / 5), col: i % 5, serverId: 'S2' }));
  expect((await api('/api/rooms/R2/seats', 'PUT', r2)).status).toBe(200);
  const agents = await Promise.all(Array.from({ length: pcs }, () => rawAgent(hub!.url)));
  sockets.push(...agents);
  agents.forEach((s, i) => s.sendJson({ type: 'hello', v: 1, id: pc(i + 1), role: 'client', token: TOKEN, agent: { version: 'test' } }));
  await Promise.all(agents.map((s) => s.next('welcome')));
  const csv = (text: string) => ({ body: text, headers: { 'content-type': 'text/csv' } });
  const upload = (path: string, text: string) => api(path, 'POST', csv(text).body, csv(text).headers);
  return { api, upload, agents };
}

const placementOf = (h: TestHub, id: string) =>
  h.ctx.db.prepare('SELECT server_id AS serverId, room_id AS roomId, seat FROM machines WHERE id = ?').get(id) as {
    serverId: string | null;
    roomId: string | null;
    seat: number | null;
  };
const hubChanges = (h: TestHub) =>
  (h.ctx.db.prepare("SELECT data FROM audit_log WHERE action = 'hub.change'").all() as Array<{ data: string }>).map(
    (r) => JSON.parse(r.data) as { path: string; permission: string },
  );

describe('seat ranges per server', () => {
  it('splits a 215-seat hall between two servers, and refuses a split that breaks the 200 rule, overlaps or leaves seats out', async () => {
    const { api } = await hall(0);
    const put = (ranges: unknown) => api('/api/rooms/AULA/seat-servers', 'PUT', { ranges });

    const oneServer = await put([{ from: 1, to: 215, serverId: 'S1' }]);
    expect(oneServer.status).toBe(400);
    expect(oneServer.body.error.code).toBe('seat-ranges-invalid');
    expect(oneServer.body.error.message).toContain('Server S1 mendapat 215 kursi, lebih dari batasnya 200 klien');
    expect(oneServer.body.error.en).toContain('Server S1 gets 215 seats, more than its limit of 200 clients');

    const bad = await put([
      { from: 1, to: 150, serverId: 'S1' },
      { from: 140, to: 200, serverId: 'S1' },
      { from: 300, to: 250, serverId: 'S9' },
    ]);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('Rentang 1–150 dan 140–200 bertumpang tindih (kursi 140–150).');
    expect(bad.body.error.message).toContain('Rentang 300–250: nomor awal lebih besar dari nomor akhir.');
    expect(bad.body.error.message).toContain('server S9 tidak ada');
    expect(bad.body.error.message).toContain('Kursi 201–215 tidak masuk rentang mana pun');
    expect(bad.body.error.en).toContain('Seats 201–215 are in no range');
    // S2 already has R2's 10 seats: 200 more would be 210.
    const s2Over = await put([
      { from: 1, to: 15, serverId: 'S1' },
      { from: 16, to: 215, serverId: 'S2' },
    ]);
    expect(s2Over.body.error.message).toContain('Server S2 mendapat 210 kursi');
    // Nothing was stored by any refusal.
    const stored = (await api('/api/venue', 'GET')).body.seats.filter((s: { roomId: string }) => s.roomId === 'AULA');
    expect(stored.every((s: { serverId: string | null }) => s.serverId === null)).toBe(true);

    const ok = await put([
      { from: 201, to: 215, serverId: 'S2' },
      { from: 1, to: 200, serverId: 'S1' },
    ]);
    expect(ok.status).toBe(200);
    const byServer = (seats: Array<{ serverId: string }>) =>
      seats.reduce<Record<string, number>>((m, s) => ((m[s.serverId] = (m[s.serverId] ?? 0) + 1), m), {});
    expect(byServer(ok.body.seats)).toEqual({ S1: 200, S2: 15 });
    expect(ok.body.seats.find((s: { number: number }) => s.number === 201).serverId).toBe('S2');
    expect(hubChanges(hub!).some((c) => c.path === '/api/rooms/AULA/seat-servers' && c.permission === 'venue.manage')).toBe(true);
    expect((await api('/api/rooms/NOPE/seat-servers', 'PUT', { ranges: [{ from: 1, to: 2, serverId: 'S1' }] })).status).toBe(404);
  });
});

describe('the PC;ruang;kursi seating file', () => {
  it('previews 215 PCs onto a split hall without storing anything, then applies through the placement rule, audited', async () => {
    const { api, upload } = await hall(215);
    await api('/api/rooms/AULA/seat-servers', 'PUT', {
      ranges: [
        { from: 1, to: 200, serverId: 'S1' },
        { from: 201, to: 215, serverId: 'S2' },
      ],
    });
    // Comma separators, a title above the header, header names as people write them, the room by its name.
    const lines = Array.from({ length: 215 }, (_, i) => `${pc(i + 1)},${i % 2 ? 'Aula Utama' : 'aula'},${i + 1}`);
    const file = ['Penempatan PC Aula,,', '', 'Kode PC,Ruangan,No. Kursi', ...lines].join('\r\n');

    const preview = await upload('/api/seating/preview', file);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ applied: false, format: 'csv', headerLine: 3, lines: 215, unchanged: 0, rejected: [] });
    expect(preview.body.columns).toEqual({ pc: 'Kode PC', room: 'Ruangan', seat: 'No. Kursi' });
    expect(preview.body.changes).toHaveLength(215);
    expect(preview.body.changes[200]).toEqual({
      line: 204,
      machineId: 'PC-201',
      from: { serverId: null, roomId: null, seat: null },
      to: { serverId: 'S2', roomId: 'AULA', seat: 201 },
    });
    expect(preview.body.servers).toEqual([
      { id: 'S1', before: 0, after: 200, limit: 200 },
      { id: 'S2', before: 0, after: 15, limit: 200 },
    ]);
    expect(placementOf(hub!, 'PC-201')).toEqual({ serverId: null, roomId: null, seat: null });
    expect(hubChanges(hub!).some((c) => c.path.startsWith('/api/seating'))).toBe(false);

    const applied = await upload('/api/seating', file);
    expect(applied.status).toBe(200);
    expect({ ...applied.body, applied: false }).toEqual(preview.body);
    expect(placementOf(hub!, 'PC-201')).toEqual({ serverId: 'S2', roomId: 'AULA', seat: 201 });
    expect(placementOf(hub!, 'PC-200')).toEqual({ serverId: 'S1', roomId: 'AULA', seat: 200 });
    expect(hubChanges(hub!).filter((c) => c.path === '/api/seating')).toEqual([
      expect.objectContaining({ permission: 'machines.import', method: 'POST' }),
    ]);
    expect(hub!.lines.some((l) => l.includes('agents.seating-imported') && l.includes('moved=215'))).toBe(true);

    // The same file again changes nothing.
    const again = await upload('/api/seating/preview', file);
    expect(again.body).toMatchObject({ unchanged: 215, changes: [], rejected: [] });
  });

  it('refuses lines by number in both languages: unknown PC and room, taken or missing seat, duplicates, bad values, a full server', async () => {
    const { api, upload } = await hall(7);
    await api('/api/servers/S2', 'PUT', { id: 'S2', kind: 'mobile-server', limit: 2 });
    await api(`/api/machines/${pc(6)}/placement`, 'PUT', { serverId: 'S1', roomId: 'R2', seat: 5 });
    const file = [
      'PC;RUANG;KURSI;SERVER',
      'PC-001;R2;1;', // line 2: fine
      'PC-099;R2;2;', // unknown PC
      'PC-002;Lab 9;3;', // unknown room
      'PC-003;R2;5;', // seat held by PC-006
      'PC-004;R2;11;', // R2 has 10 seats
      'PC-001;R2;4;', // PC twice
      'PC-005;R2;1;', // seat 1 twice
      'PC/../x;R2;6;', // bad PC code
      'PC-002;R2;dua;', // bad seat number
      ';R2;7;', // no PC
      '',
      'PC-005;R2;8;S2', // S2 takes 2 (PC-001 is on S2 by its seat), so PC-005 fits
      'PC-007;R2;9;S2', // S2 is now full: 2/2
    ].join('\n');
    const res = await upload('/api/seating/preview', file);
    expect(res.status).toBe(200);
    const byLine = Object.fromEntries(res.body.rejected.map((r: { line: number; reason: string; en: string }) => [r.line, r]));
    expect(Object.keys(byLine).map(Number)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 14]);
    expect(byLine[3].reason).toContain('PC PC-099 belum terdaftar di hub');
    expect(byLine[3].en).toContain('PC PC-099 has not enrolled');
    expect(byLine[4].reason).toContain("Ruang 'Lab 9' tidak ada di denah lokasi");
    expect(byLine[5].reason).toContain('Kursi 5 di ruang R2 sudah dipakai PC-006');
    expect(byLine[6].reason).toContain('Kursi 11 tidak ada di ruang R2 (ruang itu punya 10 kursi)');
    expect(byLine[7]).toMatchObject({ reason: 'PC PC-001 ganda: sudah ada di baris 2.', machineId: 'PC-001' });
    expect(byLine[8].reason).toBe('Kursi 1 ruang R2 ganda: sudah diberikan di baris 2.');
    expect(byLine[9].reason).toContain("Kode PC 'PC/../x' tidak sah");
    expect(byLine[10].reason).toContain("Nomor kursi 'dua' tidak sah");
    expect(byLine[11].reason).toBe('Kolom PC kosong.');
    expect(byLine[14].reason).toContain('Server S2 penuh: 2/2 klien');
    expect(byLine[14].en).toContain('Server S2 is full: 2/2 clients');
    expect(res.body.changes.map((c: { machineId: string }) => c.machineId)).toEqual(['PC-001', 'PC-005']);
    expect(res.body.servers).toEqual([{ id: 'S2', before: 0, after: 2, limit: 2 }]);
  });

  it('re-seats PCs in any order (a row shifted by one seat), and refuses two PCs swapping seats with why', async () => {
    const { api, upload } = await hall(4);
    for (const i of [1, 2, 3, 4]) await api(`/api/machines/${pc(i)}/placement`, 'PUT', { serverId: null, roomId: 'R2', seat: i });
    // Each PC moves one seat right, listed front to back: every seat is still held when its line is read.
    const shifted = await upload('/api/seating', 'PC;RUANG;KURSI\nPC-001;R2;2\nPC-002;R2;3\nPC-003;R2;4\nPC-004;R2;5\n');
    expect(shifted.body.rejected).toEqual([]);
    expect([1, 2, 3, 4].map((i) => placementOf(hub!, pc(i)).seat)).toEqual([2, 3, 4, 5]);
    expect(shifted.body.changes.map((c: { line: number }) => c.line)).toEqual([2, 3, 4, 5]);

    const swap = await upload('/api/seating/preview', 'PC;RUANG;KURSI\nPC-001;R2;3\nPC-002;R2;2\n');
    expect(swap.body.changes).toEqual([]);
    expect(swap.body.rejected[0].reason).toContain('dua PC bertukar kursi');
    expect(swap.body.rejected[0].en).toContain('two PCs swap seats');
    expect(swap.body.rejected).toHaveLength(2);
  });

  it('refuses oversized, binary, headerless and multipart files, and the wrong roles', async () => {
    const { api, upload } = await hall(1);
    const big = 'PC;RUANG;KURSI\n' + 'PC-001;R2;1\n'.repeat(100_000);
    const tooBig = await upload('/api/seating/preview', big);
    expect(tooBig.status).toBe(413);
    const rows = 'PC;RUANG;KURSI\n' + Array.from({ length: 20_001 }, (_, i) => `P${i};R2;1`).join('\n');
    const tooMany = await upload('/api/seating/preview', rows);
    expect(tooMany.status).toBe(413);
    expect(tooMany.body.error.message).toContain('batas 20001 baris');
    const headerless = await upload('/api/seating/preview', 'PC-001;R2;1\n');
    expect(headerless.status).toBe(400);
    expect(headerless.body.error).toMatchObject({ code: 'seating-no-header' });
    expect(headerless.body.error.message).toContain('PC;RUANG;KURSI');
    const binary = await upload('/api/seating/preview', 'PC;RUANG\u0000;KURSI\n');
    expect(binary.status).toBe(400);
    const multipart = await api('/api/seating', 'POST', 'x', { 'content-type': 'multipart/form-data; boundary=x' });
    expect(multipart.status).toBe(415);

    await api('/api/users', 'POST', { username: 'meja1', password: 'sandi-meja-satu', role: 'operator' });
    const login = await hub!.api('/api/login', { body: { username: 'meja1', password: 'sandi-meja-satu' } });
    for (const path of ['/api/seating/preview', '/api/seating']) {
      const res = await hub!.api(path, {
        token: login.body.token,
        body: 'PC;RUANG;KURSI\nPC-001;R2;1\n',
        headers: { 'content-type': 'text/csv' },
      });
      expect(res.status).toBe(403);
    }
    expect(placementOf(hub!, 'PC-001')).toEqual({ serverId: null, roomId: null, seat: null });
  });
});
