import { afterEach, describe, expect, it } from 'vitest';
import { rawAgent, testAgent, until, type TestAgent } from '../helpers/agents.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { tempDir } from '../helpers/tmp.js';

const TOKEN = 'token-lokasi-uji-2026';
let hub: TestHub | undefined;
const agents: TestAgent[] = [];

afterEach(async () => {
  for (const a of agents.splice(0)) a.link.stop();
  await hub?.stop();
  hub = undefined;
});

const pc = (i: number) => `PC-${String(i).padStart(3, '0')}`;

describe('the 200-clients-per-server rule', () => {
  it('places exactly 200 of 205 clients connecting at once, and refuses 5 with the reason', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
    const token = await hub.login();
    expect((await hub.api('/api/servers', { token, body: { id: 'S1', kind: 'server' } })).status).toBe(201);

    // 205 raw sockets, all opened first, then every hello written in the same tick.
    const sockets = await Promise.all(Array.from({ length: 205 }, () => rawAgent(hub!.url)));
    sockets.forEach((s, i) =>
      s.sendJson({ type: 'hello', v: 1, id: pc(i + 1), role: 'client', serverId: 'S1', token: TOKEN, agent: { version: 'test' } }),
    );
    const welcomes = await Promise.all(sockets.map((s) => s.next('welcome')));
    const refused = welcomes.filter((w) => w.type === 'welcome' && w.refusal !== null);
    expect(welcomes.length - refused.length).toBe(200);
    expect(refused).toHaveLength(5);
    for (const w of refused) {
      expect(w.type === 'welcome' && w.refusal?.code).toBe('server-full');
      expect(w.type === 'welcome' && w.refusal?.message).toContain('Server S1 penuh: 200/200 klien');
      expect(w.type === 'welcome' && w.placement.serverId).toBeNull();
    }

    const servers = await hub.api('/api/servers', { token });
    expect(servers.body.servers).toEqual([
      expect.objectContaining({ id: 'S1', kind: 'server', limit: 200, assigned: 200, online: false, waiting: expect.any(Array) }),
    ]);
    expect(servers.body.servers[0].waiting).toHaveLength(5);
    const readiness = await hub.api('/api/venue/readiness', { token });
    expect(readiness.body.causes[0]).toEqual({
      kind: 'server-full',
      severity: 'fail',
      ref: 'S1',
      count: 5,
      text: { id: 'server S1 penuh: 200/200, 5 menunggu', en: 'server S1 full: 200/200, 5 waiting' },
    });
    expect(hub.lines.filter((l) => l.includes('agents.placement-refused') && l.includes('code=server-full'))).toHaveLength(5);
    for (const s of sockets) s.ws.terminate();
  });

  it('frees the place of a moved client for the first one waiting, and tells both agents', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
    const token = await hub.login();
    await hub.api('/api/servers', { token, body: { id: 'S1', kind: 'server', limit: 2 } });
    await hub.api('/api/servers', { token, body: { id: 'S2', kind: 'mobile-server' } });
    for (const i of [1, 2, 3]) {
      const a = testAgent(hub.url, { id: pc(i), token: TOKEN, placement: { serverId: 'S1', roomId: null, seat: null } });
      agents.push(a);
      a.link.start();
      await until(() => a.link.state === 'open', `welcome ${i}`);
    }
    const third = agents[2]!;
    expect(third.notices.some((n) => n.code === 'server-full')).toBe(true);

    const moved = await hub.api(`/api/machines/${pc(1)}/placement`, {
      token,
      method: 'PUT',
      body: { serverId: 'S2', roomId: null, seat: null },
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id: pc(1), serverId: 'S2' });
    await until(() => third.link.placement.serverId === 'S1', 'the waiting client is placed');
    await until(() => agents[0]!.link.placement.serverId === 'S2', 'the moved agent learns its server');
    const servers = (await hub.api('/api/servers', { token })).body.servers;
    expect(servers.map((s: { id: string; assigned: number }) => [s.id, s.assigned])).toEqual([
      ['S1', 2],
      ['S2', 1],
    ]);

    const full = await hub.api(`/api/machines/${pc(1)}/placement`, {
      token,
      method: 'PUT',
      body: { serverId: 'S1', roomId: null, seat: null },
    });
    expect(full.status).toBe(409);
    expect(full.body.error.message).toContain('Server S1 penuh: 2/2 klien');
  });

  it('keeps a waiting client in the queue for its server across a hub restart', async () => {
    const tmp = tempDir();
    try {
      hub = await startTestHub({ dir: tmp.dir, env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
      const token = await hub.login();
      await hub.api('/api/servers', { token, body: { id: 'S1', kind: 'server', limit: 1 } });
      for (const i of [1, 2]) {
        const a = testAgent(hub.url, { id: pc(i), token: TOKEN, placement: { serverId: 'S1', roomId: null, seat: null } });
        agents.push(a);
        a.link.start();
        await until(() => a.link.state === 'open', 'welcome');
      }
      const port = hub.port;
      await hub.stop();
      hub = await startTestHub({ dir: tmp.dir, port, env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
      // Back means welcomed again by the new hub (the first welcome was the enrollment).
      await until(() => agents.every((a) => a.notices.some((n) => n.code === 'connected')), 'both back', 15_000);
      await until(
        () =>
          hub!.api('/api/health').then(
            () => true,
            () => false,
          ),
        'the restarted hub answers',
      );
      const servers = (await hub.api('/api/servers', { token: await hub.login() })).body.servers;
      expect(servers[0]).toMatchObject({ id: 'S1', assigned: 1, waiting: [pc(2)] });
    } finally {
      await hub?.stop();
      hub = undefined;
      tmp.cleanup();
    }
  });

  it('refuses to lower a limit below the clients placed, or to delete a server that still serves clients', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
    const token = await hub.login();
    await hub.api('/api/servers', { token, body: { id: 'S1', kind: 'server' } });
    for (const i of [1, 2]) {
      const a = testAgent(hub.url, { id: pc(i), token: TOKEN, placement: { serverId: 'S1', roomId: null, seat: null } });
      agents.push(a);
      a.link.start();
      await until(() => a.link.state === 'open', 'welcome');
    }
    const lower = await hub.api('/api/servers/S1', { token, method: 'PUT', body: { id: 'S1', kind: 'server', limit: 1 } });
    expect(lower.status).toBe(409);
    expect(lower.body.error.en).toContain('limit 1 is below the 2 clients already placed');
    const higher = await hub.api('/api/servers/S1', { token, method: 'PUT', body: { id: 'S1', kind: 'server', limit: 201 } });
    expect(higher.status).toBe(400);
    const del = await hub.api('/api/servers/S1', { token, method: 'DELETE' });
    expect(del.status).toBe(409);
    expect(del.body.error.message).toContain('masih melayani 2 klien');
  });
});
