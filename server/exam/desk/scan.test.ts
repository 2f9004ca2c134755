import { describe, expect, it } from 'vitest';
import { scanCandidates } from './scan.js';

describe('scanCandidates', () => {
  it('takes a bare number with the whitespace and Enter a scanner adds', () => {
    expect(scanCandidates('  24300110120000001\r\n')).toEqual(['24300110120000001']);
    expect(scanCandidates('\t2430 0110 1200 0000 1 ')[0]).toBe('24300110120000001');
  });

  it('finds the number inside a QR payload', () => {
    expect(scanCandidates('https://sscasn.example/cetak?no=24300110120000001&t=x')).toContain('24300110120000001');
    expect(scanCandidates('24300110120000001|SITI AISYAH|6310015503920001')).toEqual([
      '24300110120000001',
      'SITI',
      'AISYAH',
      '6310015503920001',
    ]);
  });

  it('gives nothing for input without a plausible number', () => {
    expect(scanCandidates('')).toEqual([]);
    expect(scanCandidates(' ?? ')).toEqual([]);
  });
});
