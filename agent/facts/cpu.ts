import { known, unknownFact, type CpuFact, type Known } from '../../checklists/facts.js';
import type { CpuProbe, Snapshot } from '../../protocol/snapshot.js';
import { numberOf, probe, record, si, siMissing, str } from './read.js';

/** "... @ 2.10GHz" -> 2.1 */
export function ghzFromName(name: string): number | null {
  const match = /@\s*([0-9]+(?:[.,][0-9]+)?)\s*GHz/i.exec(name);
  if (!match) return null;
  const ghz = Number(match[1]!.replace(',', '.'));
  return ghz > 0 && ghz < 10 ? ghz : null;
}

const positive = (n: number | null) => (n !== null && n > 0 && n < 10 ? n : null);

/**
 * Base clock, in order of trust: the "@ x GHz" printed in the processor name (the figure the
 * clause means), the OS's stated base frequency (probe: Linux cpufreq base_frequency, Windows
 * MaxClockSpeed, which can sit a little above the printed base), then systeminformation's `speed`
 * where it is a base figure (Windows: MaxClockSpeed; AMD: its table of base clocks). On Linux
 * without those, si's speed is the current frequency, which says nothing about the base.
 */
export function cpuFacts(snapshot: Snapshot): Known<CpuFact> {
  const cpu = record(si(snapshot, 'cpu'));
  const extra = probe<CpuProbe>(snapshot, 'cpu');
  if (!cpu && !extra.ok) return unknownFact(siMissing(snapshot, 'cpu'));
  const siName = cpu ? `${str(cpu.manufacturer)} ${str(cpu.brand)}`.trim() : '';
  const model = (extra.ok && extra.value.modelName) || siName || '?';
  const speed = positive(numberOf(cpu?.speed));
  const amdTable = /\b(AMD|Ryzen|EPYC|Athlon|Opteron)\b/i.test(siName) && !/@/.test(model);
  const base =
    ghzFromName(model) ??
    positive(extra.ok && extra.value.baseMhz !== null ? extra.value.baseMhz / 1000 : null) ??
    (snapshot.platform === 'win32' || amdTable ? speed : null);
  const max = positive(numberOf(cpu?.speedMax));
  return known({ model, baseGhz: base, maxGhz: max ?? null });
}
