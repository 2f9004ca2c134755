import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PassingGradeRule } from '../../checklists/passing-grades/index.js';
import { AppError } from '../../protocol/errors.js';
import type { Localized } from '../../protocol/i18n.js';
import { parseOnThread, parserThreadResting, warmParserThread } from '../exam/roster/thread-host.js';
import { parseResults, type ParsedResults, type SessionDay } from './parse.js';

const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));

/** True when the compiled worker exists (the built hub); from TypeScript sources (tests) parsing stays in-process. */
export const resultsWorkerAvailable = (): boolean => existsSync(workerFile);

const failed = (why: Localized): AppError =>
  new AppError(
    'results-unreadable',
    {
      id: `Berkas hasil tidak dapat diproses (${why.id}). Simpan ulang sebagai CSV atau .xlsx yang hanya berisi tabel hasil.`,
      en: `The results file could not be processed (${why.en}). Save it again as CSV or .xlsx holding only the results table.`,
    },
    { status: 400, exitCode: 4 },
  );

/**
 * Parses a results file on its own thread with a capped heap (the roster's thread machinery), so a
 * large or hostile file never stalls the hub's event loop: check-ins, the live board and agent
 * heartbeats go on while it is read.
 */
export function parseResultsOffThread(bytes: Uint8Array, rule: PassingGradeRule, day: SessionDay): Promise<ParsedResults> {
  if (!resultsWorkerAvailable()) return parseResults(bytes, rule, day);
  return parseOnThread<ParsedResults>(workerFile, { bytes, rule: `${rule.id}@${rule.version}`, day }, failed);
}

/**
 * Has a results parser thread ready for the next file (a person who may import has the results page open):
 * the import then pays neither a thread start nor loading the parser. Without the build, nothing to start.
 */
export function warmResultsParser(): void {
  if (resultsWorkerAvailable()) warmParserThread(workerFile);
}

/** Whether a results parser thread is ready for the next file. */
export const resultsParserReady = (): boolean => parserThreadResting(workerFile);
