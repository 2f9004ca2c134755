/**
 * Runs queued jobs in slices of at most `budgetMs` per event-loop turn, yielding between slices.
 * After a hub restart a whole venue reconnects within seconds; handled as they arrive, thousands
 * of handshakes and hellos would run in one turn and stall everything else (dashboards, timers,
 * heartbeats) for seconds. Queued, each job still runs whole and alone, so a decision such as
 * "is there a place on this server" stays one synchronous step.
 *
 * Two lanes: `run` for new work (a handshake), `runSoon` for work on what is already admitted (the
 * hello of a socket whose handshake is done). The soon lane goes first: in a storm, an agent that
 * is half in is finished before the next is started, so the first agents are welcomed (and beat)
 * within a slice or two instead of after every queued handshake, and none waits past its hello
 * deadline behind thousands of handshakes.
 */
export class Admission {
  private readonly lanes: [Lane, Lane] = [new Lane(), new Lane()];
  private scheduled = false;

  constructor(
    private readonly budgetMs = 10,
    private readonly onError: (err: unknown) => void = () => undefined,
    private readonly now: () => number = () => performance.now(),
    private readonly later: (fn: () => void) => void = (fn) => setImmediate(fn),
  ) {}

  get waiting(): number {
    return this.lanes[0].size + this.lanes[1].size;
  }

  /** Queues new work (behind everything queued). */
  run(job: () => void): void {
    this.lanes[1].push(job);
    this.schedule();
  }

  /** Queues work on something already admitted: it runs before any job queued with `run`. */
  runSoon(job: () => void): void {
    this.lanes[0].push(job);
    this.schedule();
  }

  private schedule(): void {
    if (!this.scheduled) {
      this.scheduled = true;
      this.later(this.drain);
    }
  }

  private readonly drain = (): void => {
    const start = this.now();
    for (;;) {
      const job = this.lanes[0].shift() ?? this.lanes[1].shift();
      if (!job) break;
      try {
        job();
      } catch (err) {
        this.onError(err);
      }
      if (this.now() - start >= this.budgetMs) break;
    }
    this.scheduled = false;
    if (this.waiting > 0) this.schedule();
  };
}

/** A FIFO queue that reuses its array (shift() on a long array is O(n)). */
class Lane {
  private jobs: Array<() => void> = [];
  private head = 0;

  get size(): number {
    return this.jobs.length - this.head;
  }

  push(job: () => void): void {
    this.jobs.push(job);
  }

  shift(): (() => void) | undefined {
    if (this.head >= this.jobs.length) return undefined;
    const job = this.jobs[this.head]!;
    this.jobs[this.head++] = noop;
    if (this.head === this.jobs.length) {
      this.jobs = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.jobs.length) {
      this.jobs = this.jobs.slice(this.head);
      this.head = 0;
    }
    return job;
  }
}

const noop = () => undefined;
