import { z } from 'zod/mini';
import { CHECK_STATUSES, CLAUSE_LEVELS, ROLES, VERDICTS } from './terms.js';

/**
 * The vocabulary every part shares about checks: roles, statuses, verdicts and the shape of one
 * judged check. The checks themselves live in checklists/; this module only names the results.
 */

export {
  ROLES,
  isRole,
  type Role,
  CHECK_STATUSES,
  type CheckStatus,
  VERDICTS,
  type Verdict,
  CLAUSE_LEVELS,
  type ClauseLevel,
  verdictOf,
} from './terms.js';
export const RoleSchema = z.enum(ROLES);
export const CheckStatusSchema = z.enum(CHECK_STATUSES);
export const VerdictSchema = z.enum(VERDICTS);

export const LocalizedSchema = z.object({ id: z.string(), en: z.string() });

/** A judged check as it travels (agent report, hub storage, API, dashboard). */
export const CheckResultSchema = z.object({
  /** Stable noun id from the checklist, e.g. "ram-size". Never changes once published. */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  status: CheckStatusSchema,
  /** What was measured, human-readable with units ("15.8 GiB usable (16 GB installed)"); null when nothing was. */
  measured: z.nullable(z.string().check(z.maxLength(500))),
  /** What the clause asks for this role ("≥ 4 GB"). */
  expected: z.string().check(z.maxLength(500)),
  /** Clause reference as printed, e.g. "Lampiran C.4.b.2.a(5)". */
  clause: z.string().check(z.maxLength(120)),
  level: z.enum(CLAUSE_LEVELS),
  title: LocalizedSchema,
  /** Short failure title used in named causes ("RAM < 4 GB"); present when status is fail or warn. */
  failTitle: z.optional(LocalizedSchema),
  /** Why the status is what it is: the unknown reason, the warn caveat, or the failure detail. */
  reason: z.optional(LocalizedSchema),
  /** What to do about a fail/warn/unknown. */
  fix: z.optional(LocalizedSchema),
  /** `measured` in both languages, when it has words in it ("tidak ada" / "none"); `measured` holds the Indonesian. */
  measuredText: z.optional(LocalizedSchema),
  /** `expected` in both languages, when it has words in it; `expected` holds the Indonesian. */
  expectedText: z.optional(LocalizedSchema),
});
export type CheckResult = z.infer<typeof CheckResultSchema>;

export const ChecklistRefSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(120)),
  version: z.string().check(z.minLength(1), z.maxLength(40)),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type ChecklistRef = z.infer<typeof ChecklistRefSchema>;

/** One machine judged against one checklist for one role. */
export const ReadinessReportSchema = z.object({
  role: RoleSchema,
  verdict: VerdictSchema,
  checklist: ChecklistRefSchema,
  /** ISO 8601 instant the facts were gathered. */
  gatheredAt: z.string().check(z.maxLength(40)),
  /** ISO 8601 instant the facts were judged (later than gatheredAt for a snapshot judged elsewhere). */
  judgedAt: z.optional(z.string().check(z.maxLength(40))),
  checks: z.array(CheckResultSchema).check(z.maxLength(200)),
});
export type ReadinessReport = z.infer<typeof ReadinessReportSchema>;
