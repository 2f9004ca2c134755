import { z } from 'zod/mini';
import { LocalizedSchema } from './check.js';
import { ResultStatusSchema, RuleRefSchema, AnomalySchema, ResultCountsSchema, BoardSortSchema } from './results.js';

/**
 * The results documents the hub answers: the waiting-room board, the berita acara's results section, the rekap
 * and the letters. Records, requests and the rule are in results.ts.
 */

/** GET /api/sessions/:id/results/board[?sort=recorded|total|number]: the waiting-room TV. Never a NIK. */
export const BoardResponseSchema = z.object({
  session: z.object({
    id: z.string(),
    name: z.string(),
    kindLabel: LocalizedSchema,
    date: z.string(),
    zone: z.string(),
  }),
  components: z.array(
    z.object({
      key: z.string(),
      title: LocalizedSchema,
    }),
  ),
  rows: z.array(
    z.object({
      participantNumber: z.string(),
      name: z.string(),
      room: z.string(),
      scores: z.record(z.string(), z.number()),
      total: z.number(),
      status: ResultStatusSchema,
      statusLabel: LocalizedSchema,
      recordedTime: z.string(),
    }),
  ),
  counts: ResultCountsSchema,
  rule: RuleRefSchema,
  sort: BoardSortSchema,
  generatedAt: z.string(),
});
export type BoardResponse = z.infer<typeof BoardResponseSchema>;

/** The berita acara's results section (Lampiran C.3.b.7.j(2)): counts by status, anomalies, the rule that judged. */
export const BeritaAcaraResultsSchema = z.object({
  rule: z.extend(RuleRefSchema, { decree: z.string(), title: LocalizedSchema }),
  counts: ResultCountsSchema,
  anomalies: z.array(AnomalySchema),
});
export type BeritaAcaraResults = z.infer<typeof BeritaAcaraResultsSchema>;

/** A signer printed on the rekap and the letters. */
export const SignerSchema = z.object({
  name: z.string(),
  nip: z.string(),
  jabatan: z.string(),
});
export type Signer = z.infer<typeof SignerSchema>;

/** GET /api/sessions/:id/results/rekap: the printable "Rekap Hasil" for the handover of Lampiran C.3.b.7.k. */
export const RekapHasilSchema = z.object({
  title: z.string(),
  venue: z.object({
    name: z.string(),
    address: z.string(),
  }),
  session: z.object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    kindLabel: LocalizedSchema,
    day: z.string(),
    date: z.string(),
    start: z.string(),
    end: z.string(),
    zone: z.string(),
  }),
  rule: z.extend(RuleRefSchema, { decree: z.string(), title: LocalizedSchema }),
  components: z.array(
    z.object({
      key: z.string(),
      title: LocalizedSchema,
    }),
  ),
  rows: z.array(
    z.object({
      no: z.number(),
      participantNumber: z.string(),
      name: z.string(),
      room: z.string(),
      seat: z.string(),
      scores: z.record(z.string(), z.number()),
      total: z.number(),
      status: ResultStatusSchema,
      statusLabel: LocalizedSchema,
      corrected: z.boolean(),
    }),
  ),
  counts: ResultCountsSchema,
  /** Anomalies and their explanations, printed below the table. */
  anomalies: z.array(AnomalySchema),
  signatories: z.object({
    panselda: z.array(SignerSchema),
    timCat: z.array(SignerSchema),
    pengawas: z.array(SignerSchema),
  }),
  audit: z.nullable(
    z.object({
      seq: z.number(),
      hash: z.string(),
    }),
  ),
  generatedAt: z.string(),
  /** When the hub made it, in the session's zone (HH.MM in Indonesian, HH:MM in English). */
  generatedText: LocalizedSchema,
  /** "Batulicin, 23 November 2026" above the signatures (the venue settings' town, the session's day); dots without a town. */
  placeDate: LocalizedSchema,
});
export type RekapHasil = z.infer<typeof RekapHasilSchema>;

/** What a "Surat Keterangan Telah Mengikuti Seleksi" states, exactly as issued (no NIK). */
export const LetterContentSchema = z.object({
  v: z.literal(1),
  sessionId: z.string(),
  sessionName: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  day: z.string(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  zone: z.string(),
  venue: z.string(),
  participantNumber: z.string(),
  name: z.string(),
  jabatan: z.string(),
  room: z.string(),
  seat: z.string(),
  checkedInAt: z.string(),
  checkedInTime: z.string(),
  result: z.nullable(
    z.object({
      total: z.number(),
      status: ResultStatusSchema,
      statusLabel: z.string(),
      rule: z.string(),
      ruleSha256: z.string(),
    }),
  ),
  issuedAt: z.string(),
});
export type LetterContent = z.infer<typeof LetterContentSchema>;

/** POST /api/sessions/:id/results/:number/letter */
export const LetterIssuedSchema = z.object({
  /** XXXX-XXXX-XXXX-XXXX-XXXX: 100 bits of an HMAC over the content with the hub's own key. */
  code: z.string(),
  content: LetterContentSchema,
  issuedBy: z.string(),
});
export type LetterIssued = z.infer<typeof LetterIssuedSchema>;

/** GET /api/results/letters/:code */
export const LetterVerificationSchema = z.object({
  valid: z.boolean(),
  code: z.string(),
  content: LetterContentSchema,
  issuedAt: z.string(),
  issuedBy: z.string(),
  /** Whether attendance and result today still say what the letter says. */
  stillCurrent: z.boolean(),
  changes: z.array(LocalizedSchema),
});
export type LetterVerification = z.infer<typeof LetterVerificationSchema>;
