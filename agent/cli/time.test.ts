import { describe, expect, it } from 'vitest';
import { formatLocalTime } from './time.js';

describe('formatLocalTime', () => {
  const at = '2026-11-22T08:52:41.108Z';

  it('writes dd/mm/yyyy HH:mm with WIB, WITA or WIT', () => {
    expect(formatLocalTime(at, 'Asia/Jakarta')).toBe('22/11/2026 15:52 WIB');
    expect(formatLocalTime(at, 'Asia/Makassar')).toBe('22/11/2026 16:52 WITA');
    expect(formatLocalTime(at, 'Asia/Jayapura')).toBe('22/11/2026 17:52 WIT');
  });

  it('uses a 24-hour clock and crosses midnight in the zone', () => {
    expect(formatLocalTime('2026-11-22T16:05:00Z', 'Asia/Makassar')).toBe('23/11/2026 00:05 WITA');
  });

  it('shows other zones as an offset and falls back to UTC for a bad zone name', () => {
    expect(formatLocalTime(at, 'UTC')).toBe('22/11/2026 08:52 UTC');
    expect(formatLocalTime(at, 'Europe/Berlin')).toBe('22/11/2026 09:52 UTC+01:00');
    expect(formatLocalTime(at, 'Not/AZone')).toBe('22/11/2026 08:52 UTC');
  });
});
