import { describe, expect, it } from 'vitest';
import { diskSize, gib, GIB, num, ramGb } from './units.js';

describe('units', () => {
  it('drops trailing zeros only', () => {
    expect(num(15.8)).toBe('15.8');
    expect(num(16)).toBe('16');
    expect(num(2.1, 2)).toBe('2.1');
    expect(num(100, 0)).toBe('100');
  });

  it('writes memory in binary units and disks in vendor units', () => {
    expect(gib(16_966_430_720)).toBe('15.8 GiB');
    expect(ramGb(16 * GIB)).toBe('16 GB');
    expect(diskSize(256_060_514_304)).toBe('256 GB');
    expect(diskSize(1_000_204_886_016)).toBe('1.0 TB');
  });
});
