import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from './log.js';

/**
 * The hub's scheduled jobs, named so logs say which one ran or failed. A failing job logs and
 * keeps its schedule; every job stops when the hub closes.
 */
export class CronJobs {
  private readonly tasks: ScheduledTask[] = [];

  constructor(private readonly log: Logger) {}

  /** `expression` is a node-cron expression; six fields allow seconds ("*\/5 * * * * *"). */
  add(name: string, expression: string, job: () => void | Promise<void>): void {
    const task = cron.schedule(
      expression,
      async () => {
        try {
          await job();
        } catch (err) {
          this.log.error('cron.failed', { job: name, error: (err as Error).message });
        }
      },
      { name, noOverlap: true },
    );
    this.tasks.push(task);
  }

  async stopAll(): Promise<void> {
    for (const task of this.tasks.splice(0)) {
      await task.destroy();
    }
  }
}
