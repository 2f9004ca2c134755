import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../canonical.js';
import { assertRule, findRule, PASSING_GRADE_RULES, ruleInfo, ruleInForce, ruleRef } from './rules.js';
import { SKD_CPNS_2024 } from './skd-2024.js';
import type { PassingGradeRule } from './types.js';

describe('passing-grade rules as versioned data', () => {
  it('names each rule by id, version and the sha256 of its canonical JSON', () => {
    const ref = ruleRef(SKD_CPNS_2024);
    expect(ref).toEqual({ id: 'skd-cpns-2024', version: '1.0.0', sha256: sha256Hex(canonicalJson(SKD_CPNS_2024)) });
    expect(ref.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a published version is frozen: its hash is pinned here, a change needs a new version', () => {
    expect(ruleRef(SKD_CPNS_2024).sha256).toBe(PINNED_SKD_2024);
  });

  it('any change to the thresholds changes the hash', () => {
    const edited = structuredClone(SKD_CPNS_2024) as PassingGradeRule;
    (edited.tracks[0]!.criteria![0] as { value: number }).value = 60;
    expect(ruleRef(edited).sha256).not.toBe(ruleRef(SKD_CPNS_2024).sha256);
  });

  it('every rule cites its decree and says how far it was verified', () => {
    for (const rule of PASSING_GRADE_RULES) {
      expect(rule.decree.citation).not.toBe('');
      expect(rule.verification.note.length).toBeGreaterThan(40);
      expect(() => assertRule(rule)).not.toThrow();
    }
    expect(SKD_CPNS_2024.decree.citation).toBe('Keputusan Menteri PANRB Nomor 321 Tahun 2024');
    expect(SKD_CPNS_2024.verification.level).toBe('secondary-sources');
  });

  it('finds the rule in force for a session by kind and date, and a rule by id@version', () => {
    expect(ruleInForce('SKD', '2026-11-23')?.id).toBe('skd-cpns-2024');
    expect(ruleInForce('PPPK', '2026-11-23')?.id).toBe('pppk-2024');
    expect(ruleInForce('SKD', '2023-12-31')).toBeUndefined();
    const v2 = { ...SKD_CPNS_2024, version: '1.1.0', inForceFrom: '2026-12-01' };
    expect(ruleInForce('SKD', '2026-11-30', [SKD_CPNS_2024, v2])?.version).toBe('1.0.0');
    expect(ruleInForce('SKD', '2026-12-01', [SKD_CPNS_2024, v2])?.version).toBe('1.1.0');
    expect(findRule('skd-cpns-2024@1.0.0')).toBe(SKD_CPNS_2024);
    expect(findRule('skd-cpns-2024')).toBe(SKD_CPNS_2024);
    expect(findRule('skd-cpns-2024@9.9.9')).toBeUndefined();
  });

  it('refuses inconsistent data', () => {
    const bad = { ...SKD_CPNS_2024, defaultTrack: 'nope' };
    expect(() => assertRule(bad)).toThrow(/default track/);
    const unknown = structuredClone(SKD_CPNS_2024) as PassingGradeRule;
    (unknown.tracks[0]!.criteria![0] as { component: string }).component = 'TKD';
    expect(() => assertRule(unknown)).toThrow(/unknown component TKD/);
  });

  it('describes the rule for people: criteria per track in one line', () => {
    const info = ruleInfo(SKD_CPNS_2024);
    expect(info.tracks[0]!.criteria?.id).toBe('TWK ≥ 65, TIU ≥ 80, TKP ≥ 166');
    expect(info.tracks[1]!.criteria?.id).toBe('jumlah ≥ 311, TIU ≥ 85');
  });
});

const PINNED_SKD_2024 = '5ed420a26fcc169b31d876cbfbba11504f839953f1e5bf3804328b461ad7b274';
