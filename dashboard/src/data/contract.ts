import { z } from 'zod/mini';
import { MachineSchema, ServerInfoSchema } from '../../../protocol/api.js';
import { CheckResultSchema, LocalizedSchema, VerdictSchema } from '../../../protocol/check.js';
import { EnrollmentCodeSchema } from '../../../protocol/enrollment.js';
import { RoomSchema, SeatSchema, ServerSchema, VenueSchema } from '../../../protocol/venue.js';

/**
 * The hub's response envelopes, assembled from the protocol's schemas (the items are the
 * protocol's own; only the wrappers are spelled here). Unknown extra fields are ignored, so a
 * newer hub that adds fields keeps working with this dashboard.
 */

/** GET /api/venue */
export const VenueStateSchema = z.object({
  venue: z.nullable(VenueSchema),
  rooms: z.array(RoomSchema),
  servers: z.array(ServerSchema),
  seats: z.array(SeatSchema),
});
export type VenueState = z.infer<typeof VenueStateSchema>;

/** GET /api/servers */
export const ServersResponseSchema = z.object({ servers: z.array(ServerInfoSchema) });

/**
 * A check as the dashboard shows it: `measured`/`expected` are Indonesian; when the words differ
 * by language the checklist also sends both (`measuredText`, `expectedText`). Use `measuredOf`.
 */
export const CheckViewSchema = z.extend(CheckResultSchema, {
  measuredText: z.optional(LocalizedSchema),
  expectedText: z.optional(LocalizedSchema),
});
export type CheckView = z.infer<typeof CheckViewSchema>;

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
    checks: z._default(z.array(CheckViewSchema), []),
    failing: z.optional(z.array(z.string())),
  }),
  z.transform((m) => ({ ...m, failing: m.failing ?? m.checks.filter((c) => c.status === 'fail').map((c) => c.id) })),
);
export type MachineRow = z.output<typeof MachineRowSchema>;

/** GET /api/machines */
export const MachinesResponseSchema = z.object({ machines: z.array(MachineRowSchema) });

/** One entry of a machine's report history: what changed when. */
export const HistoryEntrySchema = z.object({
  at: z.string(),
  verdict: z.nullable(VerdictSchema),
  changes: z.array(
    z.object({
      id: z.string(),
      /** The check's status before and after; null when the check was absent on that side. */
      from: z.nullable(z.string()),
      to: z.nullable(z.string()),
    }),
  ),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** GET /api/machines/:id */
export const MachineDetailSchema = z.extend(MachineSchema, {
  checks: z.array(CheckViewSchema),
  history: z._default(z.array(HistoryEntrySchema), []),
});
export type MachineDetail = z.infer<typeof MachineDetailSchema>;

const EnrollmentCommandsSchema = z.object({ cmd: z.string(), powershell: z.string(), linux: z.string() });

/** GET /api/enrollment: the address agents use, the downloads, the codes (never the codes themselves). */
export const EnrollmentSchema = z.object({
  hubUrl: z.string(),
  addresses: z.array(z.string()),
  downloads: z.array(z.object({ file: z.string(), os: z.enum(['windows', 'linux']), bytes: z.nullable(z.number()), url: z.string() })),
  codes: z.array(EnrollmentCodeSchema),
  commands: EnrollmentCommandsSchema,
  simulatorToken: z.string(),
  caFingerprint: z._default(z.nullable(z.string()), null),
  warning: z.nullable(LocalizedSchema),
});
export type Enrollment = z.infer<typeof EnrollmentSchema>;

/** POST /api/enrollment/codes: the code, shown once, with the commands that carry it. */
export const NewEnrollmentCodeSchema = z.object({ code: z.string(), entry: EnrollmentCodeSchema, commands: EnrollmentCommandsSchema });
export type NewEnrollmentCode = z.infer<typeof NewEnrollmentCodeSchema>;

const ItemChangesSchema = z.object({ created: z.array(z.string()), updated: z.array(z.string()), unchanged: z.number() });

/** POST /api/venue/plan: what the import changed (nothing the plan does not mention is removed). */
export const PlanImportResultSchema = z.object({
  rooms: ItemChangesSchema,
  servers: ItemChangesSchema,
  seats: z.object({ created: z.number(), updated: z.number(), unchanged: z.number() }),
});
export type PlanImportResult = z.infer<typeof PlanImportResultSchema>;
