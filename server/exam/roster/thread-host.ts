import { Worker } from 'node:worker_threads';
import { AppError } from '../../../protocol/errors.js';
import type { Localized } from '../../../protocol/i18n.js';

/** Memory a parse may take: far above a real roster or results file, far below what would starve the hub. */
export const PARSER_THREAD_HEAP_MB = 256;

/** An idle parser thread is kept this long for the next file (an import rarely comes alone), then stopped. */
export const PARSER_THREAD_IDLE_MS = 5 * 60_000;

/** What a parser thread sends back for job `id`: rows and refusals in batches, then the rest, or an error. */
type Reply = {
  id: number;
  /** Rows and refusals come in batches, so no single message stalls the hub when it is read. */
  rows?: unknown[];
  rejected?: unknown[];
  roster?: Record<string, unknown>;
  error?: { code: string; text: Localized; status: number; exitCode: number; details: unknown } | { message: string };
};

interface Job {
  id: number;
  rows: unknown[];
  rejected: unknown[];
  done: (reply: Reply | { crashed: Localized }) => void;
}

/**
 * One parser thread with a capped heap. It runs one job at a time; between jobs it stays warm (its
 * modules loaded and compiled), so an import pays neither a thread start nor a cold parser.
 */
class ParserThread {
  private readonly worker: Worker;
  private job: Job | undefined;
  private idle: NodeJS.Timeout | undefined;
  dead = false;

  constructor(file: string, onIdle: (thread: ParserThread) => void) {
    this.worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: PARSER_THREAD_HEAP_MB } });
    this.worker.on('message', (reply: Reply) => {
      const job = this.job;
      if (!job || reply.id !== job.id) return;
      if (reply.rows) return void job.rows.push(...reply.rows);
      if (reply.rejected) return void job.rejected.push(...reply.rejected);
      this.job = undefined;
      job.done(reply);
      onIdle(this);
    });
    this.worker.once('error', (err: Error & { code?: string }) =>
      this.crash(
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? {
              id: `memerlukan lebih dari ${PARSER_THREAD_HEAP_MB} MB memori`,
              en: `it needs more than ${PARSER_THREAD_HEAP_MB} MB of memory`,
            }
          : { id: err.message, en: err.message },
      ),
    );
    this.worker.once('exit', (code) => this.crash({ id: `proses berhenti (${code})`, en: `the parser stopped (${code})` }));
  }

  run(job: Job, payload: unknown): void {
    clearTimeout(this.idle);
    this.worker.ref();
    this.job = job;
    this.worker.postMessage({ id: job.id, job: payload });
  }

  /** Stops the thread after `ms` unless a job comes first. */
  rest(ms: number, stopped: () => void): void {
    // A resting thread never keeps the process alive (a CLI import ends when its work does).
    this.worker.unref();
    this.idle = setTimeout(() => {
      stopped();
      this.stop();
    }, ms);
    this.idle.unref();
  }

  stop(): void {
    this.dead = true;
    clearTimeout(this.idle);
    void this.worker.terminate();
  }

  private crash(why: Localized): void {
    const job = this.job;
    this.job = undefined;
    this.stop();
    job?.done({ crashed: why });
  }
}

const resting = new Map<string, ParserThread>();
let nextId = 1;

/** Puts an idle thread of `file` to rest for the next job, or stops it when another already rests. */
function park(file: string, thread: ParserThread): void {
  if (thread.dead || resting.has(file)) return thread.stop();
  resting.set(file, thread);
  thread.rest(PARSER_THREAD_IDLE_MS, () => {
    if (resting.get(file) === thread) resting.delete(file);
  });
}

/** Takes the resting thread of `file`, or starts one; a second import while the first parses gets its own thread. */
function threadFor(file: string): ParserThread {
  const warm = resting.get(file);
  resting.delete(file);
  if (warm && !warm.dead) return warm;
  return new ParserThread(file, (thread) => park(file, thread));
}

/**
 * Starts a thread of `file` that rests until a job comes (or PARSER_THREAD_IDLE_MS passes), unless one rests
 * already: for an import someone is about to make, so that it does not wait for a thread to start and load the
 * parser (most of a first file's time). At most one thread per file rests, however often this is called.
 */
export function warmParserThread(file: string): void {
  const warm = resting.get(file);
  if (warm && !warm.dead) return;
  park(file, new ParserThread(file, (thread) => park(file, thread)));
}

/** Whether a thread of `file` rests, ready for the next job. */
export function parserThreadResting(file: string): boolean {
  return resting.get(file)?.dead === false;
}

/** Stops the resting parser threads (the hub's close). */
export function stopParserThreads(): void {
  for (const thread of resting.values()) thread.stop();
  resting.clear();
}

/**
 * Runs one parse job on a thread of `file` (a worker that answers with `serveParser`, see
 * thread-worker.ts) with a capped heap: the roster's and the results' imports both use it. A
 * refusal decided in the thread comes back as the same AppError; anything else as `failed(why)`.
 */
export function parseOnThread<P extends { rows: unknown[]; rejected: unknown[] }>(
  file: string,
  payload: unknown,
  failed: (why: Localized) => AppError,
): Promise<P> {
  return new Promise((resolve, reject) => {
    const job: Job = {
      id: nextId++,
      rows: [],
      rejected: [],
      done(reply) {
        if ('crashed' in reply) return reject(failed(reply.crashed));
        if (reply.roster) return resolve({ ...reply.roster, rows: job.rows, rejected: job.rejected } as unknown as P);
        const e = reply.error;
        if (e && 'code' in e) return reject(new AppError(e.code, e.text, { status: e.status, exitCode: e.exitCode, details: e.details }));
        const why = e?.message ?? 'unknown';
        reject(failed({ id: why, en: why }));
      },
    };
    threadFor(file).run(job, payload);
  });
}
