import { z } from 'zod/mini';
import type { Localized } from './i18n.js';

/**
 * Results of an exam session (hasil seleksi): import, judging against a passing-grade rule
 * (checklists/passing-grades), reconciliation with attendance, the live board and the documents.
 * Response types are rendered as they are; every label and formatted time comes from the hub.
 */

/** A result's status under a rule: meets the thresholds, does not, or the rule has none to judge by. */
export const RESULT_STATUSES = ['memenuhi', 'tidak-memenuhi', 'tidak-dinilai'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];
export const RESULT_STATUS_LABELS: Record<ResultStatus, Localized> = {
  memenuhi: { id: 'Memenuhi ambang batas', en: 'Meets the passing grade' },
  'tidak-memenuhi': { id: 'Tidak memenuhi ambang batas', en: 'Below the passing grade' },
  'tidak-dinilai': { id: 'Tidak dinilai', en: 'Not judged' },
};

/** `{id, version, sha256}` of the passing-grade rule that judged a status. */
export interface RuleRef {
  id: string;
  version: string;
  sha256: string;
}

/** The rule as shown beside results: its reference, title, decree and how far it was verified. */
export interface RuleInfo extends RuleRef {
  title: Localized;
  decree: string;
  verification: 'decree-text' | 'secondary-sources' | 'none';
  verificationNote: string;
  components: Array<{ key: string; title: Localized; max: number }>;
  tracks: Array<{ id: string; title: Localized; criteria: Localized | null }>;
}

export interface Judgement {
  status: ResultStatus;
  track: string;
  /** Each unmet criterion, e.g. "TIU 75 < 80"; empty when met or not judged. */
  unmet: Localized[];
  /** Why not judged, when so. */
  note?: Localized;
}

export type ResultSource = 'import' | 'manual' | 'correction';

/** One participant's current result (the latest entry), judged. */
export interface ResultRow extends Judgement {
  participantNumber: string;
  name: string;
  room: string;
  seat: string;
  scores: Record<string, number>;
  total: number;
  trackLabel: Localized;
  statusLabel: Localized;
  /** When the CAT system recorded the result (ISO, session offset), and its HH:MM. */
  recordedAt: string;
  recordedTime: string;
  source: ResultSource;
  /** Earlier entries this one replaced (corrections). */
  corrections: number;
  /** The reason of the latest correction, '' otherwise. */
  reason: string;
}

export const ANOMALY_KINDS = ['result-without-checkin', 'present-without-result', 'result-before-checkin'] as const;
export type AnomalyKind = (typeof ANOMALY_KINDS)[number];
export const ANOMALY_LABELS: Record<AnomalyKind, Localized> = {
  'result-without-checkin': { id: 'Ada hasil tanpa registrasi', en: 'Result without check-in' },
  'present-without-result': { id: 'Hadir tanpa hasil setelah sesi selesai', en: 'Present, no result after the end' },
  'result-before-checkin': { id: 'Hasil tercatat sebelum registrasi', en: 'Result recorded before check-in' },
};

export interface Explanation {
  text: string;
  by: string;
  at: string;
}

export interface Anomaly {
  kind: AnomalyKind;
  label: Localized;
  participantNumber: string;
  name: string;
  detail: Localized;
  /** The supervisor's written explanation (the latest), null while unexplained. */
  explanation: Explanation | null;
}

export interface ResultCounts {
  registered: number;
  present: number;
  absent: number;
  withResult: number;
  memenuhi: number;
  tidakMemenuhi: number;
  tidakDinilai: number;
  anomalies: number;
  unexplained: number;
}

/** GET /api/sessions/:id/results[?rule=id@version] */
export interface ResultsResponse {
  sessionId: string;
  results: ResultRow[];
  rule: RuleInfo;
  /** True when `?rule=` re-judged under another version than the one in force. */
  rejudged: boolean;
  anomalies: Anomaly[];
  counts: ResultCounts;
  generatedAt: string;
}

export interface ResultRejection {
  line: number;
  reason: string;
  en: string;
  participantNumber?: string;
}

/** POST /api/sessions/:id/results (the CSV/XLSX file as the body) */
export interface ResultsImportResult {
  imported: number;
  /** Rows equal to what is already recorded: not stored again. */
  unchanged: number;
  rejected: ResultRejection[];
  format: 'csv' | 'xlsx';
  headerLine: number;
  columns: Record<string, string>;
}

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
export type BoardSort = (typeof BOARD_SORTS)[number];

/** GET /api/sessions/:id/results/board[?sort=recorded|total|number]: the waiting-room TV. Never a NIK. */
export interface BoardResponse {
  session: { id: string; name: string; kindLabel: Localized; date: string; zone: string };
  components: Array<{ key: string; title: Localized }>;
  rows: Array<{
    participantNumber: string;
    name: string;
    room: string;
    scores: Record<string, number>;
    total: number;
    status: ResultStatus;
    statusLabel: Localized;
    recordedTime: string;
  }>;
  counts: ResultCounts;
  rule: RuleRef;
  sort: BoardSort;
  generatedAt: string;
}

/** The berita acara's results section (Lampiran C.3.b.7.j(2)): counts by status, anomalies, the rule that judged. */
export interface BeritaAcaraResults {
  rule: RuleRef & { decree: string; title: Localized };
  counts: ResultCounts;
  anomalies: Anomaly[];
}

/** GET /api/sessions/:id/results/rekap: the printable "Rekap Hasil" for the handover of Lampiran C.3.b.7.k. */
export interface RekapHasil {
  title: string;
  venue: { name: string; address: string };
  session: {
    id: string;
    name: string;
    kind: string;
    kindLabel: Localized;
    day: string;
    date: string;
    start: string;
    end: string;
    zone: string;
  };
  rule: RuleRef & { decree: string; title: Localized };
  components: Array<{ key: string; title: Localized }>;
  rows: Array<{
    no: number;
    participantNumber: string;
    name: string;
    room: string;
    seat: string;
    scores: Record<string, number>;
    total: number;
    status: ResultStatus;
    statusLabel: Localized;
    corrected: boolean;
  }>;
  counts: ResultCounts;
  /** Anomalies and their explanations, printed below the table. */
  anomalies: Anomaly[];
  signatories: { panselda: Signer[]; timCat: Signer[]; pengawas: Signer[] };
  audit: { seq: number; hash: string } | null;
  generatedAt: string;
  generatedText: string;
}

export interface Signer {
  name: string;
  nip: string;
  jabatan: string;
}

/** What a "Surat Keterangan Telah Mengikuti Seleksi" states, exactly as issued (no NIK). */
export interface LetterContent {
  v: 1;
  sessionId: string;
  sessionName: string;
  kind: string;
  kindLabel: string;
  day: string;
  date: string;
  start: string;
  end: string;
  zone: string;
  venue: string;
  participantNumber: string;
  name: string;
  jabatan: string;
  room: string;
  seat: string;
  checkedInAt: string;
  checkedInTime: string;
  result: { total: number; status: ResultStatus; statusLabel: string; rule: string; ruleSha256: string } | null;
  issuedAt: string;
}

/** POST /api/sessions/:id/results/:number/letter */
export interface LetterIssued {
  /** XXXX-XXXX-XXXX-XXXX-XXXX: 100 bits of an HMAC over the content with the hub's own key. */
  code: string;
  content: LetterContent;
  issuedBy: string;
}

/** GET /api/results/letters/:code */
export interface LetterVerification {
  valid: boolean;
  code: string;
  content: LetterContent;
  issuedAt: string;
  issuedBy: string;
  /** Whether attendance and result today still say what the letter says. */
  stillCurrent: boolean;
  changes: Localized[];
}
