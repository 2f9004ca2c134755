import { checklistRef, DEFAULT_CHECKLIST } from '../../checklists/index.js';
import type { Checklist } from '../../checklists/index.js';
import type { TrialThresholds } from '../../protocol/custody-responses.js';

/** The client PC's network-trial thresholds of a checklist (its lan-latency, lan-loss and lan-throughput params). */
export function trialThresholds(checklist: Checklist = DEFAULT_CHECKLIST): TrialThresholds {
  const params = (id: string) => {
    const check = checklist.checks.find((c) => c.id === id);
    const p = check?.params.client as Record<string, number> | undefined;
    if (!p) throw new Error(`checklist ${checklist.id} has no client params for ${id}`);
    return p;
  };
  return {
    checklist: checklistRef(checklist),
    latencyFailAboveMs: params('lan-latency').failAboveMs!,
    lossFailAbovePercent: params('lan-loss').failAbovePercent!,
    throughputMinMbps: params('lan-throughput').minMbps!,
  };
}
