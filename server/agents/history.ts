import type { CheckChange } from '../../protocol/api.js';
import type { CheckResult } from '../../protocol/check.js';
import type { Localized } from '../../protocol/i18n.js';

/** What changed from the previous report's checks (null: this is the first report) to the next. */
export function checkChanges(
  previous: readonly Pick<CheckResult, 'id' | 'status'>[] | null,
  next: readonly Pick<CheckResult, 'id' | 'status'>[],
): CheckChange[] {
  const before = new Map((previous ?? []).map((c) => [c.id, c.status]));
  const changes: CheckChange[] = [];
  for (const check of next) {
    const from = before.get(check.id) ?? null;
    if (from !== check.status) changes.push({ id: check.id, from, to: check.status });
    before.delete(check.id);
  }
  for (const [id, from] of before) changes.push({ id, from, to: null });
  return changes;
}

/** A check named for a roll-up cause: its id, title, and the short failure title when it has one. */
export interface CheckBrief {
  id: string;
  title: Localized;
  failTitle?: Localized;
}

/** The failing and the unknown checks of a report, in the small form the roll-up reads. */
export function briefs(checks: readonly CheckResult[]): { failing: CheckBrief[]; unknowns: CheckBrief[] } {
  const brief = (c: CheckResult): CheckBrief =>
    c.failTitle ? { id: c.id, title: c.title, failTitle: c.failTitle } : { id: c.id, title: c.title };
  return {
    failing: checks.filter((c) => c.status === 'fail').map(brief),
    unknowns: checks.filter((c) => c.status === 'unknown').map(brief),
  };
}
