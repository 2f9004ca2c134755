import { describe, expect, it } from 'vitest';
import { fullJitter } from './backoff.js';

describe('fullJitter', () => {
  it('grows the ceiling exponentially up to the cap', () => {
    const top = () => 0.999999;
    expect([0, 1, 2, 3, 10].map((a) => fullJitter(a, top, 500, 30_000))).toEqual([499, 999, 1999, 3999, 29_999]);
    expect(fullJitter(1000, top, 500, 30_000)).toBe(29_999);
  });

  it('draws anywhere from zero to the ceiling', () => {
    expect(fullJitter(3, () => 0, 500, 30_000)).toBe(0);
    expect(fullJitter(3, () => 0.5, 500, 30_000)).toBe(2000);
  });
});
