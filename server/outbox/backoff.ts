import type { RandomSource } from '../../protocol/ports.js';

export interface BackoffOptions {
  baseMs: number;
  capMs: number;
}

/** A uniform number in [0, 1) from the random source. */
export function unit(random: RandomSource): number {
  const b = random.bytes(4);
  return (((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0) / 2 ** 32;
}

/**
 * Exponential backoff with full jitter (AWS architecture blog): after the n-th failure in a row,
 * wait a uniform time in [0, min(cap, base * 2^n)). Hundreds of venues coming back at once spread
 * their retries instead of arriving together.
 */
export function backoffDelay(failures: number, options: BackoffOptions, random: RandomSource): number {
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** Math.min(failures, 30));
  return Math.floor(unit(random) * ceiling);
}
