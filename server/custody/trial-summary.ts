import type { Localized } from '../../protocol/i18n.js';
import type { TrialGroup, TrialResult, TrialThresholds } from '../../protocol/custody-responses.js';

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const m = s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return Math.round(m * 100) / 100;
}

const pingOf = (r: TrialResult, target: 'server' | 'hub') => r.pings.find((p) => p.target === target);

/** Why a PC fails the trial's thresholds (worst reason first), or undefined when it passes. */
export function failure(r: TrialResult, t: TrialThresholds): { score: number; why: Localized } | undefined {
  if (r.status !== 'answered') return undefined;
  const reasons: Array<{ score: number; why: Localized }> = [];
  for (const p of r.pings) {
    const to = p.target === 'server' ? { id: 'server', en: 'server' } : { id: 'hub', en: 'hub' };
    if (p.lossPercent > t.lossFailAbovePercent) {
      reasons.push({
        score: 1000 + p.lossPercent,
        why: { id: `paket hilang ${p.lossPercent}% ke ${to.id}`, en: `${p.lossPercent}% packet loss to the ${to.en}` },
      });
    } else if (p.avgMs !== null && p.avgMs > t.latencyFailAboveMs) {
      reasons.push({ score: 500 + p.avgMs, why: { id: `ping ${p.avgMs} ms ke ${to.id}`, en: `${p.avgMs} ms ping to the ${to.en}` } });
    }
  }
  if (r.throughputMbps !== null && r.throughputMbps < t.throughputMinMbps) {
    reasons.push({
      score: 100 + (t.throughputMinMbps - r.throughputMbps),
      why: {
        id: `throughput ${r.throughputMbps} Mbps (< ${t.throughputMinMbps})`,
        en: `throughput ${r.throughputMbps} Mbps (< ${t.throughputMinMbps})`,
      },
    });
  }
  if (reasons.length === 0) return undefined;
  reasons.sort((a, b) => b.score - a.score);
  const why = { id: reasons.map((x) => x.why.id).join('; '), en: reasons.map((x) => x.why.en).join('; ') };
  return { score: reasons[0]!.score, why };
}

/** Medians, worst PCs (at most 5) and, for a drill, power sources of one group of results. */
export function group(id: string, results: readonly TrialResult[], t: TrialThresholds, power: boolean): TrialGroup {
  const answered = results.filter((r) => r.status === 'answered');
  const num = (xs: Array<number | null | undefined>) => xs.filter((x): x is number => typeof x === 'number');
  const worst = answered
    .map((r) => ({ r, f: failure(r, t) }))
    .filter((x) => x.f !== undefined)
    .sort((a, b) => b.f!.score - a.f!.score || a.r.agentId.localeCompare(b.r.agentId))
    .slice(0, 5)
    .map((x) => ({ agentId: x.r.agentId, why: x.f!.why }));
  const out: TrialGroup = {
    id,
    expected: results.length,
    answered: answered.length,
    medianServerMs: median(num(answered.map((r) => pingOf(r, 'server')?.avgMs))),
    medianHubMs: median(num(answered.map((r) => pingOf(r, 'hub')?.avgMs))),
    medianThroughputMbps: median(num(answered.map((r) => r.throughputMbps))),
    worst,
  };
  if (power) {
    const p = { battery: 0, ac: 0, unknown: 0, dropped: 0 };
    for (const r of results) {
      if (r.connectedAtEnd === false) p.dropped++;
      if (r.status !== 'answered' || !r.power) continue;
      const onBattery = r.power.source === 'battery' || r.power.ups?.onBattery === true;
      if (onBattery) p.battery++;
      else if (r.power.source === 'ac') p.ac++;
      else p.unknown++;
    }
    out.power = p;
  }
  return out;
}

/** The trial's summary: the whole venue, each room, each server; PCs that did not answer. */
export function summarize(results: readonly TrialResult[], t: TrialThresholds, power: boolean) {
  const by = (key: (r: TrialResult) => string | null) => {
    const m = new Map<string, TrialResult[]>();
    for (const r of results) {
      const k = key(r);
      if (k === null) continue;
      const list = m.get(k);
      if (list) list.push(r);
      else m.set(k, [r]);
    }
    return [...m.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([k, rs]) => group(k, rs, t, power));
  };
  return {
    venue: group('venue', results, t, power),
    rooms: by((r) => r.roomId),
    servers: by((r) => r.serverId),
    noAnswer: results.filter((r) => r.status !== 'answered').map((r) => r.agentId),
  };
}
