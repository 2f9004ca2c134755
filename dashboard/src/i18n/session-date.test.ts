import { describe, expect, it } from 'vitest';
import { instantAt, wallClockOf } from './session-time.js';

describe('wall-clock inputs in the venue zone', () => {
  it('writes the zone offset, whatever the browser zone', () => {
    expect(instantAt('2026-11-23', '08:00', 'Asia/Makassar')).toBe('2026-11-23T08:00:00+08:00');
    expect(instantAt('2026-11-23', '07.30', 'Asia/Jakarta')).toBe('2026-11-23T07:30:00+07:00');
    expect(instantAt('2026-11-23', '23:59', 'Asia/Jayapura')).toBe('2026-11-23T23:59:00+09:00');
  });

  it('refuses what is not a date or a clock time', () => {
    expect(instantAt('2026-02-30', '08:00', 'Asia/Makassar')).toBeUndefined();
    expect(instantAt('23/11/2026', '08:00', 'Asia/Makassar')).toBeUndefined();
    expect(instantAt('2026-11-23', '24:00', 'Asia/Makassar')).toBeUndefined();
    expect(instantAt('2026-11-23', '8', 'Asia/Makassar')).toBeUndefined();
    expect(instantAt('2026-11-23', '0840', 'Asia/Makassar')).toBe('2026-11-23T08:40:00+08:00');
  });

  it('reads back what the hub wrote in the session offset', () => {
    expect(wallClockOf('2026-11-23T08:00:00+08:00')).toEqual({ date: '2026-11-23', time: '08:00' });
  });
});
