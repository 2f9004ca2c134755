import type { Localized } from '../../protocol/i18n.js';
import type { Judgement } from '../../protocol/results.js';
import type { Criterion, PassingGradeRule, Track } from './types.js';

export interface ScoredResult {
  scores: Readonly<Record<string, number>>;
  total: number;
  /** The track id; the rule's default when absent. */
  track?: string;
}

function criterionText(c: Criterion): Localized {
  return c.type === 'min'
    ? { id: `${c.component} ≥ ${c.value}`, en: `${c.component} ≥ ${c.value}` }
    : { id: `jumlah ≥ ${c.value}`, en: `total ≥ ${c.value}` };
}

/** The criteria of a track as one line ("TWK ≥ 65, TIU ≥ 80, TKP ≥ 166"), null when none are transcribed. */
export function criteriaText(track: Track): Localized | null {
  if (!track.criteria) return null;
  const parts = track.criteria.map(criterionText);
  return { id: parts.map((p) => p.id).join(', '), en: parts.map((p) => p.en).join(', ') };
}

export function trackOf(rule: PassingGradeRule, id: string | undefined): Track | undefined {
  return rule.tracks.find((t) => t.id === (id || rule.defaultTrack));
}

/**
 * Judges one result under a rule: every criterion of its track must hold ("memenuhi"); any unmet
 * gives "tidak-memenuhi" with each unmet criterion named; a track without transcribed thresholds,
 * an unknown track or a missing component gives "tidak-dinilai" with the reason. Pure.
 */
export function judge(rule: PassingGradeRule, result: ScoredResult): Judgement {
  const track = trackOf(rule, result.track);
  if (!track) {
    return {
      status: 'tidak-dinilai',
      track: result.track ?? '',
      unmet: [],
      note: {
        id: `Jalur formasi '${result.track}' tidak ada di aturan ${rule.id}@${rule.version}.`,
        en: `Formation track '${result.track}' is not in rule ${rule.id}@${rule.version}.`,
      },
    };
  }
  if (!track.criteria) {
    return {
      status: 'tidak-dinilai',
      track: track.id,
      unmet: [],
      note: {
        id: `Aturan ${rule.id}@${rule.version} tidak memuat ambang batas untuk jalur ini.`,
        en: `Rule ${rule.id}@${rule.version} holds no threshold for this track.`,
      },
    };
  }
  const unmet: Localized[] = [];
  for (const c of track.criteria) {
    const value = c.type === 'min' ? result.scores[c.component] : result.total;
    if (value === undefined || !Number.isFinite(value)) {
      const what = c.type === 'min' ? c.component : 'total';
      return {
        status: 'tidak-dinilai',
        track: track.id,
        unmet: [],
        note: { id: `Nilai ${what} tidak ada.`, en: `The ${what} score is missing.` },
      };
    }
    if (value < c.value) {
      const name = c.type === 'min' ? c.component : 'jumlah';
      unmet.push({
        id: `${name} ${value} < ${c.value}`,
        en: `${c.type === 'min' ? c.component : 'total'} ${value} < ${c.value}`,
      });
    }
  }
  return { status: unmet.length === 0 ? 'memenuhi' : 'tidak-memenuhi', track: track.id, unmet };
}
