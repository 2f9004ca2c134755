/**
 * The agent's side of the LAN throughput probe over its hub link (the network trial of Lampiran
 * C.3.b.8.b(2)): it asks the hub for `bytes`, counts the binary frames that arrive, and times the
 * request until `probe.done`. A busy hub answers `probe.busy`; the agent waits and asks again.
 * Shaped like the snapshot's throughput probe: {throughputMbps, bytes, ms, host, at}.
 */
export interface LinkThroughput {
  throughputMbps: number;
  bytes: number;
  ms: number;
  host: string;
  at: string;
}

type Send = (message: { type: 'probe.request'; probeId: string; bytes: number }) => void;

interface Pending {
  probeId: string;
  bytes: number;
  received: number;
  startedAt: number;
  resolve: (result: LinkThroughput | null) => void;
  timer: ReturnType<typeof setTimeout>;
  retry?: ReturnType<typeof setTimeout>;
}

export class ProbeClient {
  private current: Pending | undefined;
  private counter = 0;

  constructor(
    private readonly send: Send,
    private readonly host: string,
    private readonly random: () => number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** One probe at a time; resolves null on timeout or when the link drops. */
  measure(bytes: number, timeoutMs: number): Promise<LinkThroughput | null> {
    if (this.current) return Promise.resolve(null);
    return new Promise((resolve) => {
      const pending: Pending = {
        probeId: `p${++this.counter}-${Math.floor(this.random() * 1e9).toString(36)}`,
        bytes,
        received: 0,
        startedAt: 0,
        resolve,
        timer: setTimeout(() => this.finish(null), timeoutMs),
      };
      this.current = pending;
      this.request(pending);
    });
  }

  private request(p: Pending): void {
    p.received = 0;
    p.startedAt = this.now();
    this.send({ type: 'probe.request', probeId: p.probeId, bytes: p.bytes });
  }

  received(chunk: Buffer): void {
    if (this.current) this.current.received += chunk.length;
  }

  done(probeId: string): void {
    const p = this.current;
    if (!p || p.probeId !== probeId) return;
    const ms = Math.max(this.now() - p.startedAt, 0.001);
    this.finish({
      throughputMbps: Math.round(((p.received * 8) / ms / 1000) * 10) / 10,
      bytes: p.received,
      ms: Math.round(ms * 10) / 10,
      host: this.host,
      at: new Date().toISOString(),
    });
  }

  busy(probeId: string, retryAfterMs: number): void {
    const p = this.current;
    if (!p || p.probeId !== probeId) return;
    p.retry = setTimeout(() => this.request(p), retryAfterMs + Math.floor(this.random() * 1000));
  }

  cancelAll(): void {
    this.finish(null);
  }

  private finish(result: LinkThroughput | null): void {
    const p = this.current;
    if (!p) return;
    this.current = undefined;
    clearTimeout(p.timer);
    clearTimeout(p.retry);
    p.resolve(result);
  }
}
