import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { rawAgent, testAgent, until, type TestAgent } from '../helpers/agents.js';
import { fastFeatures } from '../helpers/features.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { READY, report } from '../helpers/reports.js';
import { tempDir } from '../helpers/tmp.js';

const TOKEN = 'token-lokasi-uji-2026';
let hub: TestHub | undefined;
let tmp: ReturnType<typeof tempDir> | undefined;
const agents: TestAgent[] = [];

afterEach(async () => {
  for (const a of agents.splice(0)) a.link.stop();
  await hub?.stop();
  hub = undefined;
  tmp?.cleanup();
});

function storedSeqs(dbPath: string, id: string): number[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT seq FROM machine_reports WHERE machine_id = ? ORDER BY seq').all(id) as { seq: number }[]).map((r) => r.seq);
  } finally {
    db.close();
  }
}

describe('report replay', () => {
  it('keeps reports made while the hub is down and stores each once, in order, after a restart', async () => {
    tmp = tempDir();
    hub = await startTestHub({ dir: tmp.dir, env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
    const port = hub.port;
    const a = testAgent(hub.url, { id: 'PC-010', token: TOKEN });
    agents.push(a);
    a.link.start();
    await until(() => a.link.state === 'open', 'welcome');
    a.link.submit(report({ ...READY, webcam: 'unknown' }, 'client', '2026-11-23T05:00:00.000Z'));
    await until(() => a.link.pending === 0, 'first ack');

    await hub.stop();
    hub = undefined;
    await until(() => a.link.state === 'waiting', 'the agent notices the hub is gone');
    a.link.submit(report({ ...READY, 'ram-size': 'fail' }, 'client', '2026-11-23T05:30:00.000Z'));
    a.link.submit(report({ ...READY, 'ram-size': 'fail' }, 'client', '2026-11-23T06:00:00.000Z'));
    a.link.submit(report(READY, 'client', '2026-11-23T06:30:00.000Z'));
    expect(a.link.pending).toBe(3);
    expect(a.notices.some((n) => n.code === 'unreachable' || n.code.startsWith('closed-'))).toBe(true);

    hub = await startTestHub({ dir: tmp.dir, port, env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
    await until(() => a.link.state === 'open' && a.link.pending === 0, 'replayed and acknowledged', 15_000);
    expect(storedSeqs(hub.dbPath, 'PC-010')).toEqual([1, 2, 3, 4]);

    const token = await hub.login();
    const detail = await hub.api('/api/machines/PC-010', { token });
    expect(detail.body.verdict).toBe('ready');
    expect(detail.body.history.map((h: { seq: number; changes: unknown[] }) => [h.seq, h.changes])).toEqual([
      [4, [{ id: 'ram-size', from: 'fail', to: 'pass' }]],
      [2, [{ id: 'ram-size', from: 'pass', to: 'fail' }, { id: 'webcam', from: 'unknown', to: 'pass' }]],
      [1, [{ id: 'ram-size', from: null, to: 'pass' }, { id: 'cpu-speed', from: null, to: 'pass' }, { id: 'webcam', from: null, to: 'unknown' }]],
    ]);
  });

  it('acknowledges a report sent twice (its ack was lost) without storing it twice', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
    const raw = await rawAgent(hub.url);
    raw.sendJson({ type: 'hello', v: 1, id: 'PC-011', role: 'client', token: TOKEN, agent: { version: 'test' } });
    await raw.next('welcome');
    const frame = { type: 'report', v: 1, seq: 1, report: report(READY) };
    raw.sendJson(frame);
    expect(await raw.next('ack')).toMatchObject({ seq: 1 });
    raw.sendJson(frame);
    expect(await raw.next('ack')).toMatchObject({ seq: 1 });
    raw.sendJson({ ...frame, seq: 2 });
    expect(await raw.next('ack')).toMatchObject({ seq: 2 });
    expect(storedSeqs(hub.dbPath, 'PC-011')).toEqual([1, 2]);
    raw.ws.close();
    await raw.closed;

    const back = await rawAgent(hub.url);
    back.sendJson({ type: 'hello', v: 1, id: 'PC-011', role: 'client', key: (raw.messages[0] as { key: string }).key, agent: { version: 'test' } });
    expect(await back.next('welcome')).toMatchObject({ lastSeq: 2 });
    back.ws.close();
  });
});

describe('offline detection', () => {
  it('shows a silent agent missing within a bounded time, drops it, and the last-seen time survives a restart', async () => {
    tmp = tempDir();
    hub = await startTestHub({ dir: tmp.dir, env: { SIAPCAT_ENROLL_TOKEN: TOKEN }, ...fastFeatures() });
    const token = await hub.login();
    const raw = await rawAgent(hub.url);
    raw.sendJson({ type: 'hello', v: 1, id: 'PC-012', role: 'client', token: TOKEN, agent: { version: 'test' } });
    await raw.next('welcome');
    const online = await hub.api('/api/machines?verdict=incomplete', { token });
    expect(online.body.machines.map((m: { id: string }) => m.id)).toEqual(['PC-012']);

    // No heartbeats: missing after 600 ms of silence, dropped after 800 ms, found by sweeps every second.
    const silentSince = Date.now();
    await until(async () => (await hub!.api('/api/machines?verdict=missing', { token })).body.machines.length === 1, 'missing', 5000);
    expect(Date.now() - silentSince).toBeLessThan(4000);
    expect((await raw.closed).code).toBe(4002);
    // Dropped by the hub, not a goodbye: it stays missing, counted only as missing.
    const readiness = await hub.api('/api/venue/readiness', { token });
    expect(readiness.body.machines).toEqual({ ready: 0, notReady: 0, incomplete: 0, missing: 1, offline: 0 });
    expect(hub.lines.some((l) => l.includes('agents.silent') && l.includes('PC-012'))).toBe(true);

    const lastSeen = (await hub.api('/api/machines/PC-012', { token })).body.lastSeenAt;
    expect(lastSeen).toMatch(/^\d{4}-/);
    const port = hub.port;
    await hub.stop();
    hub = await startTestHub({ dir: tmp.dir, port, env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
    // fetch may first try a pooled keep-alive socket of the stopped hub on the same port.
    await until(() => hub!.api('/api/health').then(() => true, () => false), 'the restarted hub answers');
    const after = await hub.api('/api/machines/PC-012', { token: await hub.login() });
    // Not heard from since this hub started: the hub cannot tell, so it is offline, not missing.
    expect(after.body).toMatchObject({ online: false, presence: 'offline', lastSeenAt: lastSeen });
  });

  it('keeps an agent that sends heartbeats online', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN }, ...fastFeatures() });
    const a = testAgent(hub.url, { id: 'PC-013', token: TOKEN });
    agents.push(a);
    a.link.start();
    await until(() => a.link.state === 'open', 'welcome');
    await new Promise((r) => setTimeout(r, 2000));
    const token = await hub.login();
    expect((await hub.api('/api/machines/PC-013', { token })).body.online).toBe(true);
    expect(a.notices.filter((n) => n.code.startsWith('closed-'))).toEqual([]);
  });
});
