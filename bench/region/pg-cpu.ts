import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Clock ticks per second of /proc's CPU times (USER_HZ; 100 on Linux). */
const TICKS = 100;

/** CPU time (ms) so far of every process of a PostgreSQL cluster (the postmaster's children), by pid. */
export function clusterCpu(dataDir: string): Map<number, number> {
  const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const cpu = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // Fields after the command (which may hold spaces): state ppid ... utime(14) stime(15).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[1]) !== postmaster) continue;
    cpu.set(Number(name), ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS);
  }
  return cpu;
}

/** CPU (ms) the cluster's processes used since `before` (a process that started meanwhile counts from 0). */
export function clusterCpuSince(dataDir: string, before: Map<number, number>): number {
  let ms = 0;
  for (const [pid, now] of clusterCpu(dataDir)) ms += now - (before.get(pid) ?? 0);
  return ms;
}
