import { describe, expect, it } from 'vitest';
import {
  CHECK_STATUSES,
  STATUS_PRECEDENCE,
  VERDICTS,
  VERDICT_PRECEDENCE,
  byStatus,
  countStatuses,
  verdictOf,
  worstStatus,
  worstVerdict,
  type CheckStatus,
  type Verdict,
} from './verdict.js';

describe('the one precedence', () => {
  it('orders every status and every verdict exactly once', () => {
    expect([...STATUS_PRECEDENCE].sort()).toEqual([...CHECK_STATUSES].sort());
    expect([...VERDICT_PRECEDENCE].sort()).toEqual([...VERDICTS].sort());
    expect(STATUS_PRECEDENCE).toEqual(['fail', 'unknown', 'warn', 'pass']);
    expect(VERDICT_PRECEDENCE).toEqual(['not-ready', 'incomplete', 'ready']);
  });

  // Every pair of statuses: the worse one wins, whichever comes first, and the verdict follows it.
  const pairs: Array<[CheckStatus, CheckStatus, CheckStatus, Verdict]> = [
    ['pass', 'pass', 'pass', 'ready'],
    ['pass', 'warn', 'warn', 'ready'],
    ['pass', 'unknown', 'unknown', 'incomplete'],
    ['pass', 'fail', 'fail', 'not-ready'],
    ['warn', 'warn', 'warn', 'ready'],
    ['warn', 'unknown', 'unknown', 'incomplete'],
    ['warn', 'fail', 'fail', 'not-ready'],
    ['unknown', 'unknown', 'unknown', 'incomplete'],
    ['unknown', 'fail', 'fail', 'not-ready'],
    ['fail', 'fail', 'fail', 'not-ready'],
  ];
  it.each(pairs)('%s with %s: worst %s, verdict %s', (a, b, worst, verdict) => {
    expect(worstStatus([a, b])).toBe(worst);
    expect(worstStatus([b, a])).toBe(worst);
    expect(verdictOf([a, b])).toBe(verdict);
    expect(verdictOf([b, a])).toBe(verdict);
  });

  it('is pass / ready / nothing for empty input', () => {
    expect(worstStatus([])).toBe('pass');
    expect(verdictOf([])).toBe('ready');
    expect(worstVerdict([])).toBeUndefined();
    expect(worstVerdict([undefined, null])).toBeUndefined();
  });

  const verdictPairs: Array<[Verdict, Verdict, Verdict]> = [
    ['ready', 'ready', 'ready'],
    ['ready', 'incomplete', 'incomplete'],
    ['ready', 'not-ready', 'not-ready'],
    ['incomplete', 'incomplete', 'incomplete'],
    ['incomplete', 'not-ready', 'not-ready'],
    ['not-ready', 'not-ready', 'not-ready'],
  ];
  it.each(verdictPairs)('%s with %s: %s', (a, b, worst) => {
    expect(worstVerdict([a, b])).toBe(worst);
    expect(worstVerdict([b, undefined, a])).toBe(worst);
  });

  it('takes any iterable, once', () => {
    function* statuses(): Generator<CheckStatus> {
      yield 'pass';
      yield 'unknown';
      yield 'warn';
    }
    expect(verdictOf(statuses())).toBe('incomplete');
    expect(verdictOf(new Set<CheckStatus>(['fail', 'pass']))).toBe('not-ready');
  });

  it('counts each status, absent ones as zero', () => {
    expect(countStatuses(['pass', 'fail', 'pass', 'unknown'])).toEqual({ pass: 2, warn: 0, fail: 1, unknown: 1 });
    expect(countStatuses([])).toEqual({ pass: 0, warn: 0, fail: 0, unknown: 0 });
  });

  it('sorts worst first and keeps the given order within a status', () => {
    const checks = [
      { id: 'a', status: 'pass' as const },
      { id: 'b', status: 'unknown' as const },
      { id: 'c', status: 'fail' as const },
      { id: 'd', status: 'warn' as const },
      { id: 'e', status: 'fail' as const },
      { id: 'f', status: 'unknown' as const },
    ];
    expect(byStatus(checks).map((c) => c.id)).toEqual(['c', 'e', 'b', 'f', 'd', 'a']);
    expect(checks.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});
