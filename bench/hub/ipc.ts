import type { ChildProcess } from 'node:child_process';

/** What the benchmark's server children report about themselves. */
export interface ServerStats {
  cpuUserUs: number;
  cpuSystemUs: number;
  rssBytes: number;
  heapBytes: number;
  externalBytes: number;
  /** Longest event-loop delay since the last reset, in ms (perf_hooks.monitorEventLoopDelay). */
  loopMaxMs: number;
  connections: number;
}

export type Request = { id: number; cmd: string; args?: unknown };
export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

let next = 1;

/** Sends a command to a forked child and waits for its reply. */
export function ask<T>(child: ChildProcess, cmd: string, args?: unknown, timeoutMs = 120_000): Promise<T> {
  const id = next++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${cmd}: no reply in ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (m: Reply) => {
      if (m?.id !== id) return;
      child.off('message', onMessage);
      clearTimeout(timer);
      if (m.ok) resolve(m.value as T);
      else reject(new Error(`${cmd}: ${m.error}`));
    };
    child.on('message', onMessage);
    child.send({ id, cmd, args } satisfies Request);
  });
}

/** Serves commands in a child: each handler's result (or error) goes back to the parent. */
export function serve(handlers: Record<string, (args: any) => unknown | Promise<unknown>>): void {
  const handle = async (m: Request) => {
    try {
      const handler = handlers[m.cmd];
      if (!handler) throw new Error(`unknown command ${m.cmd}`);
      const value = await handler(m.args);
      process.send!({ id: m.id, ok: true, value } satisfies Reply);
    } catch (err) {
      process.send!({ id: m.id, ok: false, error: (err as Error).message } satisfies Reply);
    }
  };
  process.on('message', (m: Request) => void handle(m));
}

/** The child's own numbers, after a full garbage collection (children run with --expose-gc). */
export function stats(loop: { max: number; reset(): void }, connections: number): ServerStats {
  (globalThis as { gc?: () => void }).gc?.();
  const cpu = process.cpuUsage();
  const mem = process.memoryUsage();
  return {
    cpuUserUs: cpu.user,
    cpuSystemUs: cpu.system,
    rssBytes: mem.rss,
    heapBytes: mem.heapUsed,
    externalBytes: mem.external + mem.arrayBuffers,
    loopMaxMs: loop.max / 1e6,
    connections,
  };
}

/**
 * Touches V8's young generation once (children run with 16 MB semi-spaces) by allocating and
 * dropping ~64 MB of small objects, so the first connections measured do not pay for pages the
 * process would touch anyway. Run by both servers before they listen.
 */
export function warmHeap(): void {
  let keep: unknown[] = [];
  for (let i = 0; i < 1_000_000; i++) {
    keep.push({ i, s: `x${i}` });
    if (keep.length === 10_000) keep = [];
  }
  (globalThis as { gc?: () => void }).gc?.();
}
