import type { RuleInfo } from '../../protocol/results.js';
import { canonicalJson, sha256Hex } from '../canonical.js';
import { criteriaText } from './judge.js';
import { PPPK_2024, SKB_CPNS_2024 } from './others-2024.js';
import { SKD_CPNS_2024 } from './skd-2024.js';
import type { PassingGradeRule, RuleRef } from './types.js';

/** Every published rule version. A version once published is never edited, only followed by a new one. */
export const PASSING_GRADE_RULES: readonly PassingGradeRule[] = [SKD_CPNS_2024, SKB_CPNS_2024, PPPK_2024];

const refs = new WeakMap<PassingGradeRule, RuleRef>();

/** `{id, version, sha256}`; sha256 is over the rule's canonical JSON (keys sorted), like a checklist's. */
export function ruleRef(rule: PassingGradeRule): RuleRef {
  let ref = refs.get(rule);
  if (!ref) {
    ref = { id: rule.id, version: rule.version, sha256: sha256Hex(canonicalJson(rule)) };
    refs.set(rule, ref);
  }
  return ref;
}

export function ruleInfo(rule: PassingGradeRule): RuleInfo {
  return {
    ...ruleRef(rule),
    title: rule.title,
    decree: rule.decree.citation,
    verification: rule.verification.level,
    verificationNote: rule.verification.note,
    components: rule.components.map((c) => ({ key: c.key, title: c.title, max: c.max })),
    tracks: rule.tracks.map((t) => ({ id: t.id, title: t.title, criteria: criteriaText(t) })),
  };
}

/**
 * The rule in force for a session of `kind` held on `date` (yyyy-mm-dd, venue date): of that kind's
 * rules in force by then, the latest `inForceFrom`, then the highest version. Undefined when none.
 */
export function ruleInForce(
  kind: string,
  date: string,
  rules: readonly PassingGradeRule[] = PASSING_GRADE_RULES,
): PassingGradeRule | undefined {
  return rules
    .filter((r) => r.kind === kind && r.inForceFrom <= date)
    .sort((a, b) => b.inForceFrom.localeCompare(a.inForceFrom) || compareVersions(b.version, a.version))[0];
}

/** A rule by `id@version` (or `id` alone: its highest version). */
export function findRule(spec: string, rules: readonly PassingGradeRule[] = PASSING_GRADE_RULES): PassingGradeRule | undefined {
  const [id, version] = spec.split('@');
  return rules
    .filter((r) => r.id === id && (version === undefined || r.version === version))
    .sort((a, b) => compareVersions(b.version, a.version))[0];
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Refuses inconsistent rule data (caught by tests and at load): duplicate ids, unknown components or tracks. */
export function assertRule(rule: PassingGradeRule): void {
  const keys = new Set(rule.components.map((c) => c.key));
  if (keys.size !== rule.components.length) throw new Error(`rule ${rule.id}: duplicate component`);
  const tracks = new Set(rule.tracks.map((t) => t.id));
  if (tracks.size !== rule.tracks.length) throw new Error(`rule ${rule.id}: duplicate track`);
  if (!tracks.has(rule.defaultTrack)) throw new Error(`rule ${rule.id}: default track ${rule.defaultTrack} missing`);
  for (const track of rule.tracks) {
    for (const c of track.criteria ?? []) {
      if (c.type === 'min' && !keys.has(c.component))
        throw new Error(`rule ${rule.id}: track ${track.id} names unknown component ${c.component}`);
    }
  }
  if (rule.verification.level !== 'none' && rule.verification.sources.length === 0)
    throw new Error(`rule ${rule.id}: verified numbers need their sources`);
}

for (const rule of PASSING_GRADE_RULES) assertRule(rule);
