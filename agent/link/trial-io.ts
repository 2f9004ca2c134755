import si from 'systeminformation';
import { pingTrials } from '../gather/ping.js';
import { withTimeout } from '../gather/timeout.js';
import { UPS_NAME } from '../gather/windows/parse.js';
import { readUpsState, type UpsState } from '../gather/ups-state.js';
import type { TrialIO } from './trial.js';

type Power = Awaited<ReturnType<TrialIO['power']>>;

/**
 * A battery systeminformation sees that is a UPS: on Linux its type says so; on Windows `type` is
 * empty and `model` is Win32_Battery's DeviceID (usually serial, maker and name), so the makers'
 * names the snapshot's UPS probe knows are matched too.
 */
const isUps = (b: { model: string; type: string }) => /ups/i.test(b.type) || UPS_NAME.test(b.model);

/** The power source from a UPS daemon's state (NUT or apcupsd) and/or the battery systeminformation sees. */
export function powerOf(
  ups: UpsState | null,
  battery: { hasBattery: boolean; acConnected: boolean; percent: number; model: string; type: string } | null,
): Power {
  const percent = battery && Number.isFinite(battery.percent) ? Math.max(0, Math.min(100, battery.percent)) : null;
  if (ups) {
    // A laptop behind a UPS: the UPS says whether the mains is gone; the laptop's own battery is kept.
    const laptop = battery?.hasBattery && !isUps(battery) ? percent : null;
    return {
      source: ups.onBattery ? 'battery' : 'ac',
      batteryPercent: laptop,
      ups: {
        onBattery: ups.onBattery,
        chargePercent: ups.chargePercent,
        source: ups.source,
        name: ups.name.slice(0, 120),
        lowBattery: ups.lowBattery,
        runtimeSeconds: ups.runtimeSeconds,
      },
    };
  }
  if (!battery?.hasBattery) return { source: 'unknown', batteryPercent: null, ups: null };
  const onBattery = !battery.acConnected;
  return isUps(battery)
    ? { source: onBattery ? 'battery' : 'ac', batteryPercent: null, ups: { onBattery, chargePercent: percent, source: 'hid' } }
    : { source: onBattery ? 'battery' : 'ac', batteryPercent: percent, ups: null };
}

/**
 * The real PC's side of a trial: 4 pings per host (1 s timeout each) with the system's ping, and
 * the power source: a UPS daemon's state where one runs (NUT's upsc or apcupsd's apcaccess, on Linux
 * and Windows, 5 s each; a server on a UPS with a data cable), and systeminformation's battery() (a
 * laptop on AC or on battery; a USB HID UPS shows as a battery on Windows). Anything unreadable is `unknown`.
 */
export const REAL_TRIAL_IO: Pick<TrialIO, 'ping' | 'power' | 'wait'> = {
  ping: (hosts) => pingTrials(hosts, { count: 4, timeoutS: 1 }),
  async power() {
    const [ups, read] = await Promise.all([
      readUpsState(process.env, 5000).catch(() => null),
      withTimeout(() => si.battery(), 10_000, 'battery'),
    ]);
    return powerOf(ups, read.ok ? read.value : null);
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
  const serial = String(out.value.serial ?? '')
    .trim()
    .slice(0, 80);
  return NOT_A_SERIAL.test(serial) ? undefined : serial;
}
