import type { HubMessageOf, TrialResultMessage } from '../../protocol/agent.js';
import type { PingTrial } from '../../protocol/snapshot.js';
import type { LinkThroughput } from './throughput.js';

type Ping = TrialResultMessage['pings'][number];
type Power = NonNullable<TrialResultMessage['power']>;
export type TrialAnswer = Omit<TrialResultMessage, 'v' | 'type'>;

const round = (x: number) => Math.round(x * 100) / 100;

/** One ping trial as the hub's trial record wants it: loss and times computed from the replies. */
export function pingSummary(trial: PingTrial, target: Ping['target']): Ping {
  const n = trial.rttMs.length;
  return {
    target,
    host: trial.host,
    sent: trial.sent,
    received: n,
    lossPercent: trial.sent > 0 ? round(((trial.sent - Math.min(n, trial.sent)) / trial.sent) * 100) : 100,
    avgMs: n > 0 ? round(trial.rttMs.reduce((a, b) => a + b, 0) / n) : null,
    maxMs: n > 0 ? round(Math.max(...trial.rttMs)) : null,
  };
}

/** What a trial needs of the PC and the link; the real agent and the simulator each give their own. */
export interface TrialIO {
  serverHost: string | null;
  hubHost: string;
  ping(hosts: string[]): Promise<PingTrial[]>;
  measure(bytes: number): Promise<LinkThroughput | null>;
  power(): Promise<Power>;
  wait(ms: number): Promise<void>;
}

/**
 * Runs a `trial.run`: a network trial pings the server and the hub at once, then waits for its slot
 * in the hub's schedule before its throughput probe (so the probes of a room follow one another
 * instead of saturating the LAN together); a power sweep only reads the power source, `probeAfterMs`
 * after the mains was cut. Never rejects.
 */
export async function runTrial(request: HubMessageOf<'trial.run'>, io: TrialIO): Promise<TrialAnswer> {
  const readPower = () => io.power().catch((): Power => ({ source: 'unknown', batteryPercent: null, ups: null }));
  if (request.kind === 'power') {
    // A drill: read the power source once the mains has been cut for `probeAfterMs`.
    if (request.probeAfterMs > 0) await io.wait(request.probeAfterMs);
    return { trialId: request.trialId, pings: [], throughputMbps: null, power: await readPower() };
  }
  const power = await readPower();
  const targets: Array<[Ping['target'], string]> = [];
  if (io.serverHost) targets.push(['server', io.serverHost]);
  if (io.hubHost && io.hubHost !== io.serverHost) targets.push(['hub', io.hubHost]);
  const started = Date.now();
  const trials = await io.ping(targets.map(([, h]) => h)).catch(() => [] as PingTrial[]);
  const pings = targets.flatMap(([target, host]) => {
    const t = trials.find((x) => x.host === host);
    return t ? [pingSummary(t, target)] : [];
  });
  const left = request.probeAfterMs - (Date.now() - started);
  if (left > 0) await io.wait(left);
  const throughput = request.probeBytes > 0 ? await io.measure(request.probeBytes).catch(() => null) : null;
  return { trialId: request.trialId, pings, throughputMbps: throughput?.throughputMbps ?? null, power };
}
