import { CAPTURE_UPLOAD_MAX_BYTES, CaptureRecordSchema, CapturesResponseSchema, type CaptureRecord } from '../../../protocol/captures.js';
import type { ErrorBody } from '../../../protocol/errors.js';
import { seg, type ApiClient } from './client.js';
import { ApiError } from './errors.js';

/** One imported machine file, as the hub answers it (protocol/captures.ts). */
export type CaptureView = CaptureRecord;
/** One file's outcome: its record, or the refusal it got. */
export type CaptureOutcome = { fileName: string; ok: true; record: CaptureView } | { fileName: string; ok: false; error: ErrorBody };

/** GET /api/captures: imported machine files, newest first. */
export async function listCaptures(api: ApiClient): Promise<CaptureView[]> {
  return (await api.get('/api/captures', { schema: CapturesResponseSchema })).captures;
}

/** DELETE /api/captures/:id */
export async function deleteCapture(api: ApiClient, id: number): Promise<void> {
  await api.request('DELETE', `/api/captures/${seg(String(id))}`);
}

/**
 * POST /api/captures, one file after another (a folder of 40 captures never floods the hub): each
 * file's record, or the refusal the hub (or, for an oversized file, the dashboard) gave it.
 */
export async function uploadCaptures(
  api: ApiClient,
  files: readonly File[],
  role: string,
  onEach?: (outcome: CaptureOutcome, done: number) => void,
): Promise<CaptureOutcome[]> {
  const outcomes: CaptureOutcome[] = [];
  for (const file of files) {
    let outcome: CaptureOutcome;
    if (file.size > CAPTURE_UPLOAD_MAX_BYTES) {
      outcome = {
        fileName: file.name,
        ok: false,
        error: {
          code: 'too-large',
          message: `Berkas terlalu besar (${Math.ceil(file.size / 1024 / 1024)} MB, batas 8 MB); itu bukan tangkapan atau snapshot.`,
          en: `The file is too large (${Math.ceil(file.size / 1024 / 1024)} MB, limit 8 MB); it is not a capture or snapshot.`,
        },
      };
    } else {
      try {
        const record = await api.request('POST', '/api/captures', { body: file, query: { role, name: file.name }, schema: CaptureRecordSchema });
        outcome = { fileName: file.name, ok: true, record };
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        outcome = { fileName: file.name, ok: false, error: { code: err.code, message: err.text.id, en: err.text.en } };
      }
    }
    outcomes.push(outcome);
    onEach?.(outcome, outcomes.length);
  }
  return outcomes;
}
