import { z } from 'zod/mini';
import type { Localized } from './i18n.js';
import type { BeritaAcaraCustody } from './custody-minutes.js';
import type { BeritaAcaraResults } from './results.js';
import type { Counts, ExamSession, Participant, ParticipantStatus, Signatories } from './exam.js';

/** Reports of an exam session: attendance, daftar hadir, incidents, berita acara, audit. */

export interface RoomCounts extends Counts {
  /** '' for participants the roster put in no room. */
  room: string;
}

/** GET /api/sessions/:id/attendance */
export interface AttendanceResponse extends Counts {
  sessionId: string;
  rooms: RoomCounts[];
  blind: { registered: number; present: number };
  participants: Participant[];
  generatedAt: string;
}

/** One printed row of the daftar hadir; the signature column is left empty for ink. */
export interface DaftarHadirRow {
  no: number;
  number: string;
  name: string;
  jabatan: string;
  seat: string;
  blind: boolean;
  status: ParticipantStatus;
  statusLabel: Localized;
  /** HH:MM of registration, '' when absent. */
  time: string;
}

/** GET /api/sessions/:id/daftar-hadir[?room=R1]: one page group per room, seat order. */
export interface DaftarHadirResponse {
  title: string;
  venueName: string;
  session: { id: string; name: string; kindLabel: Localized; date: string; start: string; end: string; zone: string };
  rooms: Array<{ room: string; counts: Counts; rows: DaftarHadirRow[] }>;
  /** Check-in has closed (the PIN window): who is not present is absent; before, "belum hadir". */
  final: boolean;
  generatedAt: string;
  generatedText: string;
}

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

export interface Incident {
  id: number;
  sessionId: string;
  at: string;
  time: string;
  room: string;
  kind: IncidentKind;
  kindLabel: Localized;
  description: string;
  minutesLost: number;
  timeAdded: boolean;
  addedMinutes: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string | null;
  updatedBy: string | null;
}

/**
 * GET /api/sessions/:id/berita-acara: the minutes, every number computed from the records. The four
 * counts are also at the top level, as in the attendance answer.
 */
export interface BeritaAcara extends Counts {
  title: string;
  venue: { name: string; address: string };
  session: Pick<ExamSession, 'id' | 'name' | 'kind' | 'kindLabel' | 'durationMinutes' | 'blindDurationMinutes' | 'zone'> & {
    day: string;
    date: string;
    scheduledStart: string;
    scheduledEnd: string;
    actualStart: string;
    actualEnd: string;
    rooms: string[];
  };
  counts: Counts;
  rooms: Array<Counts & { room: string }>;
  blind: { registered: number; present: number };
  /** Registrations after the PIN window by a supervisor's override. */
  overrides: number;
  pinReissues: number;
  /** Every refusal at the desk, including scans of numbers not on this roster. */
  refusalAttempts: { total: number; nikMismatch: number; notOnRoster: number; windowClosed: number };
  incidents: Array<Incident & { no: number }>;
  incidentTotals: { count: number; minutesLost: number; timeAddedCount: number };
  signatories: Signatories;
  notes: string;
  /** The audit chain's last entry when this was generated: print it so the paper anchors the log. */
  audit: { seq: number; hash: string } | null;
  /** Results (Lampiran C.3.b.7.j(2)): counts by status, anomalies and the rule version; absent when none applies. */
  results?: BeritaAcaraResults;
  /** Reserve-PC switches and that day's custody events (seals, trials, drills, BAST), when custody is present. */
  custody?: BeritaAcaraCustody;
  generatedAt: string;
  generatedText: string;
}

/** One entry of the hash-chained audit log. */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  sessionId: string | null;
  subject: string | null;
  data: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

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
  // A change to users, roles, venue, servers, machines, tokens or settings through the API (server/app.ts).
  'hub.change',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
