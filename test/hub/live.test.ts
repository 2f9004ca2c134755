import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import type { MachineSummary } from '../../protocol/api.js';
import { LiveMessageSchema, type LiveMessage } from '../../protocol/live.js';
import { testAgent, until, type TestAgent } from '../helpers/agents.js';
import { fastFeatures } from '../helpers/features.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { READY, report } from '../helpers/reports.js';

const TOKEN = 'token-lokasi-uji-2026';
let hub: TestHub | undefined;
const agents: TestAgent[] = [];
const sockets: WebSocket[] = [];

afterEach(async () => {
  for (const a of agents.splice(0)) a.link.stop();
  for (const s of sockets.splice(0)) s.terminate();
  await hub?.stop();
  hub = undefined;
});

/** A dashboard's socket as a browser opens it: the two subprotocols, no headers. */
function viewer(url: string, protocols: string[]): Promise<{ ws: WebSocket; messages: LiveMessage[] } | { status: number }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url.replace(/^http/, 'ws') + '/ws/live', protocols);
    sockets.push(ws);
    const messages: LiveMessage[] = [];
    ws.on('message', (data) => messages.push(LiveMessageSchema.parse(JSON.parse(String(data)))));
    ws.on('open', () => resolve({ ws, messages }));
    ws.on('unexpected-response', (_req, res) => resolve({ status: res.statusCode ?? 0 }));
    ws.on('error', () => undefined);
  });
}

/** A dashboard that completes the WebSocket handshake by hand and then never reads again. */
function stalledViewer(port: number, token: string): Promise<{ socket: Socket }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        [
          'GET /ws/live HTTP/1.1',
          `Host: 127.0.0.1:${port}`,
          'Upgrade: websocket',
          'Connection: Upgrade',
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
          'Sec-WebSocket-Version: 13',
          `Sec-WebSocket-Protocol: siapcat.live.v1, bearer.${token}`,
          '',
          '',
        ].join('\r\n'),
      );
    });
    socket.once('data', (chunk) => {
      if (!String(chunk).startsWith('HTTP/1.1 101')) return reject(new Error(String(chunk)));
      socket.pause();
      resolve({ socket });
    });
    socket.on('error', () => undefined);
  });
}

describe('live dashboard channel', () => {
  it('needs a login and the siapcat.live.v1 subprotocol, and never echoes the token', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
    const token = await hub.login();
    expect(await viewer(hub.url, ['siapcat.live.v1'])).toEqual({ status: 401 });
    expect(await viewer(hub.url, ['siapcat.live.v1', 'bearer.salah-token-0123456789'])).toEqual({ status: 401 });
    expect(await viewer(hub.url, [`bearer.${token}`])).toEqual({ status: 400 });
    const ok = await viewer(hub.url, ['siapcat.live.v1', `bearer.${token}`]);
    if (!('ws' in ok)) throw new Error('refused');
    expect(ok.ws.protocol).toBe('siapcat.live.v1');
    await until(() => ok.messages.length > 0, 'live.hello');
    expect(ok.messages[0]).toEqual({ type: 'live.hello', v: 1, user: 'admin' });
  });

  it('pushes coalesced live.changed with the changed machines when agents connect and report', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN }, ...fastFeatures({}, { coalesceMs: 300 }) });
    const token = await hub.login();
    const v = await viewer(hub.url, ['siapcat.live.v1', `bearer.${token}`]);
    if (!('ws' in v)) throw new Error('refused');
    await until(() => v.messages.length === 1, 'hello');
    for (let i = 1; i <= 20; i++) {
      const a = testAgent(hub.url, { id: `PC-${i}`, token: TOKEN });
      agents.push(a);
      a.link.start();
    }
    await until(() => agents.every((a) => a.link.state === 'open'), 'all agents connected');
    for (const a of agents) a.link.submit(report(READY));
    await until(() => agents.every((a) => a.link.pending === 0), 'all reports acknowledged');
    await until(() => {
      const seen = new Map<string, MachineSummary>();
      for (const m of v.messages) if (m.type === 'live.changed') for (const s of m.machines) seen.set(s.id, s);
      return seen.size === 20 && [...seen.values()].every((s) => s.verdict === 'ready');
    }, 'every machine seen ready');
    const changed = v.messages.filter((m) => m.type === 'live.changed');
    // 40 changes (20 connects + 20 reports) arrive in far fewer messages, numbered in order.
    expect(changed.length).toBeLessThan(10);
    expect(changed.map((m) => m.type === 'live.changed' && m.seq)).toEqual(changed.map((_, i) => i + 1));
    expect(changed[0]?.type === 'live.changed' && changed[0].topics).toEqual(expect.arrayContaining(['machines', 'readiness']));
  });

  it('drops a dashboard socket that stops reading instead of buffering for it', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN }, ...fastFeatures({}, { coalesceMs: 5, maxBufferedBytes: 256 * 1024 }) });
    const token = await hub.login();
    const slow = await stalledViewer(hub.port, token);
    const fast = await viewer(hub.url, ['siapcat.live.v1', `bearer.${token}`]);
    if (!('ws' in fast)) throw new Error('refused');
    await until(() => fast.messages.length === 1, 'hello');

    const big = Array.from({ length: 400 }, (_, i): MachineSummary => ({
      id: `PC-${i}`,
      role: 'client',
      serverId: 'S1',
      roomId: 'R1',
      seat: i + 1,
      online: true,
      presence: 'online',
      lastSeenAt: new Date().toISOString(),
      verdict: 'ready',
      refusal: null,
      checklist: { id: 'perbup-tanah-bumbu-73-2022/client', version: '1.0.0', sha256: 'b'.repeat(64) },
      reportedAt: new Date().toISOString(),
      failing: [],
    }));
    const deadline = Date.now() + 15_000;
    while (hub.lines.every((l) => !l.includes('live.dropped')) && Date.now() < deadline) {
      hub.ctx.changes.publish({ topics: ['machines'], machines: big });
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(hub.lines.some((l) => l.includes('live.dropped') && l.includes('why=slow'))).toBe(true);
    // The hub let go of it: only the reading dashboard is left.
    await until(() => hub!.ctx.wss.clients.size === 1, 'the slow socket is gone');
    slow.socket.destroy();
    expect(fast.ws.readyState).toBe(WebSocket.OPEN);
  });
});
