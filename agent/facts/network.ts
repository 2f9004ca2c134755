import type { NetworkFact, PingFact } from '../../checklists/facts.js';
import type { NetworkProbe, PingTrial, Snapshot } from '../../protocol/snapshot.js';
import { describeError } from './read.js';

/**
 * Loss and round-trip figures from the replies themselves: Windows counts "Destination host
 * unreachable" notices as received in its own summary, so its summary is never used.
 */
export function pingFact(trial: PingTrial): PingFact {
  const sent = trial.sent;
  const received = Math.min(trial.rttMs.length, sent);
  const lossPercent = sent === 0 ? 100 : Math.round(((sent - received) / sent) * 1000) / 10;
  const times = trial.rttMs.slice(0, received);
  const avgMs = times.length === 0 ? null : times.reduce((a, b) => a + b, 0) / times.length;
  const maxMs = times.length === 0 ? null : Math.max(...times);
  return { host: trial.host, address: trial.address, sent, received, lossPercent, avgMs, maxMs };
}

/** null when no trial ran (the lan-* checks are then left out). parseSnapshot validated the probe. */
export function networkFacts(snapshot: Snapshot): NetworkFact | null {
  const raw = snapshot.probes.network as NetworkProbe | undefined;
  if (raw === undefined) return null;
  const trials = raw.trials ?? [];
  const throughput = raw.throughput ?? null;
  if (trials.length === 0 && throughput === null) return null;
  return {
    pings: trials.filter((t) => !t.error).map(pingFact),
    failed: trials.filter((t) => t.error).map((t) => ({ host: t.host, reason: describeError(t.error!) })),
    throughput: throughput ? { mbps: throughput.throughputMbps, bytes: throughput.bytes, ms: throughput.ms } : null,
  };
}
