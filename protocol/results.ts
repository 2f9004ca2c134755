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
