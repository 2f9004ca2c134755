import { describe, expect, it } from 'vitest';
import { effectiveLimit, freePlaces, hasRoom } from './capacity.js';

describe('the 200-clients-per-server rule', () => {
  it('never lets a limit exceed 200, and keeps lower limits', () => {
    expect(effectiveLimit(200)).toBe(200);
    expect(effectiveLimit(250)).toBe(200);
    expect(effectiveLimit(150)).toBe(150);
    expect(effectiveLimit(0)).toBe(1);
    expect(effectiveLimit(Number.NaN)).toBe(1);
  });

  it('takes the 200th client and refuses the 201st', () => {
    expect(hasRoom(199, 200)).toBe(true);
    expect(hasRoom(200, 200)).toBe(false);
    expect(hasRoom(200, 500)).toBe(false);
    expect(hasRoom(99, 100)).toBe(true);
    expect(hasRoom(100, 100)).toBe(false);
  });

  it('counts the free places', () => {
    expect(freePlaces(195, 200)).toBe(5);
    expect(freePlaces(200, 200)).toBe(0);
    expect(freePlaces(180, 150)).toBe(0);
  });
});
