import { known, unknownFact, type Known, type MemoryFact } from '../../checklists/facts.js';
import type { Snapshot } from '../../protocol/snapshot.js';
import { numberOf, record, si, siMissing, str } from './read.js';

/**
 * Usable memory from si.mem().total; installed memory as the sum of si.memLayout() modules (which
 * alone decide when mem() failed). On
 * Linux without dmidecode, memLayout answers with one made-up entry of the usable total and no
 * bank, type or part number: that is not a module list, so installed is then unknown.
 */
export function memoryFacts(snapshot: Snapshot): Known<MemoryFact> {
  const mem = record(si(snapshot, 'mem'));
  const total = numberOf(mem?.total);
  const usable = total !== null && total > 0 ? total : null;
  const layout = si(snapshot, 'memLayout');
  let installed: number | null = null;
  if (Array.isArray(layout)) {
    const modules = layout.map(record).filter((m): m is Record<string, unknown> => m !== undefined);
    const sized = modules.filter((m) => (numberOf(m.size) ?? 0) > 0);
    const sum = sized.reduce((acc, m) => acc + (numberOf(m.size) ?? 0), 0);
    const madeUp =
      sized.length === 1 &&
      !str(sized[0]!.bank) &&
      !str(sized[0]!.type) &&
      !str(sized[0]!.formFactor) &&
      !str(sized[0]!.partNum) &&
      (usable === null || Math.abs(sum - usable) < 64 * 1024 * 1024);
    if (!madeUp && sum > 0 && (usable === null || sum >= usable)) installed = sum;
  }
  // Installed modules alone prove the installed RAM when mem() failed.
  if (usable === null && installed === null) return unknownFact(siMissing(snapshot, 'mem'));
  return known({ usableBytes: usable, installedBytes: installed });
}
