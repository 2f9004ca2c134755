import { createHmac, timingSafeEqual } from 'node:crypto';
import type { RandomSource } from '../../../protocol/ports.js';

/** Letters and digits a person cannot mistake for another: no 0/O, 1/I/L. 31 symbols. */
export const PIN_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const PIN_LENGTH = 6;

/**
 * A PIN from the random source by rejection sampling: a byte is used only below the largest
 * multiple of the alphabet size (248 for 31), so every symbol is equally likely.
 */
export function generatePin(random: RandomSource, length = PIN_LENGTH, alphabet = PIN_ALPHABET): string {
  const limit = 256 - (256 % alphabet.length);
  let pin = '';
  while (pin.length < length) {
    for (const byte of random.bytes(length * 2)) {
      if (byte < limit) pin += alphabet[byte % alphabet.length];
      if (pin.length === length) break;
    }
  }
  return pin;
}

/** A PIN as typed back: case and separators do not matter. */
export function normalisePin(text: string): string {
  return text.toUpperCase().replace(/[\s\-]/g, '');
}

/**
 * The stored form of a PIN: HMAC-SHA256 under the hub's PIN key, bound to the session
 * (`sessionId\nPIN`). Deterministic, so "unique within the session" is a unique index; the key
 * keeps a copy of the table alone from being enough to test guesses.
 */
export function hashPin(key: Uint8Array, sessionId: string, pin: string): string {
  return createHmac('sha256', key)
    .update(`${sessionId}\n${normalisePin(pin)}`)
    .digest('hex');
}

export function pinMatches(key: Uint8Array, sessionId: string, pin: string, storedHash: string): boolean {
  const actual = Buffer.from(hashPin(key, sessionId, pin), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
