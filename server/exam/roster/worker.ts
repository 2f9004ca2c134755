import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../../protocol/errors.js';
import type { RosterBounds } from './extent.js';
import { parseRoster } from './parse.js';

const BATCH = 500;

/** The roster parser's thread: one file in, the parsed roster or the refusal out (see parse-thread.ts). */
parentPort?.on('message', (job: { bytes: Uint8Array; bounds: RosterBounds }) => {
  parseRoster(job.bytes, job.bounds).then(
    ({ rows, rejected, ...roster }) => {
      for (let i = 0; i < rows.length; i += BATCH) parentPort!.postMessage({ rows: rows.slice(i, i + BATCH) });
      for (let i = 0; i < rejected.length; i += BATCH) parentPort!.postMessage({ rejected: rejected.slice(i, i + BATCH) });
      parentPort!.postMessage({ roster });
    },
    (err: unknown) =>
      parentPort!.postMessage({
        error: isAppError(err)
          ? { code: err.code, text: err.text, status: err.status, exitCode: err.exitCode, details: err.details }
          : { message: (err as Error).message },
      }),
  );
});
