import type { ProbeRecorder } from '../probe-run.js';
import { parseBrowsers, parseCpu, parseInput, parseOs, parseUps, parseWebcams, ScriptError } from './parse.js';
import { PS_BROWSERS, PS_CPU, PS_INPUT, PS_OS, PS_UPS, PS_WEBCAM } from './scripts.js';
import type { ShellSession } from './session.js';

/** Probe name, script, reader, and the script's own time limit (ms, before scaling). */
const PROBES = [
  ['os', PS_OS, parseOs, 10_000],
  ['cpu', PS_CPU, parseCpu, 15_000],
  ['webcam', PS_WEBCAM, parseWebcams, 20_000],
  ['input', PS_INPUT, parseInput, 30_000],
  ['browsers', PS_BROWSERS, parseBrowsers, 15_000],
  ['ups', PS_UPS, parseUps, 15_000],
] as const;

/** The names of the agent's own Windows probes. */
export const WINDOWS_PROBES: readonly string[] = PROBES.map(([name]) => name);

/**
 * The agent's own Windows probes, one after another through one PowerShell session. A script
 * that fails, times out or answers something unreadable becomes that probe's `{error}`.
 */
export async function runWindowsProbes(rec: ProbeRecorder, session: ShellSession, scale: number): Promise<void> {
  for (const [name, script, read, limit] of PROBES) {
    const ms = Math.round(limit * scale);
    await rec.run(name, ms + 5000, async () => {
      const out = await session.run(script, ms);
      if (!out.ok) {
        rec.fail(name, out.error);
        return undefined;
      }
      try {
        return read(out.value);
      } catch (err) {
        const code = err instanceof ScriptError ? 'failed' : 'malformed';
        rec.fail(name, { code, detail: `${name}: ${(err as Error).message}`.slice(0, 500) });
        return undefined;
      }
    });
  }
}
