import { runFile } from './run.js';
import { findUpsTools } from './ups-tools.js';

/** What a UPS with a data cable says now, as its monitoring daemon reports it. */
export interface UpsState {
  source: 'nut' | 'apcupsd';
  name: string;
  /** The UPS runs on its battery: the mains is gone (NUT `OB`, apcupsd `ONBATT`). */
  onBattery: boolean;
  /** The UPS says its battery is low (NUT `LB`, apcupsd `LOWBATT`). */
  lowBattery: boolean;
  chargePercent: number | null;
  /** The runtime the UPS estimates on battery, in seconds. */
  runtimeSeconds: number | null;
}

const clampPercent = (n: number | null) => (n === null ? null : Math.max(0, Math.min(100, n)));
const num = (text: string | undefined) => {
  const n = Number.parseFloat(text ?? '');
  return Number.isFinite(n) ? n : null;
};

/**
 * `upsc NAME` (NUT): "key: value" lines; anything else (upsc's "Init SSL without certificate
 * database" notice) is skipped. `ups.status` holds flags: OL on line, OB on battery, LB low battery
 * (among CHRG, DISCHRG, FSD, ...). `battery.runtime` is in seconds. Undefined without a status.
 */
export function parseUpscState(name: string, text: string): UpsState | undefined {
  const vars = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([a-z][a-z0-9_.]*):\s?(.*)$/.exec(line.trim());
    if (m) vars.set(m[1]!, m[2]!.trim());
  }
  const status = vars.get('ups.status');
  if (!status) return undefined;
  const flags = new Set(status.split(/\s+/));
  const model = [vars.get('device.mfr') ?? vars.get('ups.mfr'), vars.get('device.model') ?? vars.get('ups.model')]
    .filter(Boolean)
    .join(' ');
  const runtime = num(vars.get('battery.runtime'));
  return {
    source: 'nut',
    name: model || name,
    onBattery: flags.has('OB'),
    lowBattery: flags.has('LB'),
    chargePercent: clampPercent(num(vars.get('battery.charge'))),
    runtimeSeconds: runtime === null || runtime < 0 ? null : Math.round(runtime),
  };
}

const APC_TIME_UNIT: Record<string, number> = { seconds: 1, minutes: 60, hours: 3600 };

/**
 * `apcaccess status` (apcupsd): "KEY      : value" lines (STARTTIME: has no space before the colon).
 * STATUS holds words: ONLINE, ONBATT, LOWBATT, CHARGING, COMMLOST, ... TIMELEFT is in minutes
 * ("37.0 Minutes"; a bare number with `-u`). Undefined without a STATUS, and when apcupsd has lost
 * its link to the UPS (COMMLOST): then nothing it says is current.
 */
export function parseApcaccessState(text: string): UpsState | undefined {
  const vars = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([A-Z][A-Z0-9 ]*?)\s*:\s?(.*)$/.exec(line.trim());
    if (m) vars.set(m[1]!, m[2]!.trim());
  }
  const status = vars.get('STATUS');
  if (!status) return undefined;
  const words = new Set(status.toUpperCase().split(/\s+/));
  if (words.has('COMMLOST')) return undefined;
  const left = /^([\d.]+)\s*([A-Za-z]*)/.exec(vars.get('TIMELEFT') ?? '');
  const unit = APC_TIME_UNIT[(left?.[2] || 'minutes').toLowerCase()] ?? 60;
  return {
    source: 'apcupsd',
    name: vars.get('MODEL') || vars.get('APCMODEL') || vars.get('UPSNAME') || 'APC UPS',
    onBattery: words.has('ONBATT'),
    lowBattery: words.has('LOWBATT'),
    chargePercent: clampPercent(num(vars.get('BCHARGE'))),
    runtimeSeconds: left ? Math.round(Number(left[1]) * unit) : null,
  };
}

/**
 * The UPS state where a daemon reports it: NUT first (`upsc -l`, then `upsc NAME` of the first UPS),
 * else apcupsd (`apcaccess status`), on Linux and on Windows alike (ups-tools.ts says where each
 * is looked for). Tools that are not installed are skipped without starting anything; each call has
 * `timeoutMs` (a hung daemon's tool is killed). Null when no tool answers with a state: a PC without
 * a UPS data cable, or without the tools, is not an error.
 */
export async function readUpsState(
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
  platform: NodeJS.Platform = process.platform,
): Promise<UpsState | null> {
  const { upsc, apcaccess } = await findUpsTools(platform, env);
  if (upsc) {
    const list = await runFile(upsc, ['-l'], { timeoutMs, env, maxBytes: 64 * 1024 });
    const name = list.ok
      ? list.value
          .split('\n')
          .map((l) => l.trim())
          .find((l) => /^[\w.-]{1,64}$/.test(l))
      : undefined;
    if (name) {
      const detail = await runFile(upsc, [name], { timeoutMs, env, maxBytes: 256 * 1024 });
      const state = detail.ok ? parseUpscState(name, detail.value) : undefined;
      if (state) return state;
    }
  }
  if (apcaccess) {
    const out = await runFile(apcaccess, ['status'], { timeoutMs, env, maxBytes: 256 * 1024 });
    const state = out.ok ? parseApcaccessState(out.value) : undefined;
    if (state) return state;
  }
  return null;
}
