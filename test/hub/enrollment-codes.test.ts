import { afterEach, describe, expect, it } from 'vitest';
import { testAgent, until, type TestAgent } from '../helpers/agents.js';
import { fastFeatures } from '../helpers/features.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { WRITE_RESPONSES } from '../../protocol/write-responses.js';
import { describeMismatch } from '../helpers/contract.js';

let hub: TestHub | undefined;
const agents: TestAgent[] = [];

afterEach(async () => {
  for (const a of agents.splice(0)) a.link.stop();
  await hub?.stop();
  hub = undefined;
});

function agent(_id: string, options: Parameters<typeof testAgent>[1]): TestAgent {
  const a = testAgent(hub!.url, options);
  agents.push(a);
  a.link.start();
  return a;
}

async function makeCode(token: string, body: Record<string, unknown>): Promise<{ code: string; entry: { id: string } }> {
  const res = await hub!.api('/api/enrollment/codes', { token, body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** A venue plan with one test room R1 of `seats` seats (one row). */
function plan(seats: number, servers: Array<Record<string, unknown>>) {
  return {
    venue: { name: 'Lokasi uji' },
    rooms: [{ id: 'R1', name: 'Ruang tes 1', kind: 'ruang-tes', rows: 1, cols: seats }],
    servers,
    seats: Array.from({ length: seats }, (_, i) => ({ roomId: 'R1', number: i + 1, row: 0, col: i, serverId: servers[0]?.id ?? null })),
  };
}

async function userToken(role: string): Promise<string> {
  const admin = await hub!.login();
  await hub!.api('/api/users', { token: admin, body: { username: `u-${role}`, password: `sandi-${role}-2026`, role } });
  return (await hub!.api('/api/login', { body: { username: `u-${role}`, password: `sandi-${role}-2026` } })).body.token;
}

describe('enrollment codes', () => {
  it('enrol one PC per code, shown once and stored hashed; a spent code is refused with its reason', async () => {
    hub = await startTestHub();
    const token = await hub.login();
    const { code, entry } = await makeCode(token, { kind: 'pc', label: 'PC meja 1', hours: 2 });
    expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    const first = agent('PC-01', { id: 'PC-01', token: code.toLowerCase() });
    await until(() => first.link.state === 'open', 'enrolled with the code');
    expect(first.keys.state.key).toBeDefined();

    const second = agent('PC-02', { id: 'PC-02', token: code });
    await until(() => second.notices.some((n) => n.code === 'code-used'), 'spent code refused');
    expect(second.notices.find((n) => n.code === 'code-used')!.text.en).toContain(`Enrollment code ${entry.id} is used up (1/1 PCs)`);

    const info = (await hub.api('/api/enrollment', { token })).body;
    expect(info.codes).toEqual([expect.objectContaining({ id: entry.id, uses: 1, maxUses: 1, state: 'used', createdBy: 'admin' })]);
    expect(JSON.stringify(info)).not.toContain(code.replace(/-/g, '').slice(4));
    expect(hub.lines.join('\n')).not.toContain(code);
  });

  it('are made, listed and revoked by the admin only', async () => {
    hub = await startTestHub();
    const admin = await hub.login();
    for (const role of ['supervisor', 'operator']) {
      const t = await userToken(role);
      expect((await hub.api('/api/enrollment/codes', { token: t, body: { kind: 'pc' } })).status, role).toBe(403);
      expect((await hub.api('/api/enrollment', { token: t })).status, role).toBe(403);
    }
    const { code, entry } = await makeCode(admin, { kind: 'batch', uses: 5 });
    expect((await hub.api(`/api/enrollment/codes/${entry.id}`, { token: admin, method: 'DELETE' })).status).toBe(204);
    const late = agent('PC-09', { id: 'PC-09', token: code });
    await until(() => late.notices.some((n) => n.code === 'code-revoked'), 'revoked code refused');
  });

  it('a key is bound to its role: an enrolled client cannot come back as a server', async () => {
    hub = await startTestHub();
    const token = await hub.login();
    const { code } = await makeCode(token, { kind: 'pc' });
    const pc = agent('PC-01', { id: 'PC-01', token: code });
    await until(() => pc.link.state === 'open', 'enrolled');
    pc.link.stop();
    const asServer = agent('PC-01', {
      id: 'PC-01',
      role: 'server',
      keys: pc.keys,
      placement: { serverId: 'EVIL', roomId: null, seat: null },
    });
    await until(() => asServer.notices.some((n) => n.code === 'role-locked'), 'role change refused');
    expect((await hub.api('/api/servers', { token })).body.servers).toEqual([]);
  });

  it('a key is bound to its seat: flags given at a later start do not move the PC', async () => {
    hub = await startTestHub();
    const token = await hub.login();
    expect((await hub.api('/api/venue/plan', { token, body: plan(4, []) })).status).toBe(200);
    const { code } = await makeCode(token, { kind: 'batch', roomId: 'R1', uses: 4 });
    const pc = agent('PC-01', { id: 'PC-01', token: code, placement: { serverId: null, roomId: null, seat: 1 } });
    await until(() => pc.link.welcome?.placement.seat === 1, 'seated');
    expect(pc.link.welcome?.placement.roomId).toBe('R1');
    pc.link.stop();
    const again = agent('PC-01', { id: 'PC-01', keys: pc.keys, placement: { serverId: null, roomId: 'R1', seat: 3 } });
    await until(() => again.link.state === 'open', 'back');
    expect(again.link.welcome?.placement).toEqual({ serverId: null, roomId: 'R1', seat: 1 });
  });
});

describe('the venue plan guards its places', () => {
  it("a PC enrolled beyond the room's seats waits for approval, takes no place, and is placed once approved", async () => {
    hub = await startTestHub();
    const token = await hub.login();
    expect((await hub.api('/api/venue/plan', { token, body: plan(2, [{ id: 'S1', kind: 'server', roomId: 'R1' }]) })).status).toBe(200);
    const { code } = await makeCode(token, { kind: 'batch', roomId: 'R1', uses: 10 });
    const a = agent('PC-01', { id: 'PC-01', token: code, placement: { serverId: 'S1', roomId: null, seat: null } });
    const b = agent('PC-02', { id: 'PC-02', token: code, placement: { serverId: 'S1', roomId: null, seat: null } });
    await until(() => a.link.state === 'open' && b.link.state === 'open', 'two seated');
    const c = agent('PC-03', { id: 'PC-03', token: code, placement: { serverId: 'S1', roomId: null, seat: null } });
    await until(() => c.link.state === 'open', 'third welcomed');
    expect(c.link.welcome?.refusal?.code).toBe('awaiting-approval');
    expect(c.link.welcome?.placement).toEqual({ serverId: null, roomId: null, seat: null });
    expect(c.link.welcome?.refusal?.en).toContain('waits for an admin');
    const servers = (await hub.api('/api/servers', { token })).body.servers;
    expect(servers[0]).toMatchObject({ id: 'S1', assigned: 2 });

    const supervisor = await userToken('supervisor');
    expect((await hub.api('/api/machines/PC-03/approve', { token: supervisor, method: 'POST' })).status).toBe(403);
    const approved = await hub.api('/api/machines/PC-03/approve', { token, method: 'POST' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ id: 'PC-03', serverId: 'S1', roomId: 'R1' });
    // The write contract (test/hub/contract-writes.test.ts names this route as checked here).
    expect(describeMismatch(WRITE_RESPONSES['POST /api/machines/:id/approve']!.schema!, approved.body)).toEqual([]);
    await until(() => c.link.placement.serverId === 'S1', 'told it is placed');
    expect((await hub.api('/api/machines/PC-03/approve', { token, method: 'POST' })).status).toBe(409);
  });

  it('a placed PC offline past the set time yields its place on a full server to an online PC waiting for it', async () => {
    hub = await startTestHub(fastFeatures({ yieldAfterMs: 1500 }));
    const token = await hub.login();
    await hub.api('/api/servers', { token, body: { id: 'S1', kind: 'server', limit: 1 } });
    const { code } = await makeCode(token, { kind: 'batch', uses: 5 });
    const away = agent('PC-01', { id: 'PC-01', token: code, placement: { serverId: 'S1', roomId: null, seat: null } });
    await until(() => away.link.welcome?.placement.serverId === 'S1', 'first placed');
    away.link.stop();
    const here = agent('PC-02', { id: 'PC-02', token: code, placement: { serverId: 'S1', roomId: null, seat: null } });
    await until(() => here.link.welcome?.refusal?.code === 'server-full', 'second waits');
    await until(() => here.link.placement.serverId === 'S1', 'second placed after the first stayed offline', 15_000);
    const first = (await hub.api('/api/machines/PC-01', { token })).body;
    expect(first).toMatchObject({ serverId: null, refusal: expect.objectContaining({ code: 'server-full' }) });
    expect(first.refusal.en).toContain('its place on server S1 went to an online PC');
  });
});
