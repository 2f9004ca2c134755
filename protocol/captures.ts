import type { ReadinessReport } from './check.js';
import type { Role, Verdict } from './terms.js';

/**
 * Machine files imported on the hub: capture files of PCs that cannot run the agent (Windows
 * XP/7/8, from TANGKAP-PC-LAMA.cmd) and snapshot files (`siapcat agent snapshot`), judged by the
 * same checklist as an agent's report. POST /api/captures?role=client&name=FILE (the file's bytes)
 * answers one CaptureRecord or an error; GET /api/captures lists them, newest first.
 */
export interface CaptureRecord {
  id: number;
  /** The file's name as uploaded (for the reader; never a path on the hub). */
  fileName: string;
  /** The PC's name inside the file; null when it names none. */
  host: string | null;
  role: Role;
  /** 'capture' (old-PC script) or 'snapshot' (agent snapshot JSON). */
  source: 'capture' | 'snapshot';
  capturedAt: string;
  importedAt: string;
  importedBy: string;
  verdict: Verdict;
  counts: { pass: number; warn: number; fail: number; unknown: number };
  report: ReadinessReport;
}

export interface CapturesResponse {
  captures: CaptureRecord[];
}

/** Largest file the hub takes (a capture is 5-40 KB, a snapshot 20-200 KB). */
export const CAPTURE_UPLOAD_MAX_BYTES = 8 * 1024 * 1024;
/** How many imported files the hub keeps (the oldest go first). */
export const CAPTURES_KEPT = 5000;
