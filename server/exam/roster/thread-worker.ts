import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../../protocol/errors.js';

const BATCH = 500;

/**
 * The thread side of `parseOnThread` (parse-thread.ts): one job in, then the parsed rows and
 * refusals in batches and the rest of the answer, or the refusal (an AppError keeps its code,
 * status and both languages). Used by the roster's worker and the results' worker.
 */
export function serveParser<J>(parse: (job: J) => Promise<{ rows: unknown[]; rejected: unknown[] }>): void {
  parentPort?.on('message', (job: J) => {
    parse(job).then(
      ({ rows, rejected, ...rest }) => {
        for (let i = 0; i < rows.length; i += BATCH) parentPort!.postMessage({ rows: rows.slice(i, i + BATCH) });
        for (let i = 0; i < rejected.length; i += BATCH) parentPort!.postMessage({ rejected: rejected.slice(i, i + BATCH) });
        parentPort!.postMessage({ roster: rest });
      },
      (err: unknown) =>
        parentPort!.postMessage({
          error: isAppError(err)
            ? { code: err.code, text: err.text, status: err.status, exitCode: err.exitCode, details: err.details }
            : { message: (err as Error).message },
        }),
    );
  });
}
