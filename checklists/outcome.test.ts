import { describe, expect, it } from 'vitest';
import { known, unknownFact } from './facts.js';
import { worstStatus as worst } from '../protocol/verdict.js';
import { joinText, withFact } from './outcome.js';

describe('outcome helpers', () => {
  it("gives unknown with the fact's reason when the fact is missing", () => {
    const reason = { id: 'tak terbaca', en: 'unreadable' };
    const out = withFact(unknownFact<number>(reason), '≥ 4 GB', () => ({ status: 'pass', measured: 'x', expected: 'y' }));
    expect(out).toEqual({ status: 'unknown', measured: null, expected: '≥ 4 GB', reason });
  });

  it('judges a known fact', () => {
    const out = withFact(known(8), '≥ 4', (v) => ({ status: v >= 4 ? 'pass' : 'fail', measured: String(v), expected: '≥ 4' }));
    expect(out.status).toBe('pass');
  });

  it('orders statuses fail, unknown, warn, pass', () => {
    expect(worst(['pass', 'warn'])).toBe('warn');
    expect(worst(['warn', 'unknown'])).toBe('unknown');
    expect(worst(['unknown', 'fail', 'pass'])).toBe('fail');
    expect(worst([])).toBe('pass');
  });

  it('joins plain and bilingual texts', () => {
    expect(joinText(['a', 'b'], ' · ')).toBe('a · b');
    expect(joinText(['a', { id: 'tidak ada', en: 'none' }], ' · ')).toEqual({ id: 'a · tidak ada', en: 'a · none' });
  });
});
