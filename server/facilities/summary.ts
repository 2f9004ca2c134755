import type { Cause } from '../../protocol/api.js';
import { verdictOf, type CheckStatus } from '../../protocol/verdict.js';
import type { FacilityEntry, FacilityItem, FacilityStatus, FacilitySummary } from '../../protocol/facilities.js';

const AS_CHECK: Record<FacilityStatus, CheckStatus> = { ok: 'pass', na: 'pass', 'not-ok': 'fail' };

/**
 * The facility side of the venue's readiness, by the same rule as machines: an item not ok is a
 * failure (not ready), an item nobody checked yet is unknown (incomplete), n.a. counts as done.
 * Ticks for items the checklist no longer has are ignored.
 */
export function facilitySummary(
  items: readonly FacilityItem[],
  entries: ReadonlyMap<string, Pick<FacilityEntry, 'status' | 'note'>>,
): FacilitySummary {
  const counts = { ok: 0, notOk: 0, na: 0, unchecked: 0 };
  const statuses: CheckStatus[] = [];
  const causes: Cause[] = [];
  for (const item of items) {
    const entry = entries.get(item.id);
    if (!entry) {
      counts.unchecked++;
      statuses.push('unknown');
      continue;
    }
    statuses.push(AS_CHECK[entry.status]);
    if (entry.status === 'ok') counts.ok++;
    else if (entry.status === 'na') counts.na++;
    else {
      counts.notOk++;
      const note = entry.note.trim();
      causes.push({
        kind: 'facility',
        severity: 'fail',
        ref: item.id,
        count: 1,
        text: {
          id: `Fasilitas belum memenuhi: ${item.title.id}${note ? ` (${note})` : ''}`,
          en: `Facility not met: ${item.title.en}${note ? ` (${note})` : ''}`,
        },
      });
    }
  }
  if (counts.unchecked > 0) {
    causes.push({
      kind: 'facility',
      severity: 'unknown',
      ref: 'unchecked',
      count: counts.unchecked,
      text: {
        id: `${counts.unchecked} item fasilitas belum diperiksa`,
        en: `${counts.unchecked} facility item${counts.unchecked === 1 ? '' : 's'} not checked yet`,
      },
    });
  }
  return { verdict: verdictOf(statuses), counts, causes };
}
