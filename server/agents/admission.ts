/**
 * Runs queued jobs in slices of at most `budgetMs` per event-loop turn, yielding between slices.
 * After a hub restart a whole venue reconnects within seconds; handled as they arrive, thousands
 * of handshakes and hellos would run in one turn and stall everything else (dashboards, timers,
 * heartbeats) for seconds. Queued, each job still runs whole and alone, so a decision such as
 * "is there a place on this server" stays one synchronous step.
 */
export class Admission {
  private jobs: Array<() => void> = [];
  private head = 0;
  private scheduled = false;

  constructor(
    private readonly budgetMs = 10,
    private readonly onError: (err: unknown) => void = () => undefined,
    private readonly now: () => number = () => performance.now(),
    private readonly later: (fn: () => void) => void = (fn) => setImmediate(fn),
  ) {}

  get waiting(): number {
    return this.jobs.length - this.head;
  }

  run(job: () => void): void {
    this.jobs.push(job);
    if (!this.scheduled) {
      this.scheduled = true;
      this.later(this.drain);
    }
  }

  private readonly drain = (): void => {
    const start = this.now();
    while (this.head < this.jobs.length) {
      const job = this.jobs[this.head]!;
      this.jobs[this.head++] = noop;
      try {
        job();
      } catch (err) {
        this.onError(err);
      }
      if (this.now() - start >= this.budgetMs) break;
    }
    if (this.head >= this.jobs.length) {
      this.jobs = [];
      this.head = 0;
      this.scheduled = false;
    } else {
      if (this.head > 1024) {
        this.jobs = this.jobs.slice(this.head);
        this.head = 0;
      }
      this.later(this.drain);
    }
  };
}

const noop = () => undefined;
