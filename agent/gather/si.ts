import si from 'systeminformation';
import type { SiFunction } from '../../protocol/snapshot-format.js';
import type { ProbeError } from '../../protocol/snapshot.js';
import { withTimeout } from './timeout.js';

/**
 * The systeminformation calls a snapshot holds, each with its own time limit (systeminformation
 * has none). Windows answers slowly (WMI through PowerShell), so limits are generous; a call that
 * runs out is recorded as failed and its checks come out unknown.
 */
export const SI_TIMEOUTS_MS: Record<SiFunction, number> = {
  cpu: 15_000,
  mem: 8_000,
  memLayout: 15_000,
  osInfo: 15_000,
  system: 15_000,
  chassis: 15_000,
  diskLayout: 25_000,
  blockDevices: 15_000,
  networkInterfaces: 20_000,
  networkInterfaceDefault: 10_000,
  graphics: 25_000,
  battery: 15_000,
};

export type SiLike = Record<SiFunction, () => Promise<unknown>> & {
  powerShellStart?: () => void;
  powerShellRelease?: () => void;
};

export interface SiGathered {
  values: Partial<Record<SiFunction, unknown>>;
  failures: Record<string, ProbeError>;
  durationsMs: Record<string, number>;
}

/** Calls every function in parallel, each with its limit; never rejects. */
export async function gatherSi(options: { lib?: SiLike; scale?: number; functions?: readonly SiFunction[] } = {}): Promise<SiGathered> {
  const lib = options.lib ?? (si as unknown as SiLike);
  const scale = options.scale ?? 1;
  const functions = options.functions ?? (Object.keys(SI_TIMEOUTS_MS) as SiFunction[]);
  const out: SiGathered = { values: {}, failures: {}, durationsMs: {} };
  await Promise.all(
    functions.map(async (name) => {
      const started = performance.now();
      const result = await withTimeout(() => lib[name](), Math.round(SI_TIMEOUTS_MS[name] * scale), `si.${name}`);
      out.durationsMs[`si.${name}`] = Math.round(performance.now() - started);
      if (result.ok && result.value !== undefined) out.values[name] = result.value;
      else out.failures[`si.${name}`] = result.ok ? { code: 'failed', detail: `si.${name}: no value` } : result.error;
    }),
  );
  return out;
}

/** Every function failed for one reason, none called (Windows without a working PowerShell). */
export function siUnanswered(error: ProbeError): SiGathered {
  const failures: Record<string, ProbeError> = {};
  for (const name of Object.keys(SI_TIMEOUTS_MS)) failures[`si.${name}`] = error;
  return { values: {}, failures, durationsMs: {} };
}
