import { describe, expect, it } from 'vitest';
import type { ReadinessReport } from '../../protocol/check.js';
import { reportSourceFrom, type AgentApi, type Snapshotish } from './source.js';

function fakeApi() {
  const calls: { gather: unknown[]; judged: Array<{ snapshot: Snapshotish; role: string }> } = { gather: [], judged: [] };
  const api: AgentApi = {
    async gatherSnapshot(options) {
      calls.gather.push(options);
      const trials = options?.ping ? options.ping.hosts.map((host) => ({ host, sent: 10, rttMs: [1] })) : undefined;
      return { capturedAt: '2026-11-23T06:00:00.000Z', probes: trials ? { network: { trials, throughput: null } } : {} };
    },
    judgeSnapshot(snapshot, role) {
      calls.judged.push({ snapshot, role });
      return {
        role,
        verdict: 'ready',
        checklist: { id: 'c', version: '1', sha256: 'a'.repeat(64) },
        gatheredAt: snapshot.capturedAt,
        checks: [],
      } satisfies ReadinessReport;
    },
    parseSnapshot: () => ({ capturedAt: '', probes: {} }),
  };
  return { api, calls };
}

const throughput = { throughputMbps: 940.2, bytes: 8_388_608, ms: 71.4, host: '10.0.0.1', at: '2026-11-23T06:00:00.000Z' };

describe('reportSourceFrom', () => {
  it('pings the server and the hub, adds the link throughput to the trial, and judges for the role', async () => {
    const { api, calls } = fakeApi();
    await reportSourceFrom(api)({ role: 'client', hubHost: '10.0.0.1', serverHost: '10.0.0.2', throughput });
    expect(calls.gather).toEqual([{ ping: { hosts: ['10.0.0.2', '10.0.0.1'] } }]);
    expect(calls.judged[0]?.role).toBe('client');
    expect(calls.judged[0]?.snapshot.probes.network).toEqual({
      trials: [
        { host: '10.0.0.2', sent: 10, rttMs: [1] },
        { host: '10.0.0.1', sent: 10, rttMs: [1] },
      ],
      throughput,
    });
  });

  it('pings one host once when the server is the hub, and records no throughput when none was measured', async () => {
    const { api, calls } = fakeApi();
    await reportSourceFrom(api)({ role: 'server', hubHost: '10.0.0.1', serverHost: '10.0.0.1', throughput: null });
    expect(calls.gather).toEqual([{ ping: { hosts: ['10.0.0.1'] } }]);
    expect(calls.judged[0]?.snapshot.probes.network).toMatchObject({ throughput: null });
  });
});
