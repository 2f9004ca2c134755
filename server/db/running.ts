import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * `<db>.pid` beside a database a hub has open: which process on which host. `siapcat restore`
 * refuses to replace a database whose hub still runs; a file left by a killed hub is ignored.
 */
export const pidPathOf = (dbPath: string): string => `${dbPath}.pid`;

export interface RunningHub {
  pid: number;
  host: string;
  startedAt: string;
}

export function markRunning(dbPath: string, now: Date): () => void {
  const path = pidPathOf(dbPath);
  writeFileSync(path, `${JSON.stringify({ pid: process.pid, host: hostname(), startedAt: now.toISOString() })}\n`);
  return () => {
    try {
      const mine = (JSON.parse(readFileSync(path, 'utf8')) as RunningHub).pid === process.pid;
      if (mine) rmSync(path, { force: true });
    } catch {
      /* gone or unreadable: nothing of ours to remove */
    }
  };
}

/** The hub that has `dbPath` open on this host, if its process is alive. */
export function runningHub(dbPath: string): RunningHub | undefined {
  const path = pidPathOf(dbPath);
  if (!existsSync(path)) return undefined;
  let info: RunningHub;
  try {
    info = JSON.parse(readFileSync(path, 'utf8')) as RunningHub;
  } catch {
    return undefined;
  }
  if (info.host !== hostname() || !Number.isInteger(info.pid) || info.pid <= 0) return undefined;
  try {
    process.kill(info.pid, 0);
    return info;
  } catch (err) {
    // EPERM: alive but another user's process.
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? info : undefined;
  }
}
