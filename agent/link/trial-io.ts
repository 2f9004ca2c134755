import si from 'systeminformation';
import { pingTrials } from '../gather/ping.js';
import { withTimeout } from '../gather/timeout.js';
import type { TrialIO } from './trial.js';

/**
 * The real PC's side of a trial: 4 pings per host (1 s timeout each) with the system's ping, and
 * the power source from systeminformation's battery() (a laptop on AC or on battery; a USB HID UPS
 * shows as a battery on Windows). Anything unreadable is `unknown`, never an error.
 */
export const REAL_TRIAL_IO: Pick<TrialIO, 'ping' | 'power' | 'wait'> = {
  ping: (hosts) => pingTrials(hosts, { count: 4, timeoutS: 1 }),
  async power() {
    const read = await withTimeout(() => si.battery(), 10_000, 'battery');
    if (!read.ok || !read.value.hasBattery) return { source: 'unknown', batteryPercent: null, ups: null };
    const b = read.value;
    const isUps = /ups/i.test(`${b.model} ${b.type}`);
    const onBattery = !b.acConnected;
    const percent = Number.isFinite(b.percent) ? Math.max(0, Math.min(100, b.percent)) : null;
    return isUps
      ? { source: onBattery ? 'battery' : 'ac', batteryPercent: null, ups: { onBattery, chargePercent: percent } }
      : { source: onBattery ? 'battery' : 'ac', batteryPercent: percent, ups: null };
  },
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Placeholder serials firmware ships with: not a serial. */
const NOT_A_SERIAL = /^(|0+|none|n\/a|default string|to be filled by o\.e\.m\.|system serial number|not specified|123456789)$/i;

/**
 * The machine's serial number (BIOS/DMI) for the BAST's serial match, or undefined when it cannot be
 * read or is a firmware placeholder. Linux needs root for DMI; Windows reads it through WMI.
 */
export async function readSerial(read: () => Promise<{ serial: string }> = () => si.system()): Promise<string | undefined> {
  const out = await withTimeout(read, 10_000, 'system serial');
  if (!out.ok) return undefined;
  const serial = String(out.value.serial ?? '').trim().slice(0, 80);
  return NOT_A_SERIAL.test(serial) ? undefined : serial;
}
