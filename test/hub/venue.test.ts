import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { testAgent, until, type TestAgent } from '../helpers/agents.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';

const TOKEN = 'token-lokasi-uji-2026';
const PLAN_FILE = new URL('../fixtures/venue-plan.json', import.meta.url);
const plan = JSON.parse(readFileSync(PLAN_FILE, 'utf8'));
let hub: TestHub | undefined;
const agents: TestAgent[] = [];

afterEach(async () => {
  for (const a of agents.splice(0)) a.link.stop();
  await hub?.stop();
  hub = undefined;
});

describe('venue API', () => {
  it('imports a venue plan, says what changed, and is idempotent', async () => {
    hub = await startTestHub();
    const token = await hub.login();
    expect((await hub.api('/api/venue', { token })).body).toEqual({ venue: null, rooms: [], servers: [], seats: [] });
    const first = await hub.api('/api/venue/plan', { token, body: plan });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      venue: 'created',
      rooms: { created: ['SRV', 'R1', 'R2', 'REG', 'TUNGGU', 'LOKER', 'MON'], updated: [], unchanged: 0 },
      servers: { created: ['S1', 'MS1'], updated: [], unchanged: 0 },
      seats: { created: 72, updated: 0, unchanged: 0 },
    });
    const again = await hub.api('/api/venue/plan', { token, body: { ...plan, servers: [{ ...plan.servers[0], limit: 150 }] } });
    expect(again.body).toMatchObject({ venue: 'unchanged', servers: { updated: ['S1'], unchanged: 0 }, seats: { unchanged: 72 } });
    const state = (await hub.api('/api/venue', { token })).body;
    expect(state.venue).toEqual({ ...plan.venue, city: '' });
    expect(state.rooms).toHaveLength(7);
    expect(state.servers.find((s: { id: string }) => s.id === 'S1').limit).toBe(150);
    expect(state.seats).toHaveLength(72);
  });

  it('refuses a plan with dangling references as a whole, naming each problem, and keeps the stored venue', async () => {
    hub = await startTestHub();
    const token = await hub.login();
    await hub.api('/api/venue/plan', { token, body: plan });
    const bad = {
      venue: plan.venue,
      rooms: [{ id: 'R3', name: 'Ruang 3', kind: 'ruang-tes', rows: 1, cols: 1 }],
      servers: [],
      seats: [
        { roomId: 'R3', number: 1, row: 0, col: 0, serverId: 'S9' },
        { roomId: 'R3', number: 2, row: 0, col: 3, serverId: null },
      ],
    };
    const res = await hub.api('/api/venue/plan', { token, body: bad });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('layout-invalid');
    expect(res.body.error.message).toContain('Kursi R3/1: server S9 tidak ada.');
    expect(res.body.error.en).toContain("Seat R3/2 lies outside the room's grid (1 rows x 1 columns).");
    expect((await hub.api('/api/venue', { token })).body.rooms.map((r: { id: string }) => r.id)).not.toContain('R3');
    const notPlan = await hub.api('/api/venue/plan', { token, body: { rooms: 'x' } });
    expect(notPlan.status).toBe(400);
    expect(notPlan.body.error.message).toMatch(/^Denah lokasi tidak valid/);
  });

  it('edits rooms, seats and servers one by one, with clear conflicts', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
    const token = await hub.login();
    const api = (path: string, method: string, body?: unknown) => hub!.api(path, { token, method, ...(body ? { body } : {}) });
    expect((await api('/api/venue', 'PUT', { name: 'SMKN 1 Simpang Empat' })).body).toEqual({
      name: 'SMKN 1 Simpang Empat',
      address: '',
      city: '',
      timeZone: 'Asia/Makassar',
    });
    expect((await api('/api/rooms', 'POST', { id: 'R1', name: 'Lab 1', kind: 'ruang-tes', rows: 2, cols: 3 })).status).toBe(201);
    expect((await api('/api/rooms', 'POST', { id: 'R1', name: 'Lab 1', kind: 'ruang-tes' })).status).toBe(409);
    expect((await api('/api/rooms/R1', 'PUT', { id: 'R2', name: 'Lab', kind: 'ruang-tes' })).body.error.code).toBe('id-mismatch');
    expect((await api('/api/servers', 'POST', { id: 'S1', kind: 'server' })).body).toEqual({
      id: 'S1',
      kind: 'server',
      name: '',
      roomId: null,
      limit: 200,
    });
    const seats = [
      { roomId: 'R1', number: 1, row: 0, col: 0, serverId: 'S1' },
      { roomId: 'R1', number: 2, row: 0, col: 1, serverId: 'S1' },
    ];
    expect((await api('/api/rooms/R1/seats', 'PUT', seats)).body.seats).toHaveLength(2);
    expect((await api('/api/rooms/R1/seats', 'PUT', { seats: [seats[0]] })).body.seats).toHaveLength(1);
    expect((await api('/api/rooms/R9/seats', 'PUT', [])).status).toBe(404);
    const shrink = await api('/api/rooms/R1', 'PUT', { id: 'R1', name: 'Lab 1', kind: 'ruang-tes', rows: 1, cols: 1 });
    expect(shrink.status).toBe(200);

    const a = testAgent(hub.url, { id: 'PC-01', token: TOKEN, placement: { serverId: null, roomId: 'R1', seat: 1 } });
    agents.push(a);
    a.link.start();
    await until(() => a.link.state === 'open', 'welcome');
    expect(a.link.placement).toEqual({ serverId: 'S1', roomId: 'R1', seat: 1 });
    expect((await api('/api/rooms/R1', 'DELETE')).status).toBe(409);
    expect((await api('/api/rooms/R1/seats', 'PUT', [{ ...seats[0], number: 5 }])).status).toBe(409);
    expect((await api('/api/servers/S1', 'DELETE')).body.error.en).toContain('still serves 1 clients');
    expect((await api('/api/rooms/R7', 'DELETE')).status).toBe(404);
  });

  it('places a client refused for an unknown room once the room is created, and tells the agent', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
    const token = await hub.login();
    const a = testAgent(hub.url, { id: 'PC-02', token: TOKEN, placement: { serverId: null, roomId: 'R5', seat: 3 } });
    agents.push(a);
    a.link.start();
    await until(() => a.notices.some((n) => n.code === 'unknown-room'), 'refusal');
    expect(a.notices.find((n) => n.code === 'unknown-room')?.text.id).toContain("Ruang 'R5' tidak ada di denah lokasi");
    const machine = (await hub.api('/api/machines/PC-02', { token })).body;
    expect(machine.refusal.code).toBe('unknown-room');
    await hub.api('/api/rooms', { token, body: { id: 'R5', name: 'Ruang 5', kind: 'ruang-tes' } });
    await until(() => a.link.placement.roomId === 'R5', 'placed after the room appears');
    expect((await hub.api('/api/machines/PC-02', { token })).body).toMatchObject({ roomId: 'R5', seat: 3, refusal: null });
  });

  it('registers the server of a server agent and shows it online', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
    const token = await hub.login();
    const server = testAgent(hub.url, { id: 'S3', token: TOKEN, role: 'mobile-server', addresses: ['192.168.10.3'] });
    agents.push(server);
    server.link.start();
    await until(() => server.link.state === 'open', 'welcome');
    expect((await hub.api('/api/servers', { token })).body.servers).toEqual([
      { id: 'S3', kind: 'mobile-server', limit: 200, assigned: 0, online: true, waiting: [] },
    ]);
    const client = testAgent(hub.url, { id: 'PC-03', token: TOKEN, placement: { serverId: 'S3', roomId: null, seat: null } });
    agents.push(client);
    client.link.start();
    await until(() => client.link.state === 'open', 'client welcome');
    expect(client.link.welcome?.server).toEqual({ id: 'S3', address: '192.168.10.3' });
  });
});
