import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import type { MachineSummary } from '../../protocol/api.js';
import type { AppError } from '../../protocol/errors.js';
import { LiveMessageSchema, type LiveMessage } from '../../protocol/live.js';
import { rawAgent, until } from '../helpers/agents.js';
import { fastFeatures } from '../helpers/features.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';

const TOKEN = 'token-lokasi-uji-2026';
let hub: TestHub | undefined;
const sockets: WebSocket[] = [];

afterEach(async () => {
  for (const s of sockets.splice(0)) s.terminate();
  await hub?.stop();
  hub = undefined;
});

async function liveViewer(url: string, token: string): Promise<LiveMessage[]> {
  const ws = new WebSocket(url.replace(/^http/, 'ws') + '/ws/live', ['siapcat.live.v1', `bearer.${token}`]);
  sockets.push(ws);
  const messages: LiveMessage[] = [];
  ws.on('message', (data) => messages.push(LiveMessageSchema.parse(JSON.parse(String(data)))));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return messages;
}

/** The latest summary of `id` the live channel carried. */
function lastSeen(messages: LiveMessage[], id: string): MachineSummary | undefined {
  let found: MachineSummary | undefined;
  for (const m of messages) if (m.type === 'live.changed') for (const s of m.machines) if (s.id === id) found = s;
  return found;
}

async function hello(id: string) {
  const raw = await rawAgent(hub!.url);
  sockets.push(raw.ws);
  raw.sendJson({ type: 'hello', v: 1, id, role: 'client', token: TOKEN, agent: { version: 'test' } });
  await raw.next('welcome');
  return raw;
}

describe('exam-morning watch', () => {
  it('shows a PC that stops talking as missing on the live channel within the set time, and back when it talks', async () => {
    // Missing after 1 s of silence; the hub drops a silent link only after 5 s.
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN }, ...fastFeatures({ missingAfterMs: 1000, offlineAfterMs: 5000 }) });
    const token = await hub.login();
    const live = await liveViewer(hub.url, token);
    const raw = await hello('PC-101');
    const silentSince = Date.now();
    await until(() => lastSeen(live, 'PC-101')?.presence === 'missing', 'missing on the live channel', 5000);
    // The set time plus one sweep (every second here) plus coalescing.
    expect(Date.now() - silentSince).toBeLessThan(2600);
    expect(lastSeen(live, 'PC-101')).toMatchObject({ online: true, presence: 'missing' });
    const api = (await hub.api('/api/machines?verdict=missing', { token })).body.machines;
    expect(api.map((m: MachineSummary) => [m.id, m.presence])).toEqual([['PC-101', 'missing']]);
    const readiness = (await hub.api('/api/venue/readiness', { token })).body;
    expect(readiness.machines).toEqual({ ready: 0, notReady: 0, incomplete: 0, missing: 1, offline: 0 });
    expect(readiness.causes[0]).toMatchObject({ kind: 'missing', count: 1, text: { id: '1 PC hilang (berhenti mengirim kabar)' } });

    raw.sendJson({ type: 'heartbeat', v: 1 });
    await until(() => lastSeen(live, 'PC-101')?.presence === 'online', 'back online on the live channel', 3000);
    expect(hub.lines.some((l) => l.includes('agents.back') && l.includes('PC-101'))).toBe(true);

    // Those were the agent's own heartbeat bytes (recognised without parsing); another spelling of a
    // heartbeat goes through the decoder and counts the same.
    await until(() => lastSeen(live, 'PC-101')?.presence === 'missing', 'missing again', 5000);
    raw.ws.send('{"v":1,"type":"heartbeat"}');
    await until(() => lastSeen(live, 'PC-101')?.presence === 'online', 'back online after a re-spelled heartbeat', 3000);
    expect(hub.lines.filter((l) => l.includes('agents.back') && l.includes('PC-101'))).toHaveLength(2);
    expect(hub.lines.some((l) => l.includes('agents.refused'))).toBe(false);
  });

  it('tells a dropped link (missing at once) from an agent that said goodbye (offline by plan)', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN }, ...fastFeatures({ missingAfterMs: 30_000, offlineAfterMs: 60_000 }) });
    const token = await hub.login();
    const dropped = await hello('PC-201');
    const stopped = await hello('PC-202');
    dropped.ws.terminate();
    stopped.ws.close(1000, 'agent stopping');
    const presence = async () =>
      Object.fromEntries((await hub!.api('/api/machines', { token })).body.machines.map((m: MachineSummary) => [m.id, m.presence]));
    await until(async () => (await presence())['PC-201'] === 'missing' && (await presence())['PC-202'] === 'offline', 'both ends seen');
    const counts = (await hub.api('/api/venue/readiness', { token })).body.machines;
    expect(counts).toEqual({ ready: 0, notReady: 0, incomplete: 0, missing: 1, offline: 1 });
    const rooms = (await hub.api('/api/machines?verdict=offline', { token })).body.machines.map((m: MachineSummary) => m.id);
    expect(rooms).toEqual(['PC-202']);
  });

  it('refuses a set time that is not a whole number of seconds from 5 to 3600, saying what to fix', async () => {
    for (const bad of ['2', '1e9', 'tiga puluh']) {
      const err = await startTestHub({ env: { SIAPCAT_MISSING_AFTER: bad } }).then(
        () => undefined,
        (e: unknown) => e as AppError,
      );
      expect(err?.text.id, bad).toContain(`bukan "${bad}"`);
      expect(err?.text.en, bad).toContain('Fix --missing-after');
    }
  });
});
