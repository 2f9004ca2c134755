import { z } from 'zod/mini';
import { LocalizedSchema } from './check.js';
import type { Localized } from './i18n.js';

/**
 * Results of an exam session (hasil seleksi): import, judging against a passing-grade rule
 * (checklists/passing-grades), reconciliation with attendance, the live board and the documents.
 * Response types are rendered as they are; every label and formatted time comes from the hub.
 */

/** A result's status under a rule: meets the thresholds, does not, or the rule has none to judge by. */
export const RESULT_STATUSES = ['memenuhi', 'tidak-memenuhi', 'tidak-dinilai'] as const;
export const ResultStatusSchema = z.enum(RESULT_STATUSES);
export type ResultStatus = (typeof RESULT_STATUSES)[number];
export const RESULT_STATUS_LABELS: Record<ResultStatus, Localized> = {
  memenuhi: { id: 'Memenuhi ambang batas', en: 'Meets the passing grade' },
  'tidak-memenuhi': { id: 'Tidak memenuhi ambang batas', en: 'Below the passing grade' },
  'tidak-dinilai': { id: 'Tidak dinilai', en: 'Not judged' },
};

/** `{id, version, sha256}` of the passing-grade rule that judged a status. */
export const RuleRefSchema = z.object({
  id: z.string(),
  version: z.string(),
  sha256: z.string(),
});
export type RuleRef = z.infer<typeof RuleRefSchema>;

/** The rule as shown beside results: its reference, title, decree and how far it was verified. */
export const RuleInfoSchema = z.extend(RuleRefSchema, {
  title: LocalizedSchema,
  decree: z.string(),
  verification: z.enum(['decree-text', 'secondary-sources', 'none']),
  verificationNote: z.string(),
  components: z.array(
    z.object({
      key: z.string(),
      title: LocalizedSchema,
      max: z.number(),
    }),
  ),
  tracks: z.array(
    z.object({
      id: z.string(),
      title: LocalizedSchema,
      criteria: z.nullable(LocalizedSchema),
    }),
  ),
});
export type RuleInfo = z.infer<typeof RuleInfoSchema>;

export const JudgementSchema = z.object({
  status: ResultStatusSchema,
  track: z.string(),
  /** Each unmet criterion, e.g. "TIU 75 < 80"; empty when met or not judged. */
  unmet: z.array(LocalizedSchema),
  /** Why not judged, when so. */
  note: z.optional(LocalizedSchema),
});
export type Judgement = z.infer<typeof JudgementSchema>;

export const ResultSourceSchema = z.enum(['import', 'manual', 'correction']);
export type ResultSource = z.infer<typeof ResultSourceSchema>;

/** One participant's current result (the latest entry), judged. */
export const ResultRowSchema = z.extend(JudgementSchema, {
  participantNumber: z.string(),
  name: z.string(),
  room: z.string(),
  seat: z.string(),
  scores: z.record(z.string(), z.number()),
  total: z.number(),
  trackLabel: LocalizedSchema,
  statusLabel: LocalizedSchema,
  /** When the CAT system recorded the result (ISO, session offset), and its HH:MM. */
  recordedAt: z.string(),
  recordedTime: z.string(),
  source: ResultSourceSchema,
  /** Earlier entries this one replaced (corrections). */
  corrections: z.number(),
  /** The reason of the latest correction, '' otherwise. */
  reason: z.string(),
});
export type ResultRow = z.infer<typeof ResultRowSchema>;

export const ANOMALY_KINDS = ['result-without-checkin', 'present-without-result', 'result-before-checkin'] as const;
export const AnomalyKindSchema = z.enum(ANOMALY_KINDS);
export type AnomalyKind = (typeof ANOMALY_KINDS)[number];
export const ANOMALY_LABELS: Record<AnomalyKind, Localized> = {
  'result-without-checkin': { id: 'Ada hasil tanpa registrasi', en: 'Result without check-in' },
  'present-without-result': { id: 'Hadir tanpa hasil setelah sesi selesai', en: 'Present, no result after the end' },
  'result-before-checkin': { id: 'Hasil tercatat sebelum registrasi', en: 'Result recorded before check-in' },
};

export const ExplanationSchema = z.object({
  text: z.string(),
  by: z.string(),
  at: z.string(),
});
export type Explanation = z.infer<typeof ExplanationSchema>;

export const AnomalySchema = z.object({
  kind: AnomalyKindSchema,
  label: LocalizedSchema,
  participantNumber: z.string(),
  name: z.string(),
  detail: LocalizedSchema,
  /** The supervisor's written explanation (the latest), null while unexplained. */
  explanation: z.nullable(ExplanationSchema),
});
export type Anomaly = z.infer<typeof AnomalySchema>;

export const ResultCountsSchema = z.object({
  registered: z.number(),
  present: z.number(),
  absent: z.number(),
  withResult: z.number(),
  memenuhi: z.number(),
  tidakMemenuhi: z.number(),
  tidakDinilai: z.number(),
  anomalies: z.number(),
  unexplained: z.number(),
});
export type ResultCounts = z.infer<typeof ResultCountsSchema>;

/** GET /api/sessions/:id/results[?rule=id@version] */
export const ResultsResponseSchema = z.object({
  sessionId: z.string(),
  results: z.array(ResultRowSchema),
  rule: RuleInfoSchema,
  /** True when `?rule=` re-judged under another version than the one in force. */
  rejudged: z.boolean(),
  anomalies: z.array(AnomalySchema),
  counts: ResultCountsSchema,
  generatedAt: z.string(),
});
export type ResultsResponse = z.infer<typeof ResultsResponseSchema>;

export const ResultRejectionSchema = z.object({
  line: z.number(),
  reason: z.string(),
  en: z.string(),
  participantNumber: z.optional(z.string()),
});
export type ResultRejection = z.infer<typeof ResultRejectionSchema>;

/** POST /api/sessions/:id/results (the CSV/XLSX file as the body) */
export const ResultsImportResultSchema = z.object({
  imported: z.number(),
  /** Rows equal to what is already recorded: not stored again. */
  unchanged: z.number(),
  rejected: z.array(ResultRejectionSchema),
  format: z.enum(['csv', 'xlsx']),
  headerLine: z.number(),
  columns: z.record(z.string(), z.string()),
});
export type ResultsImportResult = z.infer<typeof ResultsImportResultSchema>;

const number = z.string().check(z.trim(), z.minLength(1), z.maxLength(40));

/** POST /api/sessions/:id/results/:number: typed in from the printed rekap, or a correction (reason required then). */
export const ResultEntrySchema = z.object({
  scores: z.record(z.string().check(z.trim(), z.toUpperCase(), z.maxLength(16)), z.number().check(z.gte(0), z.lte(100000))),
  total: z.optional(z.number().check(z.gte(0), z.lte(100000))),
  track: z.optional(z.string().check(z.trim(), z.maxLength(40))),
  recordedAt: z.optional(z.string().check(z.trim(), z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/))),
  reason: z.optional(z.string().check(z.trim(), z.minLength(5), z.maxLength(500))),
});
export type ResultEntryRequest = z.input<typeof ResultEntrySchema>;

/** POST /api/sessions/:id/results/explanations */
export const ExplainAnomalySchema = z.object({
  kind: z.enum(ANOMALY_KINDS),
  participantNumber: number,
  text: z.string().check(z.trim(), z.minLength(5), z.maxLength(2000)),
});
export type ExplainAnomalyRequest = z.input<typeof ExplainAnomalySchema>;

export const BOARD_SORTS = ['recorded', 'total', 'number'] as const;
export const BoardSortSchema = z.enum(BOARD_SORTS);
export type BoardSort = (typeof BOARD_SORTS)[number];

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
  generatedText: z.string(),
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
