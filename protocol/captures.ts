import { z } from 'zod/mini';
import { ReadinessReportSchema, RoleSchema, VerdictSchema } from './check.js';

/**
 * Machine files imported on the hub: capture files of PCs that cannot run the agent (Windows
 * XP/7/8, from TANGKAP-PC-LAMA.cmd) and snapshot files (`siapcat agent snapshot`), judged by the
 * same checklist as an agent's report. POST /api/captures?role=client&name=FILE (the file's bytes)
 * answers one CaptureRecord or an error; GET /api/captures lists them, newest first.
 */
export const CaptureRecordSchema = z.object({
  id: z.number(),
  /** The file's name as uploaded (for the reader; never a path on the hub). */
  fileName: z.string(),
  /** The PC's name inside the file; null when it names none. */
  host: z.nullable(z.string()),
  role: RoleSchema,
  /** 'capture' (old-PC script) or 'snapshot' (agent snapshot JSON). */
  source: z.enum(['capture', 'snapshot']),
  capturedAt: z.string(),
  importedAt: z.string(),
  importedBy: z.string(),
  verdict: VerdictSchema,
  counts: z.object({
    pass: z.number(),
    warn: z.number(),
    fail: z.number(),
    unknown: z.number(),
  }),
  report: ReadinessReportSchema,
});
export type CaptureRecord = z.infer<typeof CaptureRecordSchema>;

export const CapturesResponseSchema = z.object({
  captures: z.array(CaptureRecordSchema),
});
export type CapturesResponse = z.infer<typeof CapturesResponseSchema>;

/** Largest file the hub takes (a capture is 5-40 KB, a snapshot 20-200 KB). */
export const CAPTURE_UPLOAD_MAX_BYTES = 8 * 1024 * 1024;
/** How many imported files the hub keeps (the oldest go first). */
export const CAPTURES_KEPT = 5000;
