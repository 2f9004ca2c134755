import type { LocalTime } from '../../protocol/exam.js';
import { formatDate, formatTime, zoneLabel, type Instant, type TimeZone } from '../../protocol/time.js';

export { compactDate, dayName, isoInZone, zoneOfOffset } from '../../protocol/time.js';

/** dd/mm/yyyy, HH:MM (24-hour) and WIB/WITA/WIT of an instant in a venue zone (protocol/time.ts). */
export function localTime(instant: Instant, zone: TimeZone): LocalTime {
  return { date: formatDate(instant, zone), time: formatTime(instant, zone, 'en'), zone: zoneLabel(zone) };
}

/** "23/11/2026 08:00 WITA". */
export function localText(instant: Instant, zone: TimeZone): string {
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
