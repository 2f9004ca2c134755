import os from 'node:os';
import si from 'systeminformation';
import { SNAPSHOT_FORMAT } from '../../protocol/snapshot-format.js';
import type { Snapshot } from '../../protocol/snapshot.js';
import { systemClock, type Clock } from '../../protocol/ports.js';
import { AGENT_VERSION } from '../version.js';
import { runLinuxProbes } from './linux/index.js';
import { pingTrials } from './ping.js';
import { ProbeRecorder } from './probe-run.js';
import { gatherSi, siUnanswered, type SiLike } from './si.js';
import { powerShellSpec } from './windows/powershell.js';
import { ShellSession } from './windows/session.js';
import { powerShellReady } from './windows/gate.js';
import { runWindowsProbes, WINDOWS_PROBES } from './windows/index.js';

export interface GatherOptions {
  /** Run the network trial against these hosts (Lampiran C.3.b.8.b(2)). */
  ping?: { hosts: string[]; count?: number; timeoutS?: number };
  /** Multiplies every time limit (slow machines: > 1). */
  timeoutScale?: number;
  clock?: Clock;
  /** Test seams: systeminformation, the platform, the /sys + /proc root, the environment. */
  si?: SiLike;
  platform?: NodeJS.Platform;
  linuxRoot?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Reads the machine it runs on into a snapshot. Never throws because a probe failed: each
 * failure is recorded (probes.gather.failures, or the probe's own `{error}`) and the checks that
 * need it come out unknown. On Windows one PowerShell stays open for the agent's probes and
 * systeminformation keeps its own persistent one; both are closed before returning.
 */
export async function gatherSnapshot(options: GatherOptions = {}): Promise<Snapshot> {
  const clock = options.clock ?? systemClock;
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  const scale = options.timeoutScale ?? 1;
  const capturedAt = clock.now().toISOString();
  const rec = new ProbeRecorder();
  const lib = options.si ?? (si as unknown as SiLike);
  const windows = platform === 'win32';
  const session = windows ? new ShellSession(powerShellSpec(env)) : undefined;
  // On Windows everything below needs PowerShell: ask it one line first (see windows/gate.ts).
  const psDown = windows ? await powerShellReady(session!, Math.round(15_000 * scale)) : undefined;
  if (windows && !psDown) lib.powerShellStart?.();
  let siOut;
  try {
    const ownProbes = psDown
      ? Promise.resolve(WINDOWS_PROBES.forEach((name) => rec.fail(name, psDown)))
      : windows
      ? runWindowsProbes(rec, session!, scale)
      : platform === 'linux'
        ? runLinuxProbes(rec, { root: options.linuxRoot ?? '/', env, scale })
        : Promise.resolve();
    const trials = options.ping && options.ping.hosts.length > 0
      ? pingTrials(options.ping.hosts, { count: options.ping.count ?? 10, timeoutS: options.ping.timeoutS ?? 1, platform, now: () => clock.now() })
      : Promise.resolve(undefined);
    const [gathered, , network] = await Promise.all([psDown ? Promise.resolve(siUnanswered(psDown)) : gatherSi({ lib, scale }), ownProbes, trials]);
    siOut = gathered;
    if (network) rec.probes.network = { trials: network, throughput: null };
  } finally {
    await session?.close();
    if (windows && !psDown) lib.powerShellRelease?.();
  }
  Object.assign(rec.notes.durationsMs, siOut.durationsMs);
  Object.assign(rec.notes.failures, siOut.failures);
  rec.probes.gather = rec.notes;
  return {
    format: SNAPSHOT_FORMAT,
    capturedAt,
    platform,
    host: os.hostname(),
    agent: { version: AGENT_VERSION, node: process.version },
    si: siOut.values,
    probes: rec.probes,
  };
}
