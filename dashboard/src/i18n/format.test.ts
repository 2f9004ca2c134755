import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatTime, zoneName, zonedParts } from './format.js';

// 2026-11-22T23:30:00Z is 23/11/2026 06:30 in Jakarta (UTC+7), 07:30 in Makassar (+8), 08:30 in Jayapura (+9).
const instant = '2026-11-22T23:30:00Z';

describe('venue dates and times', () => {
  it('formats in the venue zone whatever the browser zone is', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/New_York');
    expect(formatDateTime(instant, 'Asia/Jakarta', 'id')).toBe('23/11/2026 06.30 WIB');
    expect(formatDateTime(instant, 'Asia/Makassar', 'id')).toBe('23/11/2026 07.30 WITA');
    expect(formatDateTime(instant, 'Asia/Jayapura', 'en')).toBe('23/11/2026 08:30 WIT');
  });

  it('uses dd/mm/yyyy and a 24-hour clock', () => {
    expect(formatDate('2026-01-05T15:04:05Z', 'Asia/Makassar')).toBe('05/01/2026');
    expect(formatTime('2026-01-05T15:04:05Z', 'Asia/Makassar', 'id')).toBe('23.04');
    expect(formatTime('2026-01-05T15:04:05Z', 'Asia/Makassar', 'en', true)).toBe('23:04:05');
    expect(zonedParts('2026-01-05T16:00:00Z', 'Asia/Makassar')?.hour).toBe('00');
  });

  it('shows a dash for an invalid instant instead of "Invalid Date"', () => {
    expect(formatDate('not a date', 'Asia/Makassar')).toBe('—');
    expect(formatDateTime('', 'Asia/Makassar', 'id')).toBe('—');
  });

  it('names the Indonesian zones and falls back to the short name elsewhere', () => {
    expect(zoneName('Asia/Makassar')).toBe('WITA');
    expect(zoneName('UTC')).toBe('UTC');
  });

  it('groups numbers per language', () => {
    expect(formatNumber(1250, 'id')).toBe('1.250');
    expect(formatNumber(1250, 'en')).toBe('1,250');
  });
});
