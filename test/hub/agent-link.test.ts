import { afterEach, describe, expect, it } from 'vitest';
import { until, rawAgent, testAgent, type TestAgent } from '../helpers/agents.js';
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

async function start() {
  hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
  return hub;
}

function agent(id: string, extra: Parameters<typeof testAgent>[1] = { id }) {
  const a = testAgent(hub!.url, { token: TOKEN, ...extra, id });
  agents.push(a);
  return a;
}

const hello = (over: Record<string, unknown> = {}) => ({
  type: 'hello',
  v: 1,
  id: 'PC-RAW',
  role: 'client',
  agent: { version: 'test' },
  token: TOKEN,
  ...over,
});

describe('agent link', () => {
  it('enrolls with the venue token, keeps its key, and comes back with the key alone', async () => {
    await start();
    const a = agent('PC-001');
    a.link.start();
    await until(() => a.link.state === 'open', 'welcome');
    expect(a.keys.state.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.notices[0]?.code).toBe('enrolled');
    a.link.submit(report(READY));
    await until(() => a.link.pending === 0, 'ack');
    a.link.stop();

    const again = testAgent(hub!.url, { id: 'PC-001' });
    again.keys.save(a.keys.load());
    agents.push(again);
    again.link.start();
    await until(() => again.link.state === 'open', 'welcome with key');
    expect(again.notices[0]?.code).toBe('connected');
    expect(again.link.welcome?.lastSeq).toBe(1);
  });

  it('refuses a wrong token with a bilingual reason the agent prints, and keeps running', async () => {
    await start();
    const a = agent('PC-002', { id: 'PC-002', token: 'salah-token-000000' });
    a.link.start();
    await until(() => a.notices.some((n) => n.code === 'bad-token'), 'refusal');
    const refusal = a.notices.find((n) => n.code === 'bad-token')!;
    expect(refusal.text.id).toContain('Kode pendaftaran salah');
    expect(refusal.text.en).toContain('Wrong or unknown enrollment code');
    expect(hub!.lines.some((l) => l.includes('agents.refused') && l.includes('code=bad-token'))).toBe(true);
    await until(() => a.notices.filter((n) => n.code === 'bad-token').length >= 2, 'the agent retries');
    expect((await hub!.api('/api/health')).status).toBe(200);
  });

  it('refuses a second PC using an enrolled id, and one connecting while the first is online', async () => {
    await start();
    const first = agent('PC-003');
    first.link.start();
    await until(() => first.link.state === 'open', 'first welcome');
    first.link.submit(report(READY));
    await until(() => first.link.pending === 0, 'ack confirms the key');

    const second = agent('PC-003');
    second.link.start();
    await until(() => second.notices.some((n) => n.code === 'duplicate-id'), 'duplicate refusal');
    expect(second.notices.find((n) => n.code === 'duplicate-id')?.text.en).toContain('already used by another PC');

    const copy = testAgent(hub!.url, { id: 'PC-003' });
    copy.keys.save(first.keys.load());
    agents.push(copy);
    copy.link.start();
    await until(() => copy.notices.some((n) => n.code === 'duplicate-id'), 'online duplicate refusal');
    expect(copy.notices.find((n) => n.code === 'duplicate-id')?.text.en).toContain('is connected on another link');
    expect(first.link.state).toBe('open');
  });

  it('answers a wrong protocol version, malformed, oversized, binary and out-of-order frames, and keeps its data', async () => {
    await start();
    const good = agent('PC-004');
    good.link.start();
    await until(() => good.link.state === 'open', 'welcome');
    good.link.submit(report(READY));
    await until(() => good.link.pending === 0, 'ack');

    const early = await rawAgent(hub!.url);
    early.sendJson({ type: 'heartbeat', v: 1 });
    expect(await early.next('refused')).toMatchObject({ code: 'hello-first', fatal: true });
    expect((await early.closed).code).toBe(4000);

    const version = await rawAgent(hub!.url);
    version.sendJson(hello({ v: 2 }));
    const refused = await version.next('refused');
    expect(refused).toMatchObject({ code: 'wrong-version', fatal: true });
    expect(refused.type === 'refused' && refused.message).toContain('Versi protokol 2 tidak didukung');

    const raw = await rawAgent(hub!.url);
    raw.sendJson(hello());
    await raw.next('welcome');
    raw.ws.send('{bukan json');
    expect(await raw.next('refused')).toMatchObject({ code: 'bad-frame', fatal: false });
    raw.sendJson({ type: 'report', v: 1, seq: 1, report: { role: 'client' } });
    const invalid = await raw.next('refused');
    expect(invalid.type === 'refused' && invalid.en).toMatch(/^Agent message 'report' is not valid: report\./);
    raw.ws.send(Buffer.from([1, 2, 3]));
    expect(await raw.next('refused')).toMatchObject({ code: 'binary-frame' });
    raw.sendJson({ type: 'heartbeat', v: 1, pad: 'x'.repeat(150 * 1024) });
    expect(await raw.next('refused')).toMatchObject({ code: 'frame-too-large', fatal: false });
    raw.ws.send('x'.repeat(300 * 1024));
    expect((await raw.closed).code).toBe(1009);

    const machines = await hub!.api('/api/machines', { token: await hub!.login() });
    const stored = machines.body.machines.find((m: { id: string }) => m.id === 'PC-004');
    expect(stored).toMatchObject({ verdict: 'ready', online: true });
    expect(hub!.lines.some((l) => l.includes('agents.refused') && l.includes('code=bad-frame'))).toBe(true);
  });

  it('refuses an agent that never says hello', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN }, ...(await import('../helpers/features.js')).fastFeatures({ helloTimeoutMs: 200 }) });
    const silent = await rawAgent(hub.url);
    expect(await silent.next('refused')).toMatchObject({ code: 'hello-timeout', fatal: true });
  });
});
