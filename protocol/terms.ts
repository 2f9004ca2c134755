/**
 * The words every part uses about checks, without any schema library: roles, statuses, verdicts,
 * clause levels and the one roll-up rule. protocol/check.ts re-exports all of these beside the
 * schemas; code that must stay light (the agent's live check) imports them from here.
 */
export const ROLES = ['server', 'mobile-server', 'client'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** pass: meets it; warn: meets it with a caveat; fail: measured below it; unknown: could not be judged. */
export const CHECK_STATUSES = ['pass', 'warn', 'fail', 'unknown'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const VERDICTS = ['ready', 'not-ready', 'incomplete'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The level of the clause a check enforces: the regulation's "minimal" or "rekomendasi" list. */
export const CLAUSE_LEVELS = ['minimal', 'rekomendasi'] as const;
export type ClauseLevel = (typeof CLAUSE_LEVELS)[number];

/**
 * The one roll-up rule: any fail -> not-ready; else any unknown -> incomplete; else ready.
 * warn never blocks.
 */
export function verdictOf(statuses: Iterable<CheckStatus>): Verdict {
  let unknown = false;
  for (const status of statuses) {
    if (status === 'fail') return 'not-ready';
    if (status === 'unknown') unknown = true;
  }
  return unknown ? 'incomplete' : 'ready';
}
