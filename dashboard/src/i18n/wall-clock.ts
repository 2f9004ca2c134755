import type { TimeZone } from '../../../protocol/exam.js';

/**
 * Date and clock inputs of exam-day forms are the venue's wall clock (the session's zone), never
 * the browser's: a form's "2026-11-23" and "08:00" in WITA become 2026-11-23T08:00:00+08:00.
 * Indonesia has no daylight saving, so each zone is one fixed offset.
 */
export const ZONE_OFFSETS: Record<TimeZone, string> = {
  'Asia/Jakarta': '+07:00',
  'Asia/Makassar': '+08:00',
  'Asia/Jayapura': '+09:00',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3])[:.]([0-5]\d)$/;

/** `date` (yyyy-mm-dd) and `time` (HH:MM or HH.MM) in `zone` as ISO 8601 with the offset; undefined when either is not valid. */
export function instantAt(date: string, time: string, zone: TimeZone): string | undefined {
  const t = TIME.exec(time.trim());
  if (!DATE.test(date) || !t) return undefined;
  const iso = `${date}T${t[1]}:${t[2]}:00${ZONE_OFFSETS[zone]}`;
  const parsed = new Date(iso);
  // 2026-02-30 parses to March: refuse dates the calendar does not have.
  if (Number.isNaN(parsed.getTime()) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) return undefined;
  return iso;
}

/** The wall-clock date (yyyy-mm-dd) and time (HH:MM) of an ISO instant written with the zone's own offset by the hub. */
export function wallClockOf(iso: string): { date: string; time: string } {
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}
