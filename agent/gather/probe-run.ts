import type { GatherNotes, ProbeError } from '../../protocol/snapshot.js';
import { withTimeout } from './timeout.js';

/** Collects probe results into `probes`, recording each one's duration and any failure. */
export class ProbeRecorder {
  readonly probes: Record<string, unknown> = {};
  readonly notes: GatherNotes = { durationsMs: {}, failures: {} };

  /**
   * Runs one probe under its own time limit. A value is stored under `name`; undefined means
   * "this probe does not apply here" and stores nothing; a failure stores `{error}`.
   */
  async run<T>(name: string, timeoutMs: number, work: () => Promise<T | undefined>): Promise<void> {
    const started = performance.now();
    const result = await withTimeout(work, timeoutMs, `probe.${name}`);
    this.notes.durationsMs[`probe.${name}`] = Math.round(performance.now() - started);
    if (result.ok) {
      if (result.value !== undefined) this.probes[name] = result.value;
      return;
    }
    this.fail(name, result.error);
  }

  fail(name: string, error: ProbeError): void {
    this.probes[name] = { error };
    this.notes.failures[`probe.${name}`] = error;
  }
}
