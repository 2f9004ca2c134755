import { describe, expect, it } from 'vitest';
import { atOnSessionDay, clockIn, parseClock } from './session-time.js';

const wita = { startsAt: '2026-11-23T08:00:00+08:00', timeZone: 'Asia/Makassar' };

describe('clock times on the session day', () => {
  it('reads a 24-hour clock written with a dot, a colon or nothing', () => {
    expect(parseClock('08:40')).toBe('08:40');
    expect(parseClock('8.40')).toBe('08:40');
    expect(parseClock(' 0840 ')).toBe('08:40');
    expect(parseClock('23:59')).toBe('23:59');
    expect(parseClock('00:00')).toBe('00:00');
  });

  it('refuses what is not a clock time', () => {
    for (const text of ['', '24:00', '08:60', '8', 'ab:cd', '08:40 PM', '123:45']) {
      expect(parseClock(text), text).toBeUndefined();
    }
  });

  it("puts the time on the session's date with the session's offset, whatever the browser's zone", () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/New_York');
    expect(atOnSessionDay(wita, '08:40')).toBe('2026-11-23T08:40:00+08:00');
    expect(atOnSessionDay(wita, '7.05')).toBe('2026-11-23T07:05:00+08:00');
    expect(atOnSessionDay({ startsAt: '2026-11-24T13:30:00+07:00', timeZone: 'Asia/Jakarta' }, '15:00')).toBe('2026-11-24T15:00:00+07:00');
    expect(atOnSessionDay({ startsAt: '2026-11-23T07:30:00.000+09:00', timeZone: 'Asia/Jayapura' }, '09:10')).toBe(
      '2026-11-23T09:10:00+09:00',
    );
  });

  it('finds the local date and offset from the zone when the start is written in UTC', () => {
    // 23:30Z on the 22nd is 07:30 on the 23rd in WITA.
    expect(atOnSessionDay({ startsAt: '2026-11-22T23:30:00Z', timeZone: 'Asia/Makassar' }, '08:40')).toBe('2026-11-23T08:40:00+08:00');
  });

  it('gives undefined for a time that cannot be read', () => {
    expect(atOnSessionDay(wita, '25:00')).toBeUndefined();
  });

  it('reads an instant back as HH:MM in the zone', () => {
    expect(clockIn('2026-11-23T00:40:00.000Z', 'Asia/Makassar')).toBe('08:40');
    expect(clockIn('2026-11-23T08:05:00+08:00', 'Asia/Jakarta')).toBe('07:05');
    expect(clockIn(null, 'Asia/Makassar')).toBe('');
    expect(clockIn('nonsense', 'Asia/Makassar')).toBe('');
    const back = atOnSessionDay(wita, '09:49')!;
    expect(clockIn(back, wita.timeZone)).toBe('09:49');
  });
});
