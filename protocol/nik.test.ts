import { describe, expect, it } from 'vitest';
import { maskNik, maskNikRuns, nikShaped } from './nik.js';

describe('NIK masking', () => {
  it('masks all but the first and last four digits', () => {
    expect(maskNik('6310015503920001')).toBe('6310********0001');
    expect(maskNik('1234')).toBe('****');
  });

  it('recognises a NIK however it was typed, and nothing else', () => {
    expect(nikShaped('6310015503920001')).toBe('6310015503920001');
    expect(nikShaped(" '6310 0155 0392 0001\r\n")).toBe('6310015503920001');
    expect(nikShaped('6310.0155.0392-0001')).toBe('6310015503920001');
    expect(nikShaped('24300110120000001')).toBeUndefined();
    expect(nikShaped('631001550392000')).toBeUndefined();
    expect(nikShaped('A310015503920001')).toBeUndefined();
    expect(nikShaped('')).toBeUndefined();
  });

  it('masks NIK-shaped runs inside free text but leaves longer numbers and hashes alone', () => {
    expect(maskNikRuns('https://x/?nik=6310015503920001&no=24300110120000001')).toBe(
      'https://x/?nik=6310********0001&no=24300110120000001',
    );
    expect(maskNikRuns('KTP 6310 0155 0392 0001 rusak')).toBe('KTP 6310********0001 rusak');
    expect(maskNikRuns('NIK6310015503920001.')).toBe('NIK6310********0001.');
    expect(maskNikRuns('12345678901234567')).toBe('12345678901234567');
    expect(maskNikRuns('tiba 07:56')).toBe('tiba 07:56');
  });
});
