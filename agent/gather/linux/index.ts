import os from 'node:os';
import type { ProbeRecorder } from '../probe-run.js';
import { linuxBrowsersProbe } from './browsers.js';
import { linuxCpuProbe } from './cpu.js';
import { linuxDisplaysProbe } from './edid.js';
import { linuxInputProbe } from './input.js';
import { linuxUpsProbe } from './ups.js';
import { linuxWebcamProbe } from './webcam.js';

export interface LinuxProbeOptions {
  /** Root of /sys and /proc (tests point it at a fixture tree). */
  root: string;
  env: NodeJS.ProcessEnv;
  /** uname -m of the running kernel. */
  machine?: string;
  scale: number;
}

/** The agent's own Linux probes, in parallel, each under its own limit. */
export async function runLinuxProbes(rec: ProbeRecorder, options: LinuxProbeOptions): Promise<void> {
  const { root, env, scale } = options;
  const ms = (n: number) => Math.round(n * scale);
  const machine = options.machine ?? os.machine();
  await Promise.all([
    rec.run('os', ms(2000), async () => ({
      machine,
      is64Bit: /64|s390x/.test(machine) ? true : /^(i[3-6]86|armv[67])/.test(machine) ? false : null,
    })),
    rec.run('cpu', ms(3000), () => linuxCpuProbe(root)),
    rec.run('webcam', ms(3000), () => linuxWebcamProbe(root)),
    rec.run('input', ms(3000), async () => {
      const found = await linuxInputProbe(root);
      if (!found) throw new Error('/proc/bus/input/devices is not readable');
      return found;
    }),
    rec.run('displays', ms(3000), () => linuxDisplaysProbe(root)),
    rec.run('browsers', ms(12_000), () => linuxBrowsersProbe(env, ms(8000), root)),
    rec.run('ups', ms(12_000), () => linuxUpsProbe(root, ms(5000), env)),
  ]);
}
