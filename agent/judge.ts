import { DEFAULT_CHECKLIST, checklistRef, evaluateChecklist, type Checklist } from '../checklists/index.js';
import type { Facts } from '../checklists/facts.js';
import type { ReadinessReport } from '../protocol/check.js';
import { verdictOf, type Role } from '../protocol/terms.js';
import type { Clock } from '../protocol/ports.js';
import type { Snapshot } from '../protocol/snapshot.js';
import { factsOf } from './facts/index.js';

export interface JudgeOptions {
  /** The checklist to judge by (default: the current Perbup Tanah Bumbu 73/2022 checklist; see withParams for venue params). */
  checklist?: Checklist;
  /** Stamps `judgedAt`; omit for a report without it. */
  clock?: Clock;
}

/** Pure: snapshot + role -> readiness report. Never reads the machine it runs on. */
export function judgeSnapshot(snapshot: Snapshot, role: Role, options: JudgeOptions = {}): ReadinessReport {
  return judgeFacts(factsOf(snapshot), role, snapshot.capturedAt, options);
}

export function judgeFacts(facts: Facts, role: Role, gatheredAt: string, options: JudgeOptions = {}): ReadinessReport {
  const checklist = options.checklist ?? DEFAULT_CHECKLIST;
  const checks = evaluateChecklist(checklist, facts, role);
  const report: ReadinessReport = {
    role,
    verdict: verdictOf(checks.map((c) => c.status)),
    checklist: checklistRef(checklist),
    gatheredAt,
    checks,
  };
  if (options.clock) report.judgedAt = options.clock.now().toISOString();
  return report;
}
