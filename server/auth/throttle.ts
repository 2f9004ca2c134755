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

/** Per account (the username typed, whether it exists or not) and per network address. */
export const ACCOUNT_THROTTLE = THROTTLE;
/** An address may try more names than one account may take wrong passwords, but not endlessly. */
export const ADDRESS_THROTTLE = { maxFailures: 30, windowMs: 5 * 60_000, lockMs: 5 * 60_000 };

export interface ThrottleStore {
  get(key: string): ThrottleState | undefined;
  set(key: string, state: ThrottleState): void;
  delete(key: string): void;
}

/**
 * Login throttling per account and per address, on counters that survive a hub restart (a
 * restart must not reset an attacker's count). Keys are `account:NAME` and `address:IP`.
 */
export class LoginThrottle {
  constructor(
    private readonly store: ThrottleStore,
    private readonly rules = { account: ACCOUNT_THROTTLE, address: ADDRESS_THROTTLE },
  ) {}

  locked(username: string, address: string, nowMs: number): boolean {
    return (
      isLocked(this.store.get(`account:${username}`), nowMs, this.rules.account) ||
      isLocked(this.store.get(`address:${address}`), nowMs, this.rules.address)
    );
  }

  failed(username: string, address: string, nowMs: number): void {
    this.store.set(`account:${username}`, recordFailure(this.store.get(`account:${username}`), nowMs, this.rules.account));
    this.store.set(`address:${address}`, recordFailure(this.store.get(`address:${address}`), nowMs, this.rules.address));
  }

  /** A right password clears the account's count (never the address's: one good login must not unlock guessing). */
  succeeded(username: string): void {
    this.store.delete(`account:${username}`);
  }
}
