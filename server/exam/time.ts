import type { LocalTime } from '../../protocol/exam.js';
import type { Localized } from '../../protocol/i18n.js';
import {
  formatDate,
  formatDayMonthYear,
  formatDateTime,
  formatTime,
  offsetOf,
  zonedParts,
  zoneLabel,
  type Instant,
  type TimeZone,
} from '../../protocol/time.js';

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

/** A time in a sentence the hub writes: "07.55 WITA" (id), "07:55 WITA" (en); without the zone when asked. */
export function clockWords(instant: Instant, zone: TimeZone, withZone = true): Localized {
  const after = withZone ? ` ${zoneLabel(zone)}` : '';
  return { id: `${formatTime(instant, zone, 'id')}${after}`, en: `${formatTime(instant, zone, 'en')}${after}` };
}

/** A date and time in a sentence the hub writes: "23/11/2026 07.55 WITA" (id), "23/11/2026 07:55 WITA" (en). */
export function dateTimeWords(instant: Instant, zone: TimeZone): Localized {
  return { id: formatDateTime(instant, zone, 'id'), en: formatDateTime(instant, zone, 'en') };
}

/** The local day (midnight to midnight, in the zone) that holds an instant, as UTC instants. */
export function localDayBounds(instant: Instant, zone: TimeZone): { from: Date; to: Date } {
  const p = zonedParts(instant, zone)!;
  const from = new Date(`${p.year}-${p.month}-${p.day}T00:00:00${offsetOf(zone, instant)}`);
  return { from, to: new Date(from.getTime() + 24 * 3600_000) };
}

/** "Batulicin, 4 Desember 2026": where and when paper is signed; dots for a town to write in by hand. */
export function placeDate(city: string, startsAt: Instant, zone: TimeZone): Localized {
  const place = city || '....................';
  return { id: `${place}, ${formatDayMonthYear(startsAt, zone, 'id')}`, en: `${place}, ${formatDayMonthYear(startsAt, zone, 'en')}` };
}
