import { afterEach, describe, expect, it } from 'vitest';
import { MachineSchema } from '../../protocol/api.js';
import { testAgent, until, type TestAgent } from '../helpers/agents.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { READY, report } from '../helpers/reports.js';

const TOKEN = 'token-lokasi-uji-2026';
let hub: TestHub | undefined;
const agents: TestAgent[] = [];

afterEach(async () => {
  for (const a of agents.splice(0)) a.link.stop();
  await hub?.stop();
  hub = undefined;
});

async function connected(id: string, statuses: Parameters<typeof report>[0]) {
  const a = testAgent(hub!.url, { id, token: TOKEN });
  agents.push(a);
  a.link.start();
  await until(() => a.link.state === 'open', `${id} welcome`);
  a.link.submit(report(statuses));
  await until(() => a.link.pending === 0, `${id} ack`);
  return a;
}

describe('machines API', () => {
  it('needs a login for every route', async () => {
    hub = await startTestHub();
    for (const [method, path] of [
      ['GET', '/api/machines'],
      ['GET', '/api/servers'],
      ['GET', '/api/venue'],
      ['GET', '/api/venue/readiness'],
      ['GET', '/api/enrollment'],
      ['POST', '/api/machines/PC-1/recheck'],
      ['POST', '/api/venue/plan'],
    ] as const) {
      expect((await hub.api(path, { method })).status, `${method} ${path}`).toBe(401);
    }
  });

  it('lists machines with their latest checks, filtered by verdict as the counts are', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
    const token = await hub.login();
    await connected('PC-A', READY);
    await connected('PC-B', { ...READY, 'ram-size': 'fail' });
    const gone = await connected('PC-C', { ...READY, webcam: 'unknown' });
    gone.link.stop();
    await until(async () => (await hub!.api('/api/machines/PC-C', { token })).body.online === false, 'PC-C offline');

    const all = (await hub.api('/api/machines', { token })).body.machines;
    expect(all.map((m: { id: string }) => m.id)).toEqual(['PC-A', 'PC-B', 'PC-C']);
    for (const m of all) expect(MachineSchema.parse(m)).toBeTruthy();
    expect(all[1].checks.find((c: { id: string }) => c.id === 'ram-size').status).toBe('fail');
    expect(all[1].failing).toEqual(['ram-size']);
    const ids = async (q: string) => (await hub!.api(`/api/machines?${q}`, { token })).body.machines.map((m: { id: string }) => m.id);
    expect(await ids('verdict=ready')).toEqual(['PC-A']);
    expect(await ids('verdict=not-ready')).toEqual(['PC-B']);
    expect(await ids('verdict=incomplete')).toEqual([]);
    // The agent said goodbye when it stopped: offline by plan, not missing.
    expect(await ids('verdict=offline')).toEqual(['PC-C']);
    expect(await ids('verdict=missing')).toEqual([]);
    expect(all.map((m: { presence: string }) => m.presence)).toEqual(['online', 'online', 'offline']);
    const bad = await hub.api('/api/machines?verdict=siap', { token });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^Filter mesin tidak valid: verdict/);

    const readiness = (await hub.api('/api/venue/readiness', { token })).body;
    expect(readiness.machines).toEqual({ ready: 1, notReady: 1, incomplete: 0, missing: 0, offline: 1 });
    expect(readiness.causes.map((c: { text: { id: string } }) => c.text.id)).toEqual([
      '1 PC: RAM < 4 GB',
      '1 PC offline',
      '3 PC: belum ditempatkan di server',
      '22 item fasilitas belum diperiksa',
    ]);
    expect(readiness.verdict).toBe('not-ready');
  });

  it('sends a recheck to an online agent (202) and refuses one for an offline agent (409)', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
    const token = await hub.login();
    const a = await connected('PC-D', READY);
    const res = await hub.api('/api/machines/PC-D/recheck', { token, method: 'POST' });
    expect(res.status).toBe(202);
    await until(() => a.rechecks.includes(res.body.requestId), 'the agent got the command');
    a.link.stop();
    await until(async () => (await hub!.api('/api/machines/PC-D', { token })).body.online === false, 'offline');
    const offline = await hub.api('/api/machines/PC-D/recheck', { token, method: 'POST' });
    expect(offline.status).toBe(409);
    expect(offline.body.error.message).toContain('PC PC-D sedang offline');
    expect((await hub.api('/api/machines/PC-Z/recheck', { token, method: 'POST' })).status).toBe(404);
  });

  it('forgets a machine on DELETE, so its id can enroll again', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
    const token = await hub.login();
    const a = await connected('PC-E', READY);
    expect((await hub.api('/api/machines/PC-E', { token, method: 'DELETE' })).status).toBe(204);
    expect((await hub.api('/api/machines/PC-E', { token })).status).toBe(404);
    await until(() => a.link.state === 'open' && a.notices.filter((n) => n.code === 'enrolled').length === 2, 're-enrolled');
  });

  it('gives the enrollment address, downloads and commands, and rotates the simulators\' venue token', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN, SIAPCAT_PUBLIC_URL: 'http://10.20.0.1:8080' } });
    const token = await hub.login();
    const first = (await hub.api('/api/enrollment', { token })).body;
    expect(first).toMatchObject({
      hubUrl: 'http://10.20.0.1:8080',
      codes: [],
      warning: null,
      commands: {
        cmd: '.\\siapcat-agent-win-x64.exe install --hub http://10.20.0.1:8080 --code KODE --room RUANG --seat KURSI',
        linux: 'chmod +x siapcat-agent-linux-x64 && sudo ./siapcat-agent-linux-x64 install --hub http://10.20.0.1:8080 --code KODE --room RUANG --seat KURSI',
      },
    });
    expect(first.downloads.map((d: { url: string }) => d.url)).toEqual(['/api/agent-bin/siapcat-agent-win-x64.exe', '/api/agent-bin/siapcat-agent-linux-x64']);
    expect(first.simulatorToken).toBe(TOKEN);
    const rotated = (await hub.api('/api/enrollment/rotate', { token, method: 'POST' })).body;
    expect(rotated.simulatorToken).not.toBe(TOKEN);
    const late = testAgent(hub.url, { id: 'PC-F', token: TOKEN });
    agents.push(late);
    late.link.start();
    await until(() => late.notices.some((n) => n.code === 'bad-token'), 'old token refused');
  });
});
