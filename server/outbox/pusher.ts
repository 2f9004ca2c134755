import { MAX_PUSH_EVENTS, type PushResponse } from '../../protocol/region.js';
import type { Clock, RandomSource } from '../../protocol/ports.js';
import type { Logger } from '../log.js';
import { backoffDelay, type BackoffOptions } from './backoff.js';
import type { OutboxStore } from './store.js';
import type { RegionTransport } from './transport.js';

export interface PusherOptions {
  /** Events per push (the region takes at most 500). */
  batch: number;
  /** Push this often even with nothing new: the region's "last heard". */
  heartbeatMs: number;
  /** After an append, wait this long to gather more into the same push. */
  gatherMs: number;
  backoff: BackoffOptions;
}

export const DEFAULT_PUSHER_OPTIONS: PusherOptions = {
  batch: MAX_PUSH_EVENTS,
  heartbeatMs: 15_000,
  gatherMs: 100,
  // Capped at 20 s: a venue whose line comes back waits at most that long before its first retry
  // (the catch-up target is 30 s); 500 venues retrying meanwhile are ~50 requests/s at the region.
  backoff: { baseMs: 500, capMs: 20_000 },
};

/**
 * Sends the outbox to the region in the background: in order from the region's acknowledgement,
 * batch after batch until caught up, then on every append (gathered briefly) and on a heartbeat.
 * A failure backs off with full jitter; the venue never waits for the region.
 */
export class Pusher {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private stopped = false;
  private failures = 0;
  private again = false;
  private readonly idle: Array<() => void> = [];

  constructor(
    private readonly store: OutboxStore,
    private readonly transport: RegionTransport,
    private readonly clock: Clock,
    private readonly random: RandomSource,
    private readonly log: Logger,
    private readonly options: PusherOptions = DEFAULT_PUSHER_OPTIONS,
  ) {}

  start(): void {
    this.schedule(0);
  }

  /** Something was appended: push soon, unless backing off. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.failures === 0) this.schedule(this.options.gatherMs);
  }

  /** Resolves once the pusher has nothing left to send (tests and shutdown). */
  whenCaughtUp(): Promise<void> {
    const link = this.store.link();
    if (!this.running && link && link.ackedSeq >= this.store.head()) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.transport.close();
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), ms);
    this.timer.unref();
  }

  private async run(): Promise<void> {
    if (this.stopped || this.running) return;
    this.running = true;
    let next = this.options.heartbeatMs;
    try {
      let more = true;
      while (more && !this.stopped) {
        this.again = false;
        more = await this.pushOnce();
      }
      if (this.failures > 0) this.log.info('outbox.region-reachable', { after: this.failures });
      this.failures = 0;
      if (this.again) next = this.options.gatherMs;
    } catch (err) {
      this.failures += 1;
      next = backoffDelay(this.failures, this.options.backoff, this.random);
      const message = (err as Error).message;
      this.store.recordError(message);
      // Logged once per outage, then every 10th failure, so a long cut does not flood the log.
      if (this.failures === 1 || this.failures % 10 === 0) this.log.warn('outbox.push-failed', { failures: this.failures, retryMs: next, error: message });
    } finally {
      this.running = false;
    }
    if (this.stopped) return;
    const link = this.store.link();
    if (this.failures === 0 && link && link.ackedSeq >= this.store.head()) this.idle.splice(0).forEach((fn) => fn());
    this.schedule(next);
  }

  /** One push; true when more events are waiting. */
  private async pushOnce(): Promise<boolean> {
    const link = this.store.link();
    if (!link) return false;
    const head = this.store.head();
    const events = this.store.after(link.ackedSeq, this.options.batch);
    const res = await this.transport.post('/api/region/push', { head, events }, link.venueKey);
    if (res.status !== 200) {
      const error = (res.body as { error?: { en?: string } })?.error?.en ?? `HTTP ${res.status}`;
      throw new Error(`region refused the push: ${error}`);
    }
    const { ackedSeq } = res.body as PushResponse;
    if (!Number.isInteger(ackedSeq) || ackedSeq < 0) throw new Error('region answered without an acknowledgement');
    // Sent events but the region still waits for an earlier one: retry later rather than spin.
    if (events.length > 0 && ackedSeq <= link.ackedSeq && ackedSeq < events[0]!.seq - 1) {
      this.store.recordPush(ackedSeq, this.clock.now().toISOString());
      throw new Error(`region acknowledged ${ackedSeq}, before this push (${events[0]!.seq}..)`);
    }
    // The region's word is the truth, also when it is behind ours (its database was restored).
    this.store.recordPush(Math.min(ackedSeq, head), this.clock.now().toISOString());
    return ackedSeq < head && events.length > 0;
  }
}
