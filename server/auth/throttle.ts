/**
 * Pure login throttle: after `maxFailures` wrong passwords for one username within `windowMs`,
 * that username is refused until `lockMs` has passed since the last failure.
 */
export interface ThrottleState {
  failures: number[];
}

export const THROTTLE = { maxFailures: 10, windowMs: 5 * 60_000, lockMs: 5 * 60_000 };

export function isLocked(state: ThrottleState | undefined, nowMs: number, rules = THROTTLE): boolean {
  if (!state) return false;
  const recent = state.failures.filter((t) => nowMs - t < rules.windowMs);
  const last = recent.at(-1);
  return recent.length >= rules.maxFailures && last !== undefined && nowMs - last < rules.lockMs;
}

export function recordFailure(state: ThrottleState | undefined, nowMs: number, rules = THROTTLE): ThrottleState {
  const failures = (state?.failures ?? []).filter((t) => nowMs - t < rules.windowMs);
  failures.push(nowMs);
  return { failures: failures.slice(-rules.maxFailures) };
}
