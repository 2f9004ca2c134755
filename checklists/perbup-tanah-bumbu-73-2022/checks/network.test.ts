import { describe, expect, it } from 'vitest';
import type { NetworkFact, PingFact } from '../../facts.js';
import { goodFacts } from '../../../test/helpers/facts.js';
import type { Role } from '../../../protocol/check.js';
import type { CheckDef } from '../../types.js';
import { lanLatency, lanLoss, lanThroughput } from './network.js';

const run = <P>(check: CheckDef<P>, role: Role, network: NetworkFact | null) => {
  const facts = goodFacts({ network });
  const applies = check.appliesTo!(facts);
  return { applies, out: applies ? check.evaluate(facts, { role, params: check.params[role]! }) : undefined };
};
const ping = (o: Partial<PingFact>): PingFact => ({
  host: '10.10.1.2',
  address: '10.10.1.2',
  sent: 10,
  received: 10,
  lossPercent: 0,
  avgMs: 0.8,
  maxMs: 1.2,
  ...o,
});
const net = (pings: PingFact[], extra: Partial<NetworkFact> = {}): NetworkFact => ({ pings, failed: [], throughput: null, ...extra });

describe('network trial checks', () => {
  it('are not part of the report when no trial ran', () => {
    expect(run(lanLatency, 'client', null).applies).toBe(false);
    expect(run(lanLoss, 'client', null).applies).toBe(false);
    expect(run(lanThroughput, 'client', net([ping({})])).applies).toBe(false);
  });

  it('lan-latency: pass, warn and fail by the worst host average', () => {
    expect(run(lanLatency, 'client', net([ping({})])).out?.status).toBe('pass');
    expect(run(lanLatency, 'client', net([ping({}), ping({ host: 'b', avgMs: 25, maxMs: 40 })])).out?.status).toBe('warn');
    expect(run(lanLatency, 'server', net([ping({ avgMs: 25, maxMs: 40 })])).out?.status).toBe('fail');
  });

  it('lan-latency is unknown with no replies or no trial that could run', () => {
    expect(run(lanLatency, 'client', net([ping({ received: 0, lossPercent: 100, avgMs: null, maxMs: null })])).out?.status).toBe('unknown');
    const failed = run(
      lanLatency,
      'client',
      net([], { failed: [{ host: 'hub', reason: { id: 'program ping tidak ada', en: 'no ping program' } }] }),
    );
    expect(failed.applies).toBe(true);
    expect(failed.out).toMatchObject({ status: 'unknown', reason: { en: 'hub: no ping program' } });
  });

  it('lan-loss: 0% passes, one lost in ten warns, more fails', () => {
    expect(run(lanLoss, 'client', net([ping({})])).out?.status).toBe('pass');
    expect(run(lanLoss, 'client', net([ping({ received: 9, lossPercent: 10 })])).out?.status).toBe('warn');
    const all = run(lanLoss, 'client', net([ping({ received: 0, lossPercent: 100, avgMs: null })])).out;
    expect(all).toMatchObject({ status: 'fail', measured: '10.10.1.2: 100% (0/10)' });
  });

  it('lan-throughput judges the hub link measurement per role', () => {
    const t = (mbps: number) => net([], { throughput: { mbps, bytes: 10_000_000, ms: (8000 / mbps) * 10 } });
    expect(run(lanThroughput, 'client', t(94)).out?.status).toBe('pass');
    expect(run(lanThroughput, 'server', t(94)).out?.status).toBe('fail');
    expect(run(lanThroughput, 'client', t(9.4)).out?.status).toBe('fail');
  });
});
