import { describe, expect, it } from 'vitest';
import { compactDate, dayName, isoInZone, localDayBounds, localText, localTime, zoneOfOffset } from './time.js';

describe('venue time', () => {
  it('names the zone of an Indonesian offset and nothing else', () => {
    expect(zoneOfOffset('2026-11-23T08:00:00+07:00')).toBe('Asia/Jakarta');
    expect(zoneOfOffset('2026-11-23T08:00:00+08:00')).toBe('Asia/Makassar');
    expect(zoneOfOffset('2026-11-23T08:00+09:00')).toBe('Asia/Jayapura');
    expect(zoneOfOffset('2026-11-23T00:00:00Z')).toBeUndefined();
    expect(zoneOfOffset('2026-11-23T08:00:00+05:30')).toBeUndefined();
  });

  it('formats dd/mm/yyyy and a 24-hour clock in the venue zone, across midnight UTC', () => {
    expect(localTime('2026-11-22T23:30:00Z', 'Asia/Makassar')).toEqual({
      date: '23/11/2026',
      time: '07:30',
      zone: 'WITA',
    });
    expect(localTime('2026-11-23T10:05:00Z', 'Asia/Jakarta')).toEqual({
      date: '23/11/2026',
      time: '17:05',
      zone: 'WIB',
    });
    expect(localText('2026-11-23T15:00:00Z', 'Asia/Jayapura')).toBe('24/11/2026 00:00 WIT');
  });

  it('writes ISO in the zone offset, the compact date and the Indonesian day name', () => {
    expect(isoInZone('2026-11-23T00:00:00Z', 'Asia/Makassar')).toBe('2026-11-23T08:00:00+08:00');
    expect(compactDate('2026-11-22T17:00:00Z', 'Asia/Jakarta')).toBe('20261123');
    expect(dayName('2026-11-23T00:00:00Z', 'Asia/Makassar')).toBe('Senin');
  });
});

describe('localDayBounds', () => {
  it('gives the zone’s midnight to midnight around an instant, also just after midnight UTC', () => {
    const wita = localDayBounds('2026-12-03T16:30:00Z', 'Asia/Makassar');
    expect([wita.from.toISOString(), wita.to.toISOString()]).toEqual(['2026-12-03T16:00:00.000Z', '2026-12-04T16:00:00.000Z']);
    const wib = localDayBounds('2026-12-03T16:30:00Z', 'Asia/Jakarta');
    expect([wib.from.toISOString(), wib.to.toISOString()]).toEqual(['2026-12-02T17:00:00.000Z', '2026-12-03T17:00:00.000Z']);
    const wit = localDayBounds('2026-12-03T14:59:59Z', 'Asia/Jayapura');
    expect(wit.from.toISOString()).toBe('2026-12-02T15:00:00.000Z');
  });
});
