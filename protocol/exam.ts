import { z } from 'zod/mini';
import { ATTENDANCE_WORDS } from './glossary.js';
import type { Localized } from './i18n.js';
import { LocalizedSchema } from './check.js';
import { TIME_ZONES } from './time.js';

/**
 * Exam day (hari ujian): sessions, roster, check-in desk, PIN, attendance. The request schemas are
 * validated by the hub; the response types are what the dashboard pages render as they are
 * (every name, count and formatted time comes from the hub). Reports (daftar hadir, berita acara,
 * incidents, audit) are in exam-reports.ts, which builds on this file (never the other way round).
 */

export const SESSION_KINDS = ['SKD', 'SKB', 'PPPK'] as const;
export const SessionKindSchema = z.enum(SESSION_KINDS);
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SESSION_KIND_LABELS: Record<SessionKind, Localized> = {
  SKD: { id: 'Seleksi Kompetensi Dasar (SKD)', en: 'Basic Competency Test (SKD)' },
  SKB: { id: 'Seleksi Kompetensi Bidang (SKB)', en: 'Field Competency Test (SKB)' },
  PPPK: { id: 'Seleksi PPPK', en: 'PPPK selection test' },
};

/** The venue time zones of Indonesia are protocol/time.ts's (the one clock module). */
export { TIME_ZONES, ZONE_LABELS, type TimeZone } from './time.js';

/** An instant written with its offset: 2026-11-23T08:00:00+08:00 or ...Z (seconds optional). */
export const InstantWithOffsetSchema = z.string().check(
  z.trim(),
  z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, {
    error: 'ISO 8601 with offset, e.g. 2026-11-23T08:00:00+08:00',
  }),
  z.refine((value) => !Number.isNaN(Date.parse(value)), { error: 'not a real date and time' }),
);

const personName = z.string().check(z.trim(), z.minLength(1), z.maxLength(120));

export const SignatorySchema = z.object({
  name: personName,
  /** NIP or another identity number as printed under the signature. */
  nip: z._default(z.string().check(z.trim(), z.maxLength(40)), ''),
  /** Position or team role ("Ketua Panselda", "Koordinator Tim CAT"). */
  jabatan: z._default(z.string().check(z.trim(), z.maxLength(120)), ''),
});
export type Signatory = z.infer<typeof SignatorySchema>;

/** Who signs the berita acara (Lampiran C.3.b.7.j): Panselda, the CAT team, the monitors. */
export const SignatoriesSchema = z.object({
  panselda: z._default(z.array(SignatorySchema).check(z.maxLength(10)), []),
  timCat: z._default(z.array(SignatorySchema).check(z.maxLength(10)), []),
  pengawas: z._default(z.array(SignatorySchema).check(z.maxLength(20)), []),
});
export type Signatories = z.infer<typeof SignatoriesSchema>;

const roomName = z.string().check(z.trim(), z.minLength(1), z.maxLength(64));

/**
 * Who issues the participant's login PIN. `siapcat`: the desk issues it and prints the slip (for a
 * CAT system that verifies PINs through SiapCAT's API). `bkn`: BKN's own CAT registration prints
 * the PIN; the desk records the identity check, attendance and the reference of BKN's slip, and
 * issues no second PIN.
 */
export const PIN_SOURCES = ['siapcat', 'bkn'] as const;
export const PinSourceSchema = z.enum(PIN_SOURCES);
export type PinSource = (typeof PIN_SOURCES)[number];
export const PIN_SOURCE_LABELS: Record<PinSource, Localized> = {
  siapcat: { id: 'SiapCAT menerbitkan PIN (slip dari meja ini)', en: 'SiapCAT issues the PIN (slip from this desk)' },
  bkn: {
    id: 'Registrasi CAT BKN menerbitkan PIN (SiapCAT hanya mencatat)',
    en: "BKN's CAT registration issues the PIN (SiapCAT only records)",
  },
};

/** POST /api/sessions. `durationMinutes` and `blindDurationMinutes` default by kind (SKD 100/130, SKB 90/120, PPPK 130/130). */
export const CreateSessionSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  startsAt: InstantWithOffsetSchema,
  durationMinutes: z.optional(z.int().check(z.gte(10), z.lte(600))),
  kind: z.pipe(z.string().check(z.trim(), z.toUpperCase()), z.enum(SESSION_KINDS)),
  blindDurationMinutes: z.optional(z.int().check(z.gte(10), z.lte(600))),
  /** PIN issuance closes this many minutes before the start (default 5). */
  pinCloseMinutes: z.optional(z.int().check(z.gte(0), z.lte(240))),
  /** The desk accepts check-ins from this many minutes before the start (default 240), so a desk on the wrong session notices. */
  registrationOpensMinutes: z.optional(z.int().check(z.gte(30), z.lte(1440))),
  /** Defaults to the zone of the offset in startsAt (+07:00 WIB, +08:00 WITA, +09:00 WIT). */
  timeZone: z.optional(z.enum(TIME_ZONES)),
  rooms: z.optional(z.array(roomName).check(z.maxLength(100))),
  venueName: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  venueAddress: z.optional(z.string().check(z.trim(), z.maxLength(500))),
  signatories: z.optional(SignatoriesSchema),
  /** Who issues the PIN (default siapcat). */
  pinSource: z.optional(z.enum(PIN_SOURCES)),
});
export type CreateSessionRequest = z.input<typeof CreateSessionSchema>;

/** PATCH /api/sessions/:id: any field of the create body, plus the actual start and end for the berita acara. */
export const UpdateSessionSchema = z.extend(z.partial(CreateSessionSchema), {
  actualStartAt: z.optional(z.nullable(InstantWithOffsetSchema)),
  actualEndAt: z.optional(z.nullable(InstantWithOffsetSchema)),
  notes: z.optional(z.string().check(z.trim(), z.maxLength(4000))),
});
export type UpdateSessionRequest = z.input<typeof UpdateSessionSchema>;

/** Local date and clock times of an instant in the session's zone: dd/mm/yyyy, 24-hour HH:MM. */
export const LocalTimeSchema = z.object({
  date: z.string(),
  time: z.string(),
  zone: z.string(),
});
export type LocalTime = z.infer<typeof LocalTimeSchema>;

export const CountsSchema = z.object({
  /** On the roster. */
  registered: z.number(),
  /** Checked in with a PIN issued. */
  present: z.number(),
  /** registered - present. */
  absent: z.number(),
  /** Of the absent: refused at the desk (identity mismatch, or PIN window closed) and never checked in. */
  refused: z.number(),
});
export type Counts = z.infer<typeof CountsSchema>;

/** A session's kind and times without its counts: what is known without reading the roster. */
export type SessionSchedule = Pick<ExamSession, 'id' | 'kind' | 'startsAt' | 'timeZone' | 'local'>;

/** A session's name, kind and times without its counts: what results judge and reconcile by. */
export type SessionTimes = SessionSchedule & Pick<ExamSession, 'name' | 'zone' | 'endsAt' | 'blindEndsAt' | 'actualEndAt'>;

export const ExamSessionSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: SessionKindSchema,
  kindLabel: LocalizedSchema,
  /** ISO 8601 in the session's own offset. */
  startsAt: z.string(),
  endsAt: z.string(),
  blindEndsAt: z.string(),
  pinClosesAt: z.string(),
  durationMinutes: z.number(),
  blindDurationMinutes: z.number(),
  pinCloseMinutes: z.number(),
  registrationOpensMinutes: z.number(),
  registrationOpensAt: z.string(),
  timeZone: z.enum(TIME_ZONES),
  /** WIB, WITA or WIT. */
  zone: z.string(),
  local: z.object({
    date: z.string(),
    start: z.string(),
    end: z.string(),
    blindEnd: z.string(),
    pinCloses: z.string(),
    registrationOpens: z.string(),
  }),
  /** Rooms named when the session was set up, plus every room that appears on the roster. */
  rooms: z.array(z.string()),
  venueName: z.string(),
  venueAddress: z.string(),
  signatories: SignatoriesSchema,
  actualStartAt: z.nullable(z.string()),
  actualEndAt: z.nullable(z.string()),
  notes: z.string(),
  pinSource: PinSourceSchema,
  /** Is PIN issuance still open now (by the hub's clock). */
  pinWindowOpen: z.boolean(),
  /** Has the desk's registration opened yet (by the hub's clock). It never closes again; PIN issuance closes (pinWindowOpen). */
  registrationOpen: z.boolean(),
  counts: CountsSchema,
  createdAt: z.string(),
  createdBy: z.string(),
});
export type ExamSession = z.infer<typeof ExamSessionSchema>;

export const ParticipantStatusSchema = z.enum(['present', 'absent', 'refused']);
export type ParticipantStatus = z.infer<typeof ParticipantStatusSchema>;

/** The glossary's attendance words (protocol/glossary.ts). */
export const PARTICIPANT_STATUS_LABELS: Record<ParticipantStatus, Localized> = {
  present: ATTENDANCE_WORDS.present,
  absent: ATTENDANCE_WORDS.absent,
  refused: ATTENDANCE_WORDS.refused,
};

/** Not checked in while check-in is still open: not yet absent. */
export const NOT_YET_PRESENT_LABEL: Localized = ATTENDANCE_WORDS.notYet;

export const ParticipantSchema = z.object({
  number: z.string(),
  /** Only the first 4 and last 4 digits: 6310********0001. The full NIK never leaves the hub except in the export. */
  nikMasked: z.string(),
  name: z.string(),
  jabatan: z.string(),
  room: z.string(),
  seat: z.string(),
  /** As written on the roster ("Tunanetra"), '' when none. */
  disability: z.string(),
  /** Blind participants get a braille seat and the longer duration. */
  blind: z.boolean(),
  /** This participant's own duration (the session's, or the longer one when blind). */
  durationMinutes: z.number(),
  birthDate: z.string(),
  status: ParticipantStatusSchema,
  checkedInAt: z.nullable(z.string()),
  /** HH:MM in the session's zone, '' when not checked in. */
  checkedInTime: z.string(),
  checkedInBy: z.nullable(z.string()),
  /** Registered after the PIN window closed, by a supervisor's override. */
  override: z.nullable(
    z.object({
      by: z.string(),
      reason: z.string(),
    }),
  ),
  pin: z.nullable(
    z.object({
      issuedAt: z.string(),
      issuedBy: z.string(),
      reissues: z.number(),
    }),
  ),
});
export type Participant = z.infer<typeof ParticipantSchema>;

/** A participant as results reconcile them: who, where, and when they checked in (no NIK, PIN or refusals). */
export type Attendee = Pick<Participant, 'number' | 'name' | 'room' | 'seat' | 'blind' | 'checkedInAt'>;

/** What the check-in desk sends: the scanned or typed participant number and the NIK from the KTP. */
export const CheckinRequestSchema = z.object({
  participantNumber: z.string().check(z.minLength(1), z.maxLength(500)),
  nik: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Registration after the PIN window closed: the logged-in supervisor and the reason. */
  override: z.optional(z.object({ reason: z.string().check(z.trim(), z.minLength(3), z.maxLength(500)) })),
  /** A session whose PIN comes from BKN's CAT registration: the reference printed on BKN's slip (optional). */
  slipRef: z.optional(z.string().check(z.trim(), z.maxLength(64))),
});
export type CheckinRequest = z.input<typeof CheckinRequestSchema>;

/** POST /api/sessions/:id/participants/:number/pin/reissue */
export const ReissueRequestSchema = z.object({
  reason: z.string().check(z.trim(), z.minLength(3), z.maxLength(500)),
  override: z.optional(z.object({ reason: z.string().check(z.trim(), z.minLength(3), z.maxLength(500)) })),
});
export type ReissueRequest = z.input<typeof ReissueRequestSchema>;

/** POST /api/sessions/:id/pins/verify */
export const VerifyPinRequestSchema = z.object({
  participantNumber: z.string().check(z.minLength(1), z.maxLength(500)),
  pin: z.string().check(z.minLength(1), z.maxLength(32)),
});
export type VerifyPinRequest = z.input<typeof VerifyPinRequestSchema>;
