import type { Snapshot } from '../../protocol/snapshot.js';

/**
 * When a reading timed out, the program behind it (a PowerShell stuck in WMI, a hung tool) may
 * still be running and would keep this process alive after the report is printed. Arm a timer
 * that ends the process a few seconds later; it is unref'd, so a process with nothing stuck
 * exits at once as usual.
 */
export function exitDespiteStuckReadings(snapshot: Snapshot, code: number, graceMs = 5000): boolean {
  const gather = snapshot.probes.gather as { failures?: Record<string, { code?: string }> } | undefined;
  const stuck = Object.values(gather?.failures ?? {}).some((f) => f.code === 'timeout');
  if (stuck) setTimeout(() => process.exit(code), graceMs).unref();
  return stuck;
}
