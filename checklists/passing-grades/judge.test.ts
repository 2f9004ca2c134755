import { describe, expect, it } from 'vitest';
import { judge } from './judge.js';
import { SKB_CPNS_2024 } from './others-2024.js';
import { SKD_CPNS_2024 } from './skd-2024.js';

const skd = (twk: number, tiu: number, tkp: number, track?: string) => ({
  scores: { TWK: twk, TIU: tiu, TKP: tkp },
  total: twk + tiu + tkp,
  ...(track ? { track } : {}),
});

describe('judge: SKD 2024 (KepmenPANRB 321/2024)', () => {
  it('general track: each of TWK, TIU, TKP at or above its minimum, exactly at the minimum included', () => {
    expect(judge(SKD_CPNS_2024, skd(65, 80, 166))).toEqual({ status: 'memenuhi', track: 'umum', unmet: [] });
    expect(judge(SKD_CPNS_2024, skd(150, 175, 225)).status).toBe('memenuhi');
  });

  it('names every unmet criterion, a high total does not compensate a low component', () => {
    const j = judge(SKD_CPNS_2024, skd(60, 175, 165));
    expect(j.status).toBe('tidak-memenuhi');
    expect(j.unmet.map((u) => u.en)).toEqual(['TWK 60 < 65', 'TKP 165 < 166']);
  });

  it('best-graduate track: total at least 311 and TIU at least 85, no per-component TWK/TKP minimum', () => {
    expect(judge(SKD_CPNS_2024, skd(50, 85, 176, 'lulusan-terbaik')).status).toBe('memenuhi');
    const low = judge(SKD_CPNS_2024, skd(60, 84, 166, 'lulusan-terbaik'));
    expect(low.unmet.map((u) => u.en)).toEqual(['total 310 < 311', 'TIU 84 < 85']);
  });

  it('disability / Papua track: total at least 286 and TIU at least 60', () => {
    expect(judge(SKD_CPNS_2024, skd(60, 60, 166, 'disabilitas-papua')).status).toBe('memenuhi');
    expect(judge(SKD_CPNS_2024, skd(60, 59, 167, 'disabilitas-papua')).unmet.map((u) => u.en)).toEqual(['TIU 59 < 60']);
  });

  it('an unknown track or a missing component is not judged, never guessed', () => {
    const unknown = judge(SKD_CPNS_2024, skd(100, 100, 200, 'cpns-rahasia'));
    expect(unknown.status).toBe('tidak-dinilai');
    expect(unknown.note?.en).toContain("'cpns-rahasia'");
    const missing = judge(SKD_CPNS_2024, { scores: { TWK: 100, TIU: 100 }, total: 200 });
    expect(missing).toMatchObject({ status: 'tidak-dinilai', note: { en: 'The TKP score is missing.' } });
  });

  it('a rule without transcribed thresholds (SKB) says not judged with the reason', () => {
    const j = judge(SKB_CPNS_2024, { scores: {}, total: 80 });
    expect(j.status).toBe('tidak-dinilai');
    expect(j.note?.en).toBe('Rule skb-cpns-2024@1.0.0 holds no threshold for this track.');
  });
});
