import { z } from 'zod/mini';
import { CauseSchema } from './api.js';
import { LocalizedSchema, VerdictSchema } from './check.js';

/**
 * The venue's facility checklist (Lampiran C.4.b: cabling, genset, UPS, lockers, rooms, metal
 * detector, TV/projector, scanners, printer, first aid, fire extinguisher, evacuation signs,
 * internet): items no agent can measure, ticked by a person with who, when and a note.
 */

/** ok: present and working; not-ok: missing or not working; na: does not apply to this venue. */
export const FACILITY_STATUSES = ['ok', 'not-ok', 'na'] as const;
export type FacilityStatus = (typeof FACILITY_STATUSES)[number];
export const FacilityStatusSchema = z.enum(FACILITY_STATUSES);

/** One manual item as the checklist defines it. */
export const FacilityItemSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Clause reference as printed, e.g. "Lampiran C.4.b.1.d". */
  clause: z.string().check(z.maxLength(120)),
  level: z.optional(z.enum(['minimal', 'rekomendasi'])),
  title: LocalizedSchema,
  /** What the person checking should look at and confirm. */
  verify: z.optional(LocalizedSchema),
});
export type FacilityItem = z.infer<typeof FacilityItemSchema>;

/** How the item was last ticked. */
export const FacilityEntrySchema = z.object({
  status: FacilityStatusSchema,
  note: z.string().check(z.maxLength(1000)),
  by: z.string(),
  /** ISO 8601 instant. */
  at: z.string(),
});
export type FacilityEntry = z.infer<typeof FacilityEntrySchema>;

/** Body of PUT /api/facilities/:id. */
export const FacilityTickSchema = z.object({
  status: FacilityStatusSchema,
  note: z._default(z.string().check(z.maxLength(1000)), ''),
});
export type FacilityTick = z.infer<typeof FacilityTickSchema>;

export const FacilityCountsSchema = z.object({
  ok: z.int().check(z.nonnegative()),
  notOk: z.int().check(z.nonnegative()),
  na: z.int().check(z.nonnegative()),
  unchecked: z.int().check(z.nonnegative()),
});
export type FacilityCounts = z.infer<typeof FacilityCountsSchema>;

/**
 * The facility side of the venue's readiness: any item not ok -> not-ready; else any item not yet
 * checked -> incomplete; else ready (n.a. counts as done). Causes use kind 'facility'.
 */
export const FacilitySummarySchema = z.object({
  verdict: VerdictSchema,
  counts: FacilityCountsSchema,
  causes: z.array(CauseSchema),
});
export type FacilitySummary = z.infer<typeof FacilitySummarySchema>;

export const FacilityRowSchema = z.extend(FacilityItemSchema, { entry: z.nullable(FacilityEntrySchema) });
export type FacilityRow = z.infer<typeof FacilityRowSchema>;

/** GET /api/facilities */
export const FacilitiesResponseSchema = z.object({
  items: z.array(FacilityRowSchema),
  summary: FacilitySummarySchema,
});
export type FacilitiesResponse = z.infer<typeof FacilitiesResponseSchema>;
