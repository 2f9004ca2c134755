import { ZONE_LABELS, type LocalTime, type TimeZone } from '../../protocol/exam.js';

/** Indonesia has no daylight saving, so an offset names exactly one zone. */
const ZONE_BY_OFFSET: Record<string, TimeZone> = {
  '+07:00': 'Asia/Jakarta',
  '+08:00': 'Asia/Makassar',
  '+09:00': 'Asia/Jayapura',
};
const OFFSET_BY_ZONE: Record<TimeZone, string> = {
  'Asia/Jakarta': '+07:00',
  'Asia/Makassar': '+08:00',
  'Asia/Jayapura': '+09:00',
};

const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

/** The zone an ISO string's offset names (`+08:00` -> Asia/Makassar); undefined for Z or foreign offsets. */
export function zoneOfOffset(iso: string): TimeZone | undefined {
  const offset = /([+-]\d{2}:\d{2})$/.exec(iso)?.[1];
  return offset ? ZONE_BY_OFFSET[offset] : undefined;
}

function shifted(instant: Date, zone: TimeZone): Date {
  const hours = Number(OFFSET_BY_ZONE[zone].slice(0, 3));
  return new Date(instant.getTime() + hours * 3600_000);
}

const two = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy, HH:MM (24-hour) and WIB/WITA/WIT of an instant in a venue zone. */
export function localTime(instant: Date | string, zone: TimeZone): LocalTime {
  const s = shifted(new Date(instant), zone);
  return {
    date: `${two(s.getUTCDate())}/${two(s.getUTCMonth() + 1)}/${s.getUTCFullYear()}`,
    time: `${two(s.getUTCHours())}:${two(s.getUTCMinutes())}`,
    zone: ZONE_LABELS[zone],
  };
}

/** "Senin, 23/11/2026": the day name as the berita acara prints it. */
export function dayName(instant: Date | string, zone: TimeZone): string {
  return HARI[shifted(new Date(instant), zone).getUTCDay()]!;
}

/** yyyymmdd in the zone: the date part of session ids. */
export function compactDate(instant: Date | string, zone: TimeZone): string {
  const s = shifted(new Date(instant), zone);
  return `${s.getUTCFullYear()}${two(s.getUTCMonth() + 1)}${two(s.getUTCDate())}`;
}

/** ISO 8601 in the zone's own offset: 2026-11-23T08:00:00+08:00. */
export function isoInZone(instant: Date | string, zone: TimeZone): string {
  const s = shifted(new Date(instant), zone);
  return s.toISOString().slice(0, 19) + OFFSET_BY_ZONE[zone];
}

/** "23/11/2026 08:00 WITA". */
export function localText(instant: Date | string, zone: TimeZone): string {
  const t = localTime(instant, zone);
  return `${t.date} ${t.time} ${t.zone}`;
}

/** The local day (midnight to midnight, in the zone) that holds an instant, as UTC instants. */
export function localDayBounds(instant: Date | string, zone: TimeZone): { from: Date; to: Date } {
  const s = shifted(new Date(instant), zone);
  const midnightShifted = Date.UTC(s.getUTCFullYear(), s.getUTCMonth(), s.getUTCDate());
  const hours = Number(OFFSET_BY_ZONE[zone].slice(0, 3));
  const from = new Date(midnightShifted - hours * 3600_000);
  return { from, to: new Date(from.getTime() + 24 * 3600_000) };
}
