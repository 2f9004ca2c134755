import type { PassingGradeRule } from '../../checklists/passing-grades/index.js';
import { AppError } from '../../protocol/errors.js';
import type { ResultEntryRequest } from '../../protocol/results.js';

const invalid = (id: string, en: string) => new AppError('invalid', { id, en });

/**
 * A result typed in from the printed rekap, checked against the rule's components: every component
 * present (SKD), none unknown, each within its maximum, the total the sum (or given, for kinds
 * whose total is its own number), a known track.
 */
export function checkEntry(
  rule: PassingGradeRule,
  body: ResultEntryRequest,
): { scores: Record<string, number>; total: number; track: string } {
  const keys = new Set(rule.components.map((c) => c.key));
  const scores: Record<string, number> = {};
  for (const [key, value] of Object.entries(body.scores)) {
    const k = key.toUpperCase();
    if (!keys.has(k)) {
      const known = [...keys].join(', ') || '-';
      throw invalid(
        `Komponen nilai '${k}' tidak ada pada ${rule.kind} (aturan ${rule.id}): gunakan ${known}.`,
        `Score component '${k}' is not part of ${rule.kind} (rule ${rule.id}): use ${known}.`,
      );
    }
    scores[k] = value;
  }
  for (const c of rule.components) {
    const v = scores[c.key];
    if (v === undefined) {
      if (rule.totalIsSum) throw invalid(`Nilai ${c.key} belum diisi.`, `The ${c.key} score is missing.`);
      continue;
    }
    if (v > c.max) throw invalid(`Nilai ${c.key} ${v} melebihi nilai tertinggi ${c.max}.`, `The ${c.key} score ${v} is above the highest ${c.max}.`);
  }
  const sum = Object.values(scores).reduce((a, b) => a + b, 0);
  let total = sum;
  if (body.total !== undefined) {
    if (rule.totalIsSum && Math.abs(body.total - sum) > 1e-9)
      throw invalid(`JUMLAH ${body.total} tidak sama dengan jumlah komponen ${sum}.`, `The total ${body.total} is not the sum of the components ${sum}.`);
    total = body.total;
  } else if (!rule.totalIsSum) {
    throw invalid('Nilai JUMLAH belum diisi.', 'The total is missing.');
  }
  if (total > rule.maxTotal)
    throw invalid(`JUMLAH ${total} melebihi nilai tertinggi ${rule.maxTotal}.`, `The total ${total} is above the highest ${rule.maxTotal}.`);
  const track = body.track?.trim() || rule.defaultTrack;
  if (!rule.tracks.some((t) => t.id === track)) {
    const known = rule.tracks.map((t) => t.id).join(', ');
    throw invalid(`Jalur formasi '${track}' tidak dikenal: gunakan ${known}.`, `Unknown formation track '${track}': use ${known}.`);
  }
  return { scores, total, track };
}

/** Same scores, total and track: a re-import of what is recorded, not a new entry. */
export function sameResult(
  a: { scores: Record<string, number>; total: number; track: string },
  b: { scores: Record<string, number>; total: number; track: string },
): boolean {
  const ka = Object.keys(a.scores).sort();
  const kb = Object.keys(b.scores).sort();
  return (
    a.total === b.total &&
    a.track === b.track &&
    ka.length === kb.length &&
    ka.every((k, i) => k === kb[i] && a.scores[k] === b.scores[k])
  );
}
