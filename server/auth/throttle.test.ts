import { describe, expect, it } from 'vitest';
import { isLocked, recordFailure, type ThrottleState } from './throttle.js';

const rules = { maxFailures: 3, windowMs: 60_000, lockMs: 30_000 };

describe('login throttle', () => {
  it('locks after maxFailures within the window and unlocks after lockMs', () => {
    let state: ThrottleState | undefined;
    for (const t of [0, 1000, 2000]) {
      expect(isLocked(state, t, rules)).toBe(false);
      state = recordFailure(state, t, rules);
    }
    expect(isLocked(state, 2500, rules)).toBe(true);
    expect(isLocked(state, 2000 + 30_000, rules)).toBe(false);
  });

  it('forgets failures older than the window', () => {
    let state = recordFailure(undefined, 0, rules);
    state = recordFailure(state, 1000, rules);
    state = recordFailure(state, 70_000, rules);
    expect(isLocked(state, 70_001, rules)).toBe(false);
  });
});
