import { readClock } from '../../../protocol/time-input.js';
import { clockText, offsetOf, zonedParts } from '../../../protocol/time.js';

/**
 * Clock times typed on exam day ("08.40", "8:40") turned into instants on the session's date in the
 * session's zone, and back, through the one clock module (protocol/time.ts, protocol/time-input.ts).
 * A session never depends on the browser's zone: a laptop set to another zone still records
 * 08:40 WITA as 08:40 WITA.
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

/** "8.40", "08:40", "0840" -> "08:40"; undefined when it is not a 24-hour clock time. */
export function parseClock(text: string): string | undefined {
  const read = readClock(text);
  return read.ok ? clockText(read.value.hour, read.value.minute, 'en') : undefined;
}

/** The session's local date (yyyy-mm-dd) and offset, read from its start. */
function dayOf(session: SessionClock): { date: string; offset: string } {
  const written = /^(\d{4}-\d{2}-\d{2})T[^Z+-]*([+-]\d{2}:\d{2})$/.exec(session.startsAt);
  if (written) return { date: written[1]!, offset: written[2]! };
  // A start written in UTC (…Z): find the local date and offset from the zone.
  const p = zonedParts(session.startsAt, session.timeZone);
  if (!p) throw new Error(`not a date and time: ${session.startsAt}`);
  return { date: `${p.year}-${p.month}-${p.day}`, offset: offsetOf(session.timeZone, session.startsAt) };
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
