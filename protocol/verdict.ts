/**
 * The one rule, as data: which check status and which verdict weigh more than another. The agent
 * (one machine), the hub (rooms, servers, the venue, facilities) and the dashboard (sorting checks)
 * all read it from here; nobody writes the order again. No schema library: the agent's live check
 * imports it.
 */

/** pass: meets it; warn: meets it with a caveat; fail: measured below it; unknown: could not be judged. */
export const CHECK_STATUSES = ['pass', 'warn', 'fail', 'unknown'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const VERDICTS = ['ready', 'not-ready', 'incomplete'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Check statuses, worst first: fail > unknown > warn > pass. */
export const STATUS_PRECEDENCE: readonly CheckStatus[] = ['fail', 'unknown', 'warn', 'pass'];

/** Verdicts, worst first: not ready > incomplete > ready. */
export const VERDICT_PRECEDENCE: readonly Verdict[] = ['not-ready', 'incomplete', 'ready'];

/** What one status makes of the whole: a failure blocks, an unknown leaves it incomplete, a warning never blocks. */
export const VERDICT_OF_STATUS: Readonly<Record<CheckStatus, Verdict>> = {
  fail: 'not-ready',
  unknown: 'incomplete',
  warn: 'ready',
  pass: 'ready',
};

/** 0 for the worst status; for sorting worst first. */
export function statusRank(status: CheckStatus): number {
  return STATUS_PRECEDENCE.indexOf(status);
}

/** 0 for the worst verdict; for sorting worst first. */
export function verdictRank(verdict: Verdict): number {
  return VERDICT_PRECEDENCE.indexOf(verdict);
}

/** The worst of several statuses; pass when there are none. */
export function worstStatus(statuses: Iterable<CheckStatus>): CheckStatus {
  let worst: CheckStatus = 'pass';
  for (const status of statuses) if (statusRank(status) < statusRank(worst)) worst = status;
  return worst;
}

/** The one roll-up rule: any fail -> not-ready; else any unknown -> incomplete; else ready. */
export function verdictOf(statuses: Iterable<CheckStatus>): Verdict {
  return VERDICT_OF_STATUS[worstStatus(statuses)];
}

/** The worst of several verdicts (missing ones are skipped); undefined when none is given. */
export function worstVerdict(verdicts: Iterable<Verdict | null | undefined>): Verdict | undefined {
  let worst: Verdict | undefined;
  for (const v of verdicts) if (v && (!worst || verdictRank(v) < verdictRank(worst))) worst = v;
  return worst;
}

/** How many of each status, every status present (zero when absent). */
export function countStatuses(statuses: Iterable<CheckStatus>): Record<CheckStatus, number> {
  const counts: Record<CheckStatus, number> = { pass: 0, warn: 0, fail: 0, unknown: 0 };
  for (const status of statuses) counts[status]++;
  return counts;
}

/** Sorts worst status first, keeping the given order within one status. */
export function byStatus<C extends { status: CheckStatus }>(checks: readonly C[]): C[] {
  return checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => statusRank(a.c.status) - statusRank(b.c.status) || a.i - b.i)
    .map(({ c }) => c);
}
