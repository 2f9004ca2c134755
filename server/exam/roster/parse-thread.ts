import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../protocol/errors.js';
import type { Localized } from '../../../protocol/i18n.js';
import { checkXlsxExtent, ROSTER_BOUNDS, type RosterBounds } from './extent.js';
import { parseRoster, sniffFormat, type ParsedRoster } from './parse.js';
import { checkExpandedSize } from './xlsx.js';

/** Memory a roster parse may take: far above a real roster, far below what would starve the hub. */
export const ROSTER_WORKER_HEAP_MB = 256;

/** Sheets up to this size (uncompressed) are scanned before the thread starts; larger ones in it. */
const QUICK_SCAN_BYTES = 512 * 1024;

const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));

/** True when the compiled worker exists (the built hub); from TypeScript sources (tests) parsing stays in-process. */
export const rosterWorkerAvailable = (): boolean => existsSync(workerFile);

/** What a parser thread sends back: rows and refusals in batches, then the rest, or an error. */
type Reply = {
  /** Rows and refusals come in batches, so no single message stalls the hub when it is read. */
  rows?: unknown[];
  rejected?: unknown[];
  roster?: Record<string, unknown>;
  error?: { code: string; text: Localized; status: number; exitCode: number; details: unknown } | { message: string };
};

const failed = (why: Localized): AppError =>
  new AppError(
    'roster-unreadable',
    {
      id: `Berkas daftar peserta tidak dapat diproses (${why.id}). Simpan ulang sebagai CSV atau .xlsx yang hanya berisi tabel peserta.`,
      en: `The roster file could not be processed (${why.en}). Save it again as CSV or .xlsx holding only the participant table.`,
    },
    { status: 400, exitCode: 4 },
  );

/**
 * Parses a roster file on its own thread with a capped heap, so a hostile or huge file never
 * stalls the hub's event loop (check-ins and agent heartbeats go on) nor exhausts its memory.
 */
export function parseRosterOffThread(bytes: Uint8Array, bounds: RosterBounds = ROSTER_BOUNDS): Promise<ParsedRoster> {
  if (!rosterWorkerAvailable()) return parseRoster(bytes, bounds);
  // The cheap refusals first, here, in milliseconds: a zip bomb or a sparse sheet never reaches a thread.
  if (sniffFormat(bytes) === 'xlsx') {
    try {
      checkExpandedSize(bytes);
      checkXlsxExtent(bytes, bounds, QUICK_SCAN_BYTES);
    } catch (err) {
      return Promise.reject(err as Error);
    }
  }
  return parseOnThread<ParsedRoster>(workerFile, { bytes, bounds }, failed);
}

/**
 * Runs one parse job on a fresh thread of `file` (a worker that answers with `serveParser`, see
 * thread-worker.ts), with a capped heap: the roster's and the results' imports both use it. A
 * refusal decided in the thread comes back as the same AppError; anything else as `failed(why)`.
 */
export function parseOnThread<P extends { rows: unknown[]; rejected: unknown[] }>(
  file: string,
  job: unknown,
  failed: (why: Localized) => AppError,
): Promise<P> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: ROSTER_WORKER_HEAP_MB } });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    const rows: unknown[] = [];
    const rejected: unknown[] = [];
    worker.on('message', (reply: Reply) => {
      if (reply.rows) return void rows.push(...reply.rows);
      if (reply.rejected) return void rejected.push(...reply.rejected);
      settle(() => {
        if (reply.roster) return resolve({ ...reply.roster, rows, rejected } as unknown as P);
        const e = reply.error;
        if (e && 'code' in e) return reject(new AppError(e.code, e.text, { status: e.status, exitCode: e.exitCode, details: e.details }));
        const why = e?.message ?? 'unknown';
        reject(failed({ id: why, en: why }));
      });
    });
    worker.once('error', (err: Error & { code?: string }) =>
      settle(() =>
        reject(
          failed(
            err.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? {
                  id: `memerlukan lebih dari ${ROSTER_WORKER_HEAP_MB} MB memori`,
                  en: `it needs more than ${ROSTER_WORKER_HEAP_MB} MB of memory`,
                }
              : { id: err.message, en: err.message },
          ),
        ),
      ),
    );
    worker.once('exit', (code) => settle(() => reject(failed({ id: `proses berhenti (${code})`, en: `the parser stopped (${code})` }))));
    worker.postMessage(job);
  });
}
