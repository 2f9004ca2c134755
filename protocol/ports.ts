/**
 * The two things pure code must never reach for by itself: the clock and the random source.
 * Domain functions take them as arguments so tests are exact; adapters pass the real ones.
 */
export interface Clock {
  now(): Date;
}

export interface RandomSource {
  /** Cryptographically strong random bytes. */
  bytes(length: number): Uint8Array;
}

export const systemClock: Clock = { now: () => new Date() };

export const cryptoRandom: RandomSource = {
  bytes(length) {
    const out = new Uint8Array(length);
    globalThis.crypto.getRandomValues(out);
    return out;
  },
};

/** A clock for tests and simulations: starts at `start`, moves only when told. */
export function manualClock(start: Date | string): Clock & { advance(ms: number): void; set(at: Date | string): void } {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance(ms) {
      t += ms;
    },
    set(at) {
      t = new Date(at).getTime();
    },
  };
}
