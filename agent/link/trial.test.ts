import { describe, expect, it } from 'vitest';
import { pingSummary, runTrial, type TrialIO } from './trial.js';

const io = (over: Partial<TrialIO> = {}): TrialIO & { waited: number[]; measured: number[] } => {
  const waited: number[] = [];
  const measured: number[] = [];
  return {
    serverHost: '10.0.0.2',
    hubHost: '10.0.0.1',
    ping: async (hosts) => hosts.map((host) => ({ host, address: host, sent: 4, rttMs: host === '10.0.0.2' ? [1, 2, 3] : [0.5, 0.5, 0.5, 0.5] })),
    measure: async (bytes) => {
      measured.push(bytes);
      return { throughputMbps: 94.2, bytes, ms: 100, host: 'hub', at: '2026-12-03T00:00:00.000Z' };
    },
    power: async () => ({ source: 'battery', batteryPercent: 81, ups: null }),
    wait: async (ms) => void waited.push(ms),
    waited,
    measured,
    ...over,
  };
};

describe('network trial on the agent', () => {
  it('computes loss and times from the replies, not from the ping program summary', () => {
    expect(pingSummary({ host: 'h', address: 'h', sent: 4, rttMs: [1, 2, 3] }, 'server')).toEqual({
      target: 'server',
      host: 'h',
      sent: 4,
      received: 3,
      lossPercent: 25,
      avgMs: 2,
      maxMs: 3,
    });
    expect(pingSummary({ host: 'h', address: null, sent: 0, rttMs: [] }, 'hub')).toMatchObject({ lossPercent: 100, avgMs: null });
  });

  it('pings server and hub, waits for its slot, then probes; a power sweep only reads power', async () => {
    const x = io();
    const answer = await runTrial({ type: 'trial.run', v: 1, trialId: 7, kind: 'network', probeBytes: 65536, probeAfterMs: 5000 }, x);
    expect(answer.pings.map((p) => [p.target, p.avgMs, p.lossPercent])).toEqual([
      ['server', 2, 25],
      ['hub', 0.5, 0],
    ]);
    expect(answer.throughputMbps).toBe(94.2);
    expect(x.waited[0]).toBeGreaterThan(4900);
    expect(x.measured).toEqual([65536]);
    const drill = io();
    const power = await runTrial({ type: 'trial.run', v: 1, trialId: 8, kind: 'power', probeBytes: 0, probeAfterMs: 5000 }, drill);
    expect(drill.waited).toEqual([5000]);
    expect(power).toEqual({ trialId: 8, pings: [], throughputMbps: null, power: { source: 'battery', batteryPercent: 81, ups: null } });
  });

  it('answers even when pinging, probing and reading power all fail', async () => {
    const broken = io({
      ping: () => Promise.reject(new Error('no ping')),
      measure: () => Promise.reject(new Error('closed')),
      power: () => Promise.reject(new Error('no battery api')),
    });
    const answer = await runTrial({ type: 'trial.run', v: 1, trialId: 9, kind: 'network', probeBytes: 65536, probeAfterMs: 0 }, broken);
    expect(answer).toEqual({ trialId: 9, pings: [], throughputMbps: null, power: { source: 'unknown', batteryPercent: null, ups: null } });
  });
});

describe('serial for the BAST match', () => {
  it('keeps a real serial and drops firmware placeholders and failures', async () => {
    const { readSerial } = await import('./trial-io.js');
    expect(await readSerial(async () => ({ serial: ' BKN-MS-7781 ' }))).toBe('BKN-MS-7781');
    expect(await readSerial(async () => ({ serial: 'To be filled by O.E.M.' }))).toBeUndefined();
    expect(await readSerial(async () => ({ serial: 'Default string' }))).toBeUndefined();
    expect(await readSerial(() => Promise.reject(new Error('dmidecode: permission denied')))).toBeUndefined();
  });
});
