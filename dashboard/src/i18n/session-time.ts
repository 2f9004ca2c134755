import type { TimeZone } from '../../../protocol/exam.js';
import { zonedParts } from './format.js';

/**
 * Clock times typed on exam day ("08.40", "8:40") turned into instants on the session's date in the
 * session's zone, and back. A session never depends on the browser's zone: a laptop set to
 * another zone still records 08:40 WITA as 08:40 WITA.
 *
 * Times are typed in a text field rather than <input type="time">, which shows AM/PM on a
 * browser set to English (US); the venue writes a 24-hour clock.
 */

export interface SessionClock {
  /** ISO 8601 with the session's own offset, e.g. 2026-11-23T08:00:00+08:00. */
  startsAt: string;
  /** IANA zone of the venue (Asia/Jakarta, Asia/Makassar, Asia/Jayapura). */
  timeZone: string;
}

const two = (n: number) => String(n).padStart(2, '0');

/** "8.40", "08:40", "0840" -> "08:40"; undefined when it is not a 24-hour clock time. */
export function parseClock(text: string): string | undefined {
  const m = /^\s*(\d{1,2})[.:]?(\d{2})\s*$/.exec(text);
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${two(hours)}:${two(minutes)}`;
}

/** The offset (+08:00) of a zone at an instant, from the browser's time zone data. */
function offsetOf(instant: Date, zone: string): string {
  const p = zonedParts(instant, zone);
  if (!p) return '+00:00';
  const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  const minutes = Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** The session's local date (yyyy-mm-dd) and offset, read from its start. */
function dayOf(session: SessionClock): { date: string; offset: string } {
  const written = /^(\d{4}-\d{2}-\d{2})T[^Z+-]*([+-]\d{2}:\d{2})$/.exec(session.startsAt);
  if (written) return { date: written[1]!, offset: written[2]! };
  // A start written in UTC (…Z): find the local date and offset from the zone.
  const start = new Date(session.startsAt);
  const p = zonedParts(start, session.timeZone);
  if (!p) throw new Error(`not a date and time: ${session.startsAt}`);
  return { date: `${p.year}-${p.month}-${p.day}`, offset: offsetOf(start, session.timeZone) };
}

/**
 * A clock time on the session's date, as ISO 8601 with the session's offset:
 * ("08:40", session starting 2026-11-23T08:00:00+08:00) -> "2026-11-23T08:40:00+08:00".
 * Undefined when the text is not a clock time.
 */
export function atOnSessionDay(session: SessionClock, clock: string): string | undefined {
  const hhmm = parseClock(clock);
  if (!hhmm) return undefined;
  const { date, offset } = dayOf(session);
  return `${date}T${hhmm}:00${offset}`;
}

/** HH:MM of an instant in the session's zone ('' for none or an invalid instant). */
export function clockIn(instant: Date | string | null | undefined, zone: string): string {
  if (instant === null || instant === undefined || instant === '') return '';
  const p = zonedParts(instant, zone);
  return p ? `${p.hour}:${p.minute}` : '';
}

/** Each venue zone's fixed offset (Indonesia has no daylight saving). */
export const ZONE_OFFSETS: Record<TimeZone, string> = {
  'Asia/Jakarta': '+07:00',
  'Asia/Makassar': '+08:00',
  'Asia/Jayapura': '+09:00',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `date` (yyyy-mm-dd, from a date field) and a typed clock time in `zone` as ISO 8601 with the offset; undefined when either is not valid. */
export function instantAt(date: string, time: string, zone: TimeZone): string | undefined {
  const clock = parseClock(time);
  if (!DATE.test(date) || !clock) return undefined;
  const iso = `${date}T${clock}:00${ZONE_OFFSETS[zone]}`;
  const parsed = new Date(iso);
  // 2026-02-30 parses to March: refuse dates the calendar does not have.
  if (Number.isNaN(parsed.getTime()) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) return undefined;
  return iso;
}

/** The wall-clock date (yyyy-mm-dd) and time (HH:MM) of an ISO instant written with the zone's own offset by the hub. */
export function wallClockOf(iso: string): { date: string; time: string } {
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}
