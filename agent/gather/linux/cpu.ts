import { readText } from './files.js';

/** Base clock (intel_pstate exposes base_frequency in kHz) and the processor's full name. */
export async function linuxCpuProbe(root: string): Promise<{ baseMhz: number | null; modelName: string }> {
  const base = Number(await readText(root, 'sys/devices/system/cpu/cpu0/cpufreq/base_frequency'));
  const cpuinfo = (await readText(root, 'proc/cpuinfo')) ?? '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? '';
  return { baseMhz: Number.isFinite(base) && base > 0 ? Math.round(base / 1000) : null, modelName: model };
}
