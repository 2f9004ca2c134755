import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../../protocol/errors.js';

const BATCH = 500;

/**
 * The thread side of `parseOnThread` (thread-host.ts): jobs come one at a time as `{id, job}`; each is
 * answered with its parsed rows and refusals in batches and the rest of the answer, or the refusal
 * (an AppError keeps its code, status and both languages). Used by the roster's and the results' workers.
 */
export function serveParser<J>(parse: (job: J) => Promise<{ rows: unknown[]; rejected: unknown[] }>): void {
  parentPort?.on('message', ({ id, job }: { id: number; job: J }) => {
    const post = (reply: Record<string, unknown>) => parentPort!.postMessage({ id, ...reply });
    parse(job).then(
      ({ rows, rejected, ...rest }) => {
        for (let i = 0; i < rows.length; i += BATCH) post({ rows: rows.slice(i, i + BATCH) });
        for (let i = 0; i < rejected.length; i += BATCH) post({ rejected: rejected.slice(i, i + BATCH) });
        post({ roster: rest });
      },
      (err: unknown) =>
        post({
          error: isAppError(err)
            ? { code: err.code, text: err.text, status: err.status, exitCode: err.exitCode, details: err.details }
            : { message: (err as Error).message },
        }),
    );
  });
}
