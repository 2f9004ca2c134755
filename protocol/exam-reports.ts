import { z } from 'zod/mini';
import type { Localized } from './i18n.js';
import { LocalizedSchema } from './check.js';
import { BeritaAcaraCustodySchema } from './custody-minutes.js';
import { BeritaAcaraResultsSchema } from './results-responses.js';
import { CountsSchema, ExamSessionSchema, ParticipantSchema, ParticipantStatusSchema, SignatoriesSchema } from './exam.js';

/** Reports of an exam session: attendance, daftar hadir, incidents, berita acara, audit. */

export const RoomCountsSchema = z.extend(CountsSchema, {
  /** '' for participants the roster put in no room. */
  room: z.string(),
});
export type RoomCounts = z.infer<typeof RoomCountsSchema>;

/** GET /api/sessions/:id/attendance */
export const AttendanceResponseSchema = z.extend(CountsSchema, {
  sessionId: z.string(),
  rooms: z.array(RoomCountsSchema),
  blind: z.object({
    registered: z.number(),
    present: z.number(),
  }),
  participants: z.array(ParticipantSchema),
  generatedAt: z.string(),
  /** PIN issuance has closed (by the hub's clock): who has not come is absent ("Tidak hadir"), before that "Belum hadir". */
  final: z.boolean(),
  /** When PIN issuance closes (ISO, the session's zone): the page asks again then to turn "Belum hadir" into "Tidak hadir". */
  finalAt: z.string(),
});
export type AttendanceResponse = z.infer<typeof AttendanceResponseSchema>;

/** One printed row of the daftar hadir; the signature column is left empty for ink. */
export const DaftarHadirRowSchema = z.object({
  no: z.number(),
  number: z.string(),
  name: z.string(),
  jabatan: z.string(),
  seat: z.string(),
  blind: z.boolean(),
  status: ParticipantStatusSchema,
  statusLabel: LocalizedSchema,
  /** HH:MM of registration, '' when absent. */
  time: z.string(),
});
export type DaftarHadirRow = z.infer<typeof DaftarHadirRowSchema>;

/** GET /api/sessions/:id/daftar-hadir[?room=R1]: one page group per room, seat order. */
export const DaftarHadirResponseSchema = z.object({
  title: z.string(),
  venueName: z.string(),
  session: z.object({
    id: z.string(),
    name: z.string(),
    kindLabel: LocalizedSchema,
    date: z.string(),
    start: z.string(),
    end: z.string(),
    zone: z.string(),
  }),
  rooms: z.array(
    z.object({
      room: z.string(),
      counts: CountsSchema,
      rows: z.array(DaftarHadirRowSchema),
    }),
  ),
  /** Check-in has closed (the PIN window): who is not present is absent; before, "belum hadir". */
  final: z.boolean(),
  generatedAt: z.string(),
  /** "23/11/2026 10.15 WITA" (id), "23/11/2026 10:15 WITA" (en): when the hub made it, in the session's zone. */
  generatedText: LocalizedSchema,
});
export type DaftarHadirResponse = z.infer<typeof DaftarHadirResponseSchema>;

export const INCIDENT_KINDS = ['listrik', 'jaringan', 'server', 'peserta', 'lainnya'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];
export const INCIDENT_KIND_LABELS: Record<IncidentKind, Localized> = {
  listrik: { id: 'Listrik', en: 'Power' },
  jaringan: { id: 'Jaringan', en: 'Network' },
  server: { id: 'Server', en: 'Server' },
  peserta: { id: 'Peserta', en: 'Participant' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

const incidentAt = z.string().check(
  z.trim(),
  z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, {
    error: 'ISO 8601 with offset, e.g. 2026-11-23T08:40:00+08:00',
  }),
  z.refine((value) => !Number.isNaN(Date.parse(value)), { error: 'not a real date and time' }),
);

const incidentFields = {
  at: incidentAt,
  /** '' = the whole venue. */
  room: z.string().check(z.trim(), z.maxLength(64)),
  kind: z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.enum(INCIDENT_KINDS)),
  description: z.string().check(z.trim(), z.minLength(3), z.maxLength(4000)),
  minutesLost: z.int().check(z.gte(0), z.lte(1440)),
  timeAdded: z.boolean(),
  /** Minutes added to the participants' time; required when timeAdded. */
  addedMinutes: z.int().check(z.gte(0), z.lte(600)),
};

/** POST /api/sessions/:id/incidents. `at` defaults to now, `room` to '' (the whole venue). */
export const IncidentRequestSchema = z.object({
  ...incidentFields,
  at: z.optional(incidentFields.at),
  room: z._default(incidentFields.room, ''),
  minutesLost: z._default(incidentFields.minutesLost, 0),
  timeAdded: z._default(incidentFields.timeAdded, false),
  addedMinutes: z._default(incidentFields.addedMinutes, 0),
});
export type IncidentRequest = z.input<typeof IncidentRequestSchema>;
/** PATCH /api/sessions/:id/incidents/:incident: only the fields given change. */
export const IncidentUpdateSchema = z.partial(z.object(incidentFields));

export const IncidentSchema = z.object({
  id: z.number(),
  sessionId: z.string(),
  at: z.string(),
  time: z.string(),
  room: z.string(),
  kind: z.enum(INCIDENT_KINDS),
  kindLabel: LocalizedSchema,
  description: z.string(),
  minutesLost: z.number(),
  timeAdded: z.boolean(),
  addedMinutes: z.number(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.nullable(z.string()),
  updatedBy: z.nullable(z.string()),
});
export type Incident = z.infer<typeof IncidentSchema>;

/**
 * GET /api/sessions/:id/berita-acara: the minutes, every number computed from the records. The four
 * counts are also at the top level, as in the attendance answer.
 */
export const BeritaAcaraSchema = z.extend(CountsSchema, {
  title: z.string(),
  venue: z.object({
    name: z.string(),
    address: z.string(),
    /** The town the paper is signed in ('' until the venue settings name it). */
    city: z.string(),
  }),
  /** "Batulicin, 4 Desember 2026" above the signatures; dots for the town when the venue names none. */
  placeDate: LocalizedSchema,
  session: z.extend(
    z.pick(ExamSessionSchema, {
      id: true,
      name: true,
      kind: true,
      kindLabel: true,
      durationMinutes: true,
      blindDurationMinutes: true,
      zone: true,
    }),
    {
      day: z.string(),
      date: z.string(),
      scheduledStart: z.string(),
      scheduledEnd: z.string(),
      actualStart: z.string(),
      actualEnd: z.string(),
      rooms: z.array(z.string()),
    },
  ),
  /** Room code -> name for the session's rooms the venue knows: paper prints "Aula Utama (R1)". */
  roomNames: z.optional(z.record(z.string(), z.string())),
  counts: CountsSchema,
  rooms: z.array(RoomCountsSchema),
  blind: z.object({
    registered: z.number(),
    present: z.number(),
  }),
  /** Registrations after the PIN window by a supervisor's override. */
  overrides: z.number(),
  pinReissues: z.number(),
  /** Every refusal at the desk, including scans of numbers not on this roster. */
  refusalAttempts: z.object({
    total: z.number(),
    nikMismatch: z.number(),
    notOnRoster: z.number(),
    windowClosed: z.number(),
  }),
  incidents: z.array(z.extend(IncidentSchema, { no: z.number() })),
  incidentTotals: z.object({
    count: z.number(),
    minutesLost: z.number(),
    timeAddedCount: z.number(),
  }),
  signatories: SignatoriesSchema,
  notes: z.string(),
  /** The audit chain's last entry when this was generated: print it so the paper anchors the log. */
  audit: z.nullable(
    z.object({
      seq: z.number(),
      hash: z.string(),
    }),
  ),
  /** Results (Lampiran C.3.b.7.j(2)): counts by status, anomalies and the rule version; absent when none applies. */
  results: z.optional(BeritaAcaraResultsSchema),
  /** Reserve-PC switches and that day's custody events (seals, trials, drills, BAST), when custody is present. */
  custody: z.optional(BeritaAcaraCustodySchema),
  generatedAt: z.string(),
  /** "23/11/2026 10.15 WITA" (id), "23/11/2026 10:15 WITA" (en): when the hub made it, in the session's zone. */
  generatedText: LocalizedSchema,
});
export type BeritaAcara = z.infer<typeof BeritaAcaraSchema>;

/** One entry of the hash-chained audit log. */
export const AuditEntrySchema = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  sessionId: z.nullable(z.string()),
  subject: z.nullable(z.string()),
  data: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** Actions the exam day and the custody records write to the audit log. */
export const AUDIT_ACTIONS = [
  'session.created',
  'session.updated',
  'session.deleted',
  'roster.imported',
  'checkin.registered',
  'checkin.refused',
  'checkin.duplicate',
  'pin.issued',
  'pin.reissued',
  'pin.override',
  'pin.locked',
  'incident.created',
  'incident.updated',
  'incident.deleted',
  'results.imported',
  'result.entered',
  'result.corrected',
  'anomaly.explained',
  'letter.issued',
  // Custody and rehearsal (server/custody).
  'custody.seal-installed',
  'custody.seal-opened',
  'custody.handover',
  'custody.witnessed',
  'custody.trial-started',
  'custody.trial-completed',
  'custody.drill-marked',
  'custody.seat-switched',
  'custody.photo-attached',
  // A change to users, roles, venue, servers, machines, tokens or settings through the API (server/app.ts).
  'hub.change',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** GET /api/sessions/:id/audit: a page of the session's audit entries, newest first. */
export const AuditPageSchema = z.object({ entries: z.array(AuditEntrySchema) });
export type AuditPage = z.infer<typeof AuditPageSchema>;

/** GET /api/audit/verify: does the whole chain hold; where it breaks, what is wrong. */
export const AuditVerifySchema = z.object({
  intact: z.boolean(),
  count: z.number(),
  head: z.nullable(z.object({ seq: z.number(), hash: z.string() })),
  broken: z.nullable(z.object({ seq: z.number(), text: LocalizedSchema })),
});
export type AuditVerify = z.infer<typeof AuditVerifySchema>;

/** GET /api/sessions/:id/incidents */
export const IncidentsResponseSchema = z.object({ incidents: z.array(IncidentSchema) });
export type IncidentsResponse = z.infer<typeof IncidentsResponseSchema>;
