import { MAX_PUSH_EVENTS, type PushResponse, type RotateResponse } from '../../protocol/region.js';
import type { Clock, RandomSource } from '../../protocol/ports.js';
import type { Logger } from '../log.js';
import { backoffDelay, type BackoffOptions } from './backoff.js';
import type { LinkError, OutboxStore } from './store.js';
import { pushBody, type RegionTransport } from './transport.js';

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
  // Capped at 10 s: a venue whose line comes back waits at most that long before its first retry
  // (the catch-up target is 30 s, and 20 s left too little for the backlog itself); 500 venues retrying
  // against a region that is down are ~100 failed connections/s, spread by the jitter.
  backoff: { baseMs: 500, capMs: 10_000 },
};

/** A failed push, with what to tell the venue's people. */
class PushError extends Error {
  constructor(readonly link: LinkError) {
    super(link.en);
  }
}

/** What the region answered with an error body ({error: {code, message, en}}), or a plain HTTP status. */
function refusedBy(status: number, body: unknown): LinkError {
  const error = (body as { error?: { code?: unknown; message?: unknown; en?: unknown } } | undefined)?.error;
  const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 400) : undefined);
  const code = text(error?.code) ?? `http-${status}`;
  const id = text(error?.message) ?? `HTTP ${status}`;
  const en = text(error?.en) ?? `HTTP ${status}`;
  return {
    code,
    id: `Wilayah menolak kiriman: ${id}`,
    en: `The region refused the push: ${en}`,
  };
}

/** A failure to reach the region at all (the WAN is down, DNS, TLS): the pusher retries on its own. */
function unreachable(err: unknown): LinkError {
  if (err instanceof PushError) return err.link;
  const message = (err as Error).message.slice(0, 300);
  return {
    code: 'unreachable',
    id: `Wilayah tidak terjangkau (${message}). Hub mencoba lagi sendiri; data tetap tersimpan di hub. Bila berjam-jam, periksa jaringan WAN lokasi.`,
    en: `The region cannot be reached (${message}). The hub retries on its own; the data stays on the hub. If it lasts hours, check the venue's WAN.`,
  };
}

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
    /** Called when what the dashboard shows changed: an error came or went, an event was refused. */
    private readonly onStatus: () => void = () => {},
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
      if (this.failures > 0) {
        this.log.info('outbox.region-reachable', { after: this.failures });
        this.onStatus();
      }
      this.failures = 0;
      if (this.again) next = this.options.gatherMs;
    } catch (err) {
      // Stopped meanwhile (the hub is closing, its database with it): nothing to record.
      if (this.stopped) return;
      this.failures += 1;
      next = backoffDelay(this.failures, this.options.backoff, this.random);
      const error = unreachable(err);
      const before = this.store.link()?.lastError?.code;
      this.store.recordError(error);
      if (before !== error.code) this.onStatus();
      // Logged once per outage, then every 10th failure, so a long cut does not flood the log.
      if (this.failures === 1 || this.failures % 10 === 0)
        this.log.warn('outbox.push-failed', { failures: this.failures, retryMs: next, code: error.code, error: error.en });
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
    const events = this.store.afterAsText(link.ackedSeq, this.options.batch);
    const res = await this.transport.post('/api/region/push', pushBody(head, events), link.venueKey);
    // A whole push refused (a revoked key, a body the region cannot read) holds the link, shown on
    // the dashboard with what to do; it is retried with backoff, since nothing was stored.
    if (res.status !== 200) throw new PushError(refusedBy(res.status, res.body));
    const answer = res.body as PushResponse;
    const { ackedSeq } = answer;
    if (!Number.isInteger(ackedSeq) || ackedSeq < 0)
      throw new PushError({
        code: 'bad-ack',
        id: 'Wilayah menjawab tanpa tanda terima. Hub mencoba lagi; bila berulang, laporkan ke admin wilayah.',
        en: 'The region answered without an acknowledgement. The hub retries; if it repeats, tell the regional admin.',
      });
    // Events the region refused are recorded and skipped (the region kept their place): the venue's
    // later events flow on, and the dashboard shows each refusal with what to do.
    if (Array.isArray(answer.refused) && answer.refused.length > 0) {
      const added = this.store.recordRefusals(answer.refused, this.clock.now().toISOString());
      if (added > 0) {
        this.log.warn('outbox.events-refused', { seqs: answer.refused.map((r) => r.seq).join(' '), reason: answer.refused[0]!.reason.en });
        this.onStatus();
      }
    }
    // Sent events but the region still waits for an earlier one: retry later rather than spin.
    if (events.length > 0 && ackedSeq <= link.ackedSeq && ackedSeq < events[0]!.seq - 1) {
      this.store.recordPush(ackedSeq, this.clock.now().toISOString());
      throw new PushError({
        code: 'gap',
        id: `Wilayah baru mengakui sampai #${ackedSeq}, sebelum kiriman ini (#${events[0]!.seq}..). Hub mengirim ulang dari sana.`,
        en: `The region acknowledged only up to #${ackedSeq}, before this push (#${events[0]!.seq}..). The hub resends from there.`,
      });
    }
    // The region's word is the truth, also when it is behind ours (its database was restored).
    this.store.recordPush(Math.min(ackedSeq, head), this.clock.now().toISOString());
    if (answer.rotateKey === true) await this.rotateKey(link.venueKey);
    return ackedSeq < head && events.length > 0;
  }

  /**
   * The regional admin asked for a new key: take it with the current one and store it before use.
   * The region keeps the old key valid until the new one is first used (the next push), so an
   * answer lost on the way or a crash here never locks the venue out.
   */
  private async rotateKey(current: string): Promise<void> {
    const res = await this.transport.post('/api/region/rotate', {}, current);
    const key = (res.body as RotateResponse | undefined)?.key;
    if (res.status !== 201 || typeof key !== 'string' || key.length < 20) throw new PushError(refusedBy(res.status, res.body));
    this.store.saveKey(key);
    this.log.info('outbox.key-rotated', {});
  }
}
