import type { CheckResult, Role } from '../protocol/check.js';
import type { Localized } from '../protocol/i18n.js';
import { formatClause } from './clause.js';
import type { Facts } from './facts.js';
import type { CheckDef, Checklist, Outcome, Text } from './types.js';

/** What to do about a check that could not be judged, unless the check says better. */
export const UNKNOWN_FIX: Localized = {
  id: 'Periksa langsung di PC ini dan catat hasilnya; atau jalankan ulang sebagai Administrator/root.',
  en: 'Check it by hand on this PC and note the result; or run again as Administrator/root.',
};

/**
 * Judges facts against every check of the checklist that applies to the role, in checklist order.
 * Pure. A check that throws (a bug) gives unknown with the error, never a crashed audit.
 */
export function evaluateChecklist(checklist: Checklist, facts: Facts, role: Role): CheckResult[] {
  const results: CheckResult[] = [];
  for (const check of checklist.checks) {
    const clause = check.clauses[role];
    if (!clause) continue;
    if (check.appliesTo && !safeApplies(check, facts)) continue;
    const outcome = safeEvaluate(check, facts, role);
    const result: CheckResult = {
      id: check.id,
      status: outcome.status,
      measured: outcome.measured === null ? null : plain(outcome.measured),
      expected: plain(outcome.expected),
      clause: formatClause(clause),
      level: clause.level,
      title: check.title,
    };
    if (typeof outcome.measured === 'object' && outcome.measured !== null) result.measuredText = outcome.measured;
    if (typeof outcome.expected === 'object') result.expectedText = outcome.expected;
    if (outcome.status === 'fail' || outcome.status === 'warn') result.failTitle = check.failTitle;
    if (outcome.reason) result.reason = outcome.reason;
    const fix = outcome.fix ?? (outcome.status === 'fail' ? check.fix : outcome.status === 'unknown' ? UNKNOWN_FIX : undefined);
    if (fix && outcome.status !== 'pass') result.fix = fix;
    results.push(result);
  }
  return results;
}

/** The Indonesian text travels in the plain field; both languages in the *Text field. */
function plain(text: Text): string {
  return typeof text === 'string' ? text : text.id;
}

function safeApplies(check: CheckDef<any>, facts: Facts): boolean {
  try {
    return check.appliesTo!(facts);
  } catch {
    return true;
  }
}

function safeEvaluate(check: CheckDef<any>, facts: Facts, role: Role): Outcome {
  try {
    return check.evaluate(facts, { role, params: check.params[role] });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const reason: Localized = {
      id: `Galat internal pada pemeriksaan ini (${message}); laporkan ke pengembang SiapCAT beserta snapshot-nya.`,
      en: `Internal error in this check (${message}); report it to the SiapCAT developers with the snapshot.`,
    };
    return { status: 'unknown', measured: null, expected: '', reason };
  }
}
