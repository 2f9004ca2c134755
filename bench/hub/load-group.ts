import type { ChildProcess } from 'node:child_process';
import { ask } from './ipc.js';

interface Opened {
  all: boolean;
  welcomed: number;
}

interface Back extends Opened {
  lastWelcomeAt: number;
}

/**
 * The agents of one server, simulated by one or more load-generator processes (each its own share
 * of the N agents, with its own id prefix), asked and summed as one.
 */
export class LoadGroup {
  constructor(private readonly procs: ChildProcess[]) {}

  async open(args: { n: number; mode: 'raw' | 'hub'; url: string; token: string; ca?: string }, timeoutMs: number): Promise<Opened> {
    const k = this.procs.length;
    const parts = await Promise.all(
      this.procs.map((p, i) =>
        ask<Opened>(p, 'open', { ...args, n: Math.floor(args.n / k) + (i < args.n % k ? 1 : 0), prefix: `PC${i}` }, timeoutMs),
      ),
    );
    return { all: parts.every((x) => x.all), welcomed: parts.reduce((s, x) => s + x.welcomed, 0) };
  }

  async sent(): Promise<number> {
    const parts = await Promise.all(this.procs.map((p) => ask<number>(p, 'sent')));
    return parts.reduce((s, x) => s + x, 0);
  }

  async waitAll(timeoutMs: number): Promise<Back> {
    const parts = await Promise.all(this.procs.map((p) => ask<Back>(p, 'waitAll', { timeoutMs }, timeoutMs + 30_000)));
    return {
      all: parts.every((x) => x.all),
      welcomed: parts.reduce((s, x) => s + x.welcomed, 0),
      lastWelcomeAt: Math.max(...parts.map((x) => x.lastWelcomeAt)),
    };
  }

  async close(): Promise<void> {
    await Promise.all(this.procs.map((p) => ask(p, 'close')));
  }

  kill(): void {
    for (const p of this.procs) p.kill();
  }
}
