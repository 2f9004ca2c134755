import type { MachineSummary } from '../../protocol/api.js';
import type { LiveTopic } from '../../protocol/live.js';
import type { Change } from '../changes.js';

/** One coalesced batch of changes: what a single `live.changed` carries. */
export interface Batch {
  topics: LiveTopic[];
  machines: MachineSummary[];
  sessions: string[];
}

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Gathers changes and emits at most one batch per `intervalMs`: a storm of 450 reports becomes
 * a couple of messages. A machine changed twice is sent once, in its latest state. Beyond
 * `maxMachines` the batch carries no summaries, only the topic, and dashboards re-fetch.
 */
export class Coalescer {
  private topics = new Set<LiveTopic>();
  private machines = new Map<string, MachineSummary>();
  private sessions = new Set<string>();
  private overflow = false;
  private timer: unknown;
  private lastFlush = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly emit: (batch: Batch) => void,
    private readonly options: { intervalMs: number; maxMachines: number; now: () => number; timers: Timers },
  ) {}

  add(change: Change): void {
    for (const topic of change.topics) this.topics.add(topic);
    for (const machine of change.machines ?? []) {
      if (this.overflow) break;
      this.machines.set(machine.id, machine);
      if (this.machines.size > this.options.maxMachines) {
        this.overflow = true;
        this.machines.clear();
      }
    }
    for (const session of change.sessions ?? []) this.sessions.add(session);
    if (this.timer === undefined) {
      const wait = Math.max(0, this.lastFlush + this.options.intervalMs - this.options.now());
      this.timer = this.options.timers.set(() => this.flush(), wait);
    }
  }

  flush(): void {
    this.options.timers.clear(this.timer);
    this.timer = undefined;
    if (this.topics.size === 0) return;
    if (this.overflow) this.topics.add('machines');
    const batch: Batch = { topics: [...this.topics], machines: [...this.machines.values()], sessions: [...this.sessions] };
    this.topics = new Set();
    this.machines = new Map();
    this.sessions = new Set();
    this.overflow = false;
    this.lastFlush = this.options.now();
    this.emit(batch);
  }

  stop(): void {
    this.options.timers.clear(this.timer);
    this.timer = undefined;
  }
}
