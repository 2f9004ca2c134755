import { z } from 'zod/mini';
import { MachineSchema } from '../../../protocol/api.js';
import type { CheckResult } from '../../../protocol/check.js';
import { CheckResultSchema } from '../../../protocol/check.js';

/**
 * The hub's answers as the dashboard reads them: the protocol's own schemas and types (one
 * contract, protocol/), plus the one tolerance the dashboard adds, a machine row whose checks may
 * be absent (live updates carry summaries). Unknown extra fields are ignored, so a newer hub that
 * adds fields keeps working with this dashboard.
 */
export { VenueStateSchema, type VenueState } from '../../../protocol/venue.js';
export { PlanImportResultSchema, type PlanImportResult } from '../../../protocol/venue.js';
export { ServersResponseSchema, HistoryEntrySchema, MachineDetailSchema } from '../../../protocol/api.js';
export type { HistoryEntry, MachineDetail } from '../../../protocol/api.js';
export { EnrollmentInfoSchema as EnrollmentSchema, NewEnrollmentCodeSchema } from '../../../protocol/enrollment.js';
export type { EnrollmentInfo as Enrollment, NewEnrollmentCode } from '../../../protocol/enrollment.js';

/**
 * A check as the dashboard shows it: `measured`/`expected` are Indonesian; when the words differ
 * by language the checklist also sends both (`measuredText`, `expectedText`). Use `measuredOf`.
 */
export type CheckView = CheckResult;

export function measuredOf(check: CheckView, lang: 'id' | 'en'): string | null {
  return check.measuredText?.[lang] ?? check.measured;
}

export function expectedOf(check: CheckView, lang: 'id' | 'en'): string {
  return check.expectedText?.[lang] ?? check.expected;
}

/**
 * One machine as the lists carry it: the summary fields, plus the checks when the hub sends them.
 * `failing` is derived from the checks when absent.
 */
export const MachineRowSchema = z.pipe(
  z.extend(MachineSchema, {
    checks: z._default(z.array(CheckResultSchema), []),
    failing: z.optional(z.array(z.string())),
  }),
  z.transform((m) => ({ ...m, failing: m.failing ?? m.checks.filter((c) => c.status === 'fail').map((c) => c.id) })),
);
export type MachineRow = z.output<typeof MachineRowSchema>;

/** GET /api/machines */
export const MachinesResponseSchema = z.object({ machines: z.array(MachineRowSchema) });
