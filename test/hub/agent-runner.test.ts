import { afterEach, describe, expect, it } from 'vitest';
import { memoryKeyStore } from '../../agent/link/keystore.js';
import { AgentRunner, type NetworkTrialInput } from '../../agent/link/runner.js';
import type { Localized } from '../../protocol/i18n.js';
import { testAgent, until, type TestAgent } from '../helpers/agents.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { READY, report } from '../helpers/reports.js';

const TOKEN = 'token-lokasi-uji-2026';
let hub: TestHub | undefined;
const runners: AgentRunner[] = [];
const agents: TestAgent[] = [];

afterEach(async () => {
  for (const r of runners.splice(0)) await r.stop();
  for (const a of agents.splice(0)) a.link.stop();
  await hub?.stop();
  hub = undefined;
});

function runner(inputs: NetworkTrialInput[], printed: Localized[], probeBytes = 2 * 1024 * 1024) {
  const r = new AgentRunner({
    hubUrl: hub!.url,
    token: TOKEN,
    id: 'PC-RUN',
    role: 'client',
    placement: { serverId: 'S1', roomId: null, seat: null },
    keys: memoryKeyStore(),
    source: async (input) => {
      inputs.push(input);
      return report(READY);
    },
    agent: { version: 'test' },
    addresses: [],
    schedule: '0 0 1 1 *',
    probeBytes,
    print: (_level, text) => printed.push(text),
  });
  runners.push(r);
  return r;
}

describe('agent runner', () => {
  it('checks at start with the throughput measured over the link and the server address to ping', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
    const server = testAgent(hub.url, { id: 'S1', role: 'server', token: TOKEN, addresses: ['192.168.10.2'] });
    agents.push(server);
    server.link.start();
    await until(() => server.link.state === 'open', 'server welcome');

    const inputs: NetworkTrialInput[] = [];
    const printed: Localized[] = [];
    const r = runner(inputs, printed);
    r.start();
    await until(() => r.checks === 1 && r.link.pending === 0, 'first report stored');
    expect(inputs[0]).toMatchObject({ role: 'client', hubHost: '127.0.0.1', serverHost: '192.168.10.2' });
    expect(inputs[0]?.throughput).toMatchObject({ bytes: 2 * 1024 * 1024, host: '127.0.0.1' });
    expect(inputs[0]!.throughput!.throughputMbps).toBeGreaterThan(0);
    expect(printed.some((t) => t.id.startsWith('Laporan #1 (start): SIAP.'))).toBe(true);

    const token = await hub.login();
    expect((await hub.api('/api/machines/PC-RUN/recheck', { token, method: 'POST' })).status).toBe(202);
    await until(() => r.checks === 2 && r.link.pending === 0, 'recheck report stored');
    expect((await hub.api('/api/machines/PC-RUN', { token })).body.verdict).toBe('ready');
  });
});
