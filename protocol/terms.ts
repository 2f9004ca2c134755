/**
 * The words every part uses about checks, without any schema library: roles, statuses, verdicts and
 * clause levels (statuses, verdicts and the one roll-up rule are protocol/verdict.ts's). protocol/check.ts
 * re-exports all of these beside the schemas; code that must stay light (the agent's live check)
 * imports them from here.
 */
export const ROLES = ['server', 'mobile-server', 'client'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export { CHECK_STATUSES, type CheckStatus, VERDICTS, type Verdict, verdictOf } from './verdict.js';

/** The level of the clause a check enforces: the regulation's "minimal" or "rekomendasi" list. */
export const CLAUSE_LEVELS = ['minimal', 'rekomendasi'] as const;
export type ClauseLevel = (typeof CLAUSE_LEVELS)[number];
