import { describe, expect, it } from 'vitest';
import type { RandomSource } from '../../../protocol/ports.js';
import { generatePin, hashPin, normalisePin, PIN_ALPHABET, pinMatches } from './pin.js';

/** Hands out the given bytes in order, then repeats them. */
function scripted(bytes: number[]): RandomSource & { drawn: number } {
  let i = 0;
  const source = {
    drawn: 0,
    bytes(length: number) {
      source.drawn += length;
      return Uint8Array.from({ length }, () => bytes[i++ % bytes.length]!);
    },
  };
  return source;
}

describe('PIN', () => {
  it('has no look-alike symbols', () => {
    for (const c of '01OIL') expect(PIN_ALPHABET).not.toContain(c);
    expect(new Set(PIN_ALPHABET).size).toBe(31);
  });

  it('maps bytes below 248 onto the alphabet and rejects the rest', () => {
    // 248..255 are rejected; 0 -> '2', 30 -> 'Z', 31 -> '2', 247 -> 247 % 31 = 30 -> 'Z'
    expect(generatePin(scripted([255, 0, 248, 30, 31, 247, 250, 1, 2]))).toBe('2Z2Z34');
  });

  it('keeps drawing when a whole batch is rejected', () => {
    const random = scripted([...Array(12).fill(252), 5, 5, 5, 5, 5, 5]);
    expect(generatePin(random)).toBe('777777');
    expect(random.drawn).toBe(24);
  });

  it('hashes bound to the session and verifies regardless of case and separators', () => {
    const key = new Uint8Array(32).fill(7);
    const hash = hashPin(key, '20261123-1', 'ABC234');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(pinMatches(key, '20261123-1', 'abc-234', hash)).toBe(true);
    expect(pinMatches(key, '20261123-2', 'ABC234', hash)).toBe(false);
    expect(pinMatches(new Uint8Array(32).fill(8), '20261123-1', 'ABC234', hash)).toBe(false);
    expect(pinMatches(key, '20261123-1', 'ABC235', hash)).toBe(false);
    expect(normalisePin(' ab c-2 ')).toBe('ABC2');
  });
});
