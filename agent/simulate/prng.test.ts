import { describe, expect, it } from 'vitest';
import { seeded, weighted } from './prng.js';

describe('seeded', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = seeded(42);
    const b = seeded(42);
    const c = seeded(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it('draws by weight', () => {
    const rng = seeded(7);
    const counts = { ok: 0, fail: 0, unknown: 0 };
    for (let i = 0; i < 10_000; i++)
      counts[
        weighted(rng, [
          ['ok', 80],
          ['fail', 12],
          ['unknown', 8],
        ] as const)
      ]++;
    expect(counts.ok).toBeGreaterThan(7700);
    expect(counts.ok).toBeLessThan(8300);
    expect(counts.fail).toBeGreaterThan(1000);
    expect(counts.unknown).toBeGreaterThan(600);
  });
});
