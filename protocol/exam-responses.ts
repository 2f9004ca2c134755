import { z } from 'zod/mini';
import { SessionKindSchema, PinSourceSchema, ExamSessionSchema, ParticipantSchema } from './exam.js';

/**
 * What the hub answers about exam sessions: the PIN slip, check-in and verify answers, refusals, the roster
 * import's result, and the GET envelopes. Requests and the session/participant records are in exam.ts.
 */

/** The printable PIN slip; `pin` is the plaintext, shown this once. */
export const PinSlipSchema = z.object({
  venueName: z.string(),
  sessionId: z.string(),
  sessionName: z.string(),
  kind: SessionKindSchema,
  date: z.string(),
  start: z.string(),
  zone: z.string(),
  durationMinutes: z.number(),
  room: z.string(),
  seat: z.string(),
  participantNumber: z.string(),
  name: z.string(),
  jabatan: z.string(),
  blind: z.boolean(),
  pin: z.string(),
  issuedAt: z.string(),
  issuedTime: z.string(),
});
export type PinSlip = z.infer<typeof PinSlipSchema>;

/** 201 answer of a check-in and of a PIN re-issue. */
export const CheckinResponseSchema = z.object({
  /** null when BKN's CAT registration issues the PIN (pinSource bkn). */
  pin: z.nullable(z.string()),
  pinSource: PinSourceSchema,
  participant: ParticipantSchema,
  slip: z.nullable(PinSlipSchema),
  /** The BKN slip reference recorded (pinSource bkn). */
  slipRef: z.optional(z.string()),
  /** The audit entry that recorded it. */
  audit: z.object({
    seq: z.number(),
    hash: z.string(),
  }),
});
export type CheckinResponse = z.infer<typeof CheckinResponseSchema>;

export const VerifyPinResponseSchema = z.object({
  valid: z.literal(true),
  participant: ParticipantSchema,
});
export type VerifyPinResponse = z.infer<typeof VerifyPinResponseSchema>;

/** One refusal at the desk (GET /api/sessions/:id/refusals, newest first). */
export const RefusalSchema = z.object({
  sessionId: z.string(),
  at: z.string(),
  by: z.string(),
  /** The error code the desk showed: nik-mismatch, not-on-roster, pin-window-closed, ... */
  code: z.string(),
  /** The participant it was about, when the scan matched one. */
  number: z.nullable(z.string()),
  scanned: z.string(),
  nikMasked: z.string(),
});
export type Refusal = z.infer<typeof RefusalSchema>;

/** One row the roster import refused: its row number as the spreadsheet shows it (header row counted) and why. */
export const RosterRejectionSchema = z.object({
  line: z.number(),
  reason: z.string(),
  en: z.string(),
  participantNumber: z.optional(z.string()),
});
export type RosterRejection = z.infer<typeof RosterRejectionSchema>;

/** POST /api/sessions/:id/roster */
export const RosterImportResultSchema = z.object({
  /** Valid rows of the file now on the roster (added + updated + unchanged). */
  imported: z.number(),
  rejected: z.array(RosterRejectionSchema),
  added: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  /** Valid rows that differ from a participant already checked in: kept as registered, not changed. */
  notApplied: z.array(RosterRejectionSchema),
  /** Participants already on the roster that this file does not list (kept: an import never removes anyone). */
  notInFile: z.number(),
  format: z.enum(['csv', 'xlsx']),
  /** Row of the header in the file, and which file column fed each field. */
  headerLine: z.number(),
  columns: z.record(z.string(), z.string()),
  registered: z.number(),
});
export type RosterImportResult = z.infer<typeof RosterImportResultSchema>;

/** GET /api/sessions */
export const SessionsResponseSchema = z.object({ sessions: z.array(ExamSessionSchema) });
export type SessionsResponse = z.infer<typeof SessionsResponseSchema>;
/** GET /api/sessions/:id/lookup?scan=: the participant a scanned card names. */
export const LookupResponseSchema = z.object({ participant: ParticipantSchema });
export type LookupResponse = z.infer<typeof LookupResponseSchema>;
/** GET /api/sessions/:id/participants: one page of the search, and how many matched. */
export const ParticipantsPageSchema = z.object({ total: z.number(), participants: z.array(ParticipantSchema) });
export type ParticipantsPage = z.infer<typeof ParticipantsPageSchema>;
/** GET /api/sessions/:id/refusals */
export const RefusalsResponseSchema = z.object({ refusals: z.array(RefusalSchema) });
export type RefusalsResponse = z.infer<typeof RefusalsResponseSchema>;
