import { list, readText } from './files.js';
import { runFile } from '../run.js';
import { which } from './which.js';

export interface UpsDevice {
  name: string;
  source: 'nut' | 'apcupsd' | 'upower' | 'sysfs';
  nominalVA: number | null;
  chargePercent: number | null;
}

const num = (text: string | undefined) => {
  const n = Number.parseFloat(text ?? '');
  return Number.isFinite(n) ? n : null;
};

/** `upsc NAME` output ("key: value" lines) -> one device. */
export function parseUpsc(name: string, text: string): UpsDevice {
  const get = (key: string) => new RegExp(`^${key.replace(/\./g, '\\.')}:\\s*(.+)$`, 'm').exec(text)?.[1]?.trim();
  const model = [get('device.mfr') ?? get('ups.mfr'), get('device.model') ?? get('ups.model')].filter(Boolean).join(' ');
  return { name: model || name, source: 'nut', nominalVA: num(get('ups.power.nominal')), chargePercent: num(get('battery.charge')) };
}

/** `apcaccess status` output -> one device (NOMAPNT is VA; NOMPOWER is watts and not used). */
export function parseApcaccess(text: string): UpsDevice | undefined {
  const get = (key: string) => new RegExp(`^${key}\\s*:\\s*(.+)$`, 'm').exec(text)?.[1]?.trim();
  const model = get('MODEL');
  if (!model && !get('STATUS')) return undefined;
  return { name: model ?? 'APC UPS', source: 'apcupsd', nominalVA: num(get('NOMAPNT')), chargePercent: num(get('BCHARGE')) };
}

/**
 * A UPS with a data cable: the kernel's power_supply class (type UPS), NUT (`upsc`), apcupsd
 * (`apcaccess`) or UPower (`upower -e`). Programs that are not installed are skipped; each call
 * has its own time limit. Nothing found is not an error: a UPS without a data cable is invisible.
 */
export async function linuxUpsProbe(root: string, timeoutMs: number, env: NodeJS.ProcessEnv): Promise<{ devices: UpsDevice[] }> {
  const devices: UpsDevice[] = [];
  for (const supply of await list(root, 'sys/class/power_supply')) {
    const dir = `sys/class/power_supply/${supply}`;
    if ((await readText(root, `${dir}/type`)) !== 'UPS') continue;
    const model = [await readText(root, `${dir}/manufacturer`), await readText(root, `${dir}/model_name`)].filter(Boolean).join(' ');
    devices.push({ name: model || supply, source: 'sysfs', nominalVA: null, chargePercent: num(await readText(root, `${dir}/capacity`)) });
  }
  const pathEnv = env.PATH ?? '/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin';
  const tool = async (name: string, args: string[]) => {
    const path = await which(name, pathEnv);
    return path ? runFile(path, args, { timeoutMs, env }) : ({ ok: false } as const);
  };
  const [nut, apc, upower] = await Promise.all([tool('upsc', ['-l']), tool('apcaccess', ['status']), tool('upower', ['-e'])]);
  if (nut.ok) {
    for (const name of nut.value
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^[\w.-]+$/.test(l))) {
      const detail = await tool('upsc', [name]);
      if (detail.ok) devices.push(parseUpsc(name, detail.value));
    }
  }
  if (apc.ok) {
    const device = parseApcaccess(apc.value);
    if (device) devices.push(device);
  }
  if (upower.ok && devices.length === 0) {
    for (const path of upower.value.split('\n').filter((l) => /\/ups_/.test(l))) {
      devices.push({ name: path.trim().split('/').pop() ?? 'UPS', source: 'upower', nominalVA: null, chargePercent: null });
    }
  }
  return { devices };
}
