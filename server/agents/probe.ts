import WebSocket from 'ws';
import type { AgentConn } from './connection.js';

/**
 * The hub's side of the LAN throughput probe: on `probe.request {bytes}` it streams that many
 * bytes as binary frames of 64 KiB, then sends `probe.done`; the agent times request to done.
 * At most `maxActive` probes run at once (the hub's uplink is shared: concurrent probes would
 * measure each other), others get `probe.busy` with a time to retry. Sending waits whenever the
 * socket's buffer passes a high-water mark, so a probe never grows the hub's memory.
 *
 * An agent that stops reading (hung PC, pulled cable without a FIN, or a participant's script
 * asking for probes and never reading them) would hold its slot forever and starve every other
 * PC's probe: each probe has a deadline (`graceMs` plus its bytes at `minMbps`), after which the
 * slot is freed and `onUnanswered` is told (the hub logs it and drops the socket).
 */
export const PROBE_CHUNK = 64 * 1024;
const HIGH_WATER = 1024 * 1024;
const PAYLOAD = Buffer.alloc(PROBE_CHUNK, 0x5a);

export interface ProbeLimits {
  /** Probes running at once. */
  maxActive: number;
  /** Time every probe may take on top of its bytes at `minMbps`. */
  graceMs: number;
  /** The slowest reading rate still counted as an answer (Mbit/s). */
  minMbps: number;
}

export const DEFAULT_PROBE_LIMITS: ProbeLimits = { maxActive: 4, graceMs: 10_000, minMbps: 2 };

/** How long a probe of `bytes` may hold its slot: 16 MiB at 2 Mbit/s plus 10 s is 77 s. */
export function probeDeadlineMs(bytes: number, limits: Pick<ProbeLimits, 'graceMs' | 'minMbps'>): number {
  return limits.graceMs + Math.ceil((bytes * 8) / (limits.minMbps * 1000));
}

/** A probe that ran out of time: which, how much of it the agent had read, after how long. */
export interface UnansweredProbe {
  probeId: string;
  bytes: number;
  sentBytes: number;
  ms: number;
}

export class ProbeSender {
  private active = 0;
  /** Connections with a probe running: one at a time each, so one PC cannot take every slot. */
  private readonly holders = new WeakSet<AgentConn>();
  private readonly limits: ProbeLimits;

  constructor(
    limits: Partial<ProbeLimits> = {},
    private readonly retryAfterMs: () => number = () => 1000 + Math.floor(Math.random() * 2000),
  ) {
    this.limits = { ...DEFAULT_PROBE_LIMITS, ...limits };
  }

  get running(): number {
    return this.active;
  }

  start(
    conn: AgentConn,
    probeId: string,
    bytes: number,
    onError: (err: Error) => void,
    onUnanswered: (probe: UnansweredProbe) => void = () => undefined,
  ): void {
    if (this.active >= this.limits.maxActive || this.holders.has(conn)) {
      conn.send({ type: 'probe.busy', probeId, retryAfterMs: this.retryAfterMs() });
      return;
    }
    this.active++;
    this.holders.add(conn);
    const started = Date.now();
    const abort = new AbortController();
    const progress = { sent: 0 };
    let freed = false;
    const free = () => {
      if (!freed) this.active--;
      freed = true;
      this.holders.delete(conn);
    };
    const deadline = setTimeout(
      () => {
        abort.abort();
        free();
        onUnanswered({ probeId, bytes, sentBytes: progress.sent, ms: Date.now() - started });
      },
      probeDeadlineMs(bytes, this.limits),
    );
    deadline.unref?.();
    streamBytes(conn.ws, bytes, abort.signal, progress)
      .then((complete) => {
        if (complete && !abort.signal.aborted) conn.send({ type: 'probe.done', probeId, bytes });
      })
      .catch(onError)
      .finally(() => {
        clearTimeout(deadline);
        free();
      });
  }
}

/** Streams `bytes` as binary frames; false when the socket closed first or `signal` aborted the probe. */
export async function streamBytes(ws: WebSocket, bytes: number, signal?: AbortSignal, progress = { sent: 0 }): Promise<boolean> {
  const aborted = new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }));
  let queued = 0;
  while (queued < bytes) {
    if (ws.readyState !== WebSocket.OPEN || signal?.aborted) return false;
    const n = Math.min(PROBE_CHUNK, bytes - queued);
    const written = new Promise<void>((resolve) =>
      ws.send(n === PROBE_CHUNK ? PAYLOAD : PAYLOAD.subarray(0, n), { binary: true }, () => {
        progress.sent += n;
        resolve();
      }),
    );
    queued += n;
    if (ws.bufferedAmount > HIGH_WATER) await Promise.race([written, aborted]);
  }
  return ws.readyState === WebSocket.OPEN && !signal?.aborted;
}
