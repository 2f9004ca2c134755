import { describe, expect, it } from 'vitest';
import {
  INDONESIAN_ZONES,
  TIME_ZONES,
  compactDate,
  dayName,
  formatDate,
  formatDateTime,
  formatLongDate,
  formatTime,
  isoInZone,
  offsetOf,
  venueZone,
  zoneLabel,
  zoneOfOffset,
  zonedParts,
} from './time.js';

// 2026-11-22T23:30:00Z: 06:30 on the 23rd in WIB, 07:30 in WITA, 08:30 in WIT.
const instant = '2026-11-22T23:30:00Z';

/** Every zone name the three former copies knew (exam, agent CLI, dashboard), and what each must give. */
const ZONES: Array<[zone: string, label: string, offset: string, venue: string | undefined, id: string, en: string]> = [
  ['Asia/Jakarta', 'WIB', '+07:00', 'Asia/Jakarta', '23/11/2026 06.30 WIB', '23/11/2026 06:30 WIB'],
  ['Asia/Pontianak', 'WIB', '+07:00', 'Asia/Jakarta', '23/11/2026 06.30 WIB', '23/11/2026 06:30 WIB'],
  ['Asia/Makassar', 'WITA', '+08:00', 'Asia/Makassar', '23/11/2026 07.30 WITA', '23/11/2026 07:30 WITA'],
  ['Asia/Ujung_Pandang', 'WITA', '+08:00', 'Asia/Makassar', '23/11/2026 07.30 WITA', '23/11/2026 07:30 WITA'],
  ['Asia/Jayapura', 'WIT', '+09:00', 'Asia/Jayapura', '23/11/2026 08.30 WIT', '23/11/2026 08:30 WIT'],
  ['UTC', 'UTC', '+00:00', undefined, '22/11/2026 23.30 UTC', '22/11/2026 23:30 UTC'],
  ['Europe/Berlin', 'UTC+01:00', '+01:00', undefined, '23/11/2026 00.30 UTC+01:00', '23/11/2026 00:30 UTC+01:00'],
  ['Not/AZone', 'UTC', '+00:00', undefined, '22/11/2026 23.30 UTC', '22/11/2026 23:30 UTC'],
];

describe('the one clock, over every zone name', () => {
  it.each(ZONES)('%s: %s %s', (zone, label, offset, venue, id, en) => {
    expect(zoneLabel(zone, instant)).toBe(label);
    expect(offsetOf(zone, instant)).toBe(offset);
    expect(venueZone(zone)).toBe(venue);
    expect(formatDateTime(instant, zone, 'id')).toBe(id);
    expect(formatDateTime(instant, zone, 'en')).toBe(en);
  });

  it("agrees with the runtime's zone data for every Indonesian name", () => {
    for (const zone of Object.keys(INDONESIAN_ZONES)) {
      const f = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      for (const at of ['2026-01-15T00:00:00Z', '2026-07-15T12:34:00Z', instant]) {
        const p = zonedParts(at, zone)!;
        expect(`${p.hour}:${p.minute}`, `${zone} ${at}`).toBe(f.format(new Date(at)));
      }
    }
  });

  it('has one name per venue zone and an offset naming each', () => {
    expect(TIME_ZONES).toEqual(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']);
    for (const zone of TIME_ZONES) expect(zoneOfOffset(isoInZone(instant, zone))).toBe(zone);
    expect(zoneOfOffset(instant)).toBeUndefined();
  });

  it('labels a foreign zone by its name when no instant is given', () => {
    expect(zoneLabel('Asia/Makassar')).toBe('WITA');
    expect(zoneLabel('Europe/Berlin')).toBe('Europe/Berlin');
    expect(zoneLabel('Not/AZone')).toBe('UTC');
  });
});

describe('writing dates and times', () => {
  it('writes HH.MM in Indonesian, HH:MM in English, dd/mm/yyyy in both, crossing midnight in the zone', () => {
    expect(formatTime('2026-11-22T16:05:00Z', 'Asia/Makassar', 'id')).toBe('00.05');
    expect(formatTime('2026-11-22T16:05:00Z', 'Asia/Makassar', 'en')).toBe('00:05');
    expect(formatTime('2026-01-05T15:04:05Z', 'Asia/Makassar', 'en', true)).toBe('23:04:05');
    expect(formatDate('2026-11-22T16:05:00Z', 'Asia/Makassar')).toBe('23/11/2026');
  });

  it('writes the long date of official paper in both languages', () => {
    expect(formatLongDate('2026-11-23T00:00:00Z', 'Asia/Makassar', 'id')).toBe('Senin, 23 November 2026');
    expect(formatLongDate('2026-12-02T17:00:00Z', 'Asia/Jakarta', 'en')).toBe('Thursday, 3 December 2026');
    expect(dayName('2026-11-23T00:00:00Z', 'Asia/Makassar')).toBe('Senin');
  });

  it('writes ISO in the zone offset and the compact date', () => {
    expect(isoInZone('2026-11-23T00:00:00Z', 'Asia/Makassar')).toBe('2026-11-23T08:00:00+08:00');
    expect(isoInZone('2026-11-23T00:00:00Z', 'Asia/Ujung_Pandang')).toBe('2026-11-23T08:00:00+08:00');
    expect(compactDate('2026-11-22T17:00:00Z', 'Asia/Jakarta')).toBe('20261123');
  });

  it('shows a dash for an invalid instant instead of "Invalid Date"', () => {
    for (const bad of ['not a date', '', Number.NaN]) {
      expect(formatDate(bad, 'Asia/Makassar')).toBe('—');
      expect(formatTime(bad, 'Asia/Makassar', 'id')).toBe('—');
      expect(formatDateTime(bad, 'Asia/Makassar', 'en')).toBe('—');
      expect(formatLongDate(bad, 'Asia/Makassar', 'id')).toBe('—');
    }
  });
});
