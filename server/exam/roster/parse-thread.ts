import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../../protocol/errors.js';
import type { Localized } from '../../../protocol/i18n.js';
import { checkXlsxExtent, ROSTER_BOUNDS, type RosterBounds } from './extent.js';
import { parseOnThread } from './thread-host.js';
import { parseRoster, sniffFormat, type ParsedRoster } from './parse.js';
import { checkExpandedSize } from './xlsx.js';

/** Sheets up to this size (uncompressed) are scanned before the thread starts; larger ones in it. */
const QUICK_SCAN_BYTES = 512 * 1024;

const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));

/** True when the compiled worker exists (the built hub); from TypeScript sources (tests) parsing stays in-process. */
export const rosterWorkerAvailable = (): boolean => existsSync(workerFile);

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
