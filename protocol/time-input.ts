import type { Localized } from './i18n.js';
import { offsetOf, zonedParts, type Instant } from './time.js';

/**
 * Dates and clock times as people type them at a venue, read the same whatever the browser's or
 * the machine's locale: dd/mm/yyyy and a 24-hour clock ("7.30", "07.30", "07:30", "0730"). A
 * refusal says, in both languages, what was wrong and how to write it. Pure: the zone and any
 * instant are passed in.
 */

export type Read<T> = { ok: true; value: T } | { ok: false; problem: Localized };

export interface Clock {
  hour: number;
  minute: number;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const two = (n: number) => String(n).padStart(2, '0');

const refuse = <T>(id: string, en: string): Read<T> => ({ ok: false, problem: { id, en } });

const CLOCK = /^(\d{1,2})[.:]?(\d{2})$/;

/** "7.30", "07.30", "07:30", "0730" -> 07:30; refuses 24.00, 08.60, "8", "8 pagi", "08:40 PM". */
export function readClock(text: string): Read<Clock> {
  const typed = text.trim();
  const say = `"${typed.slice(0, 20)}"`;
  if (typed === '') return refuse('Jam belum diisi. Tulis jam 24-an, mis. 07.30.', 'The time is empty. Write a 24-hour time, e.g. 07:30.');
  const m = CLOCK.exec(typed);
  if (!m) {
    return refuse(
      `${say} bukan jam. Tulis jam 24-an dengan titik, mis. 07.30 atau 13.45.`,
      `${say} is not a time. Write a 24-hour time, e.g. 07:30 or 13:45.`,
    );
  }
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) {
    return refuse(`${say} tidak ada di jam 24-an (00.00 s.d. 23.59).`, `${say} is not on a 24-hour clock (00:00 to 23:59).`);
  }
  return { ok: true, value: { hour, minute } };
}

const DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** "03/12/2026" (also 3/12/2026, 03-12-2026, 03.12.2026): day, month, year; refuses 31/02/2026, 12/31/2026, 2026-12-03. */
export function readDate(text: string): Read<CivilDate> {
  const typed = text.trim();
  const say = `"${typed.slice(0, 20)}"`;
  if (typed === '')
    return refuse('Tanggal belum diisi. Tulis hh/bb/tttt, mis. 03/12/2026.', 'The date is empty. Write dd/mm/yyyy, e.g. 03/12/2026.');
  const m = DATE.exec(typed);
  if (!m) {
    return refuse(
      `${say} bukan tanggal. Tulis hari/bulan/tahun, mis. 03/12/2026.`,
      `${say} is not a date. Write day/month/year, e.g. 03/12/2026.`,
    );
  }
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  if (month < 1 || month > 12) {
    return refuse(
      `${say}: bulan ${month} tidak ada. Urutannya hari/bulan/tahun, mis. 03/12/2026.`,
      `${say}: there is no month ${month}. The order is day/month/year, e.g. 03/12/2026.`,
    );
  }
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) {
    return refuse(`${say}: bulan itu tidak punya tanggal ${day}.`, `${say}: that month has no day ${day}.`);
  }
  if (year < 2000 || year > 2100) {
    return refuse(`${say}: tahun ${year} di luar 2000–2100.`, `${say}: the year ${year} is outside 2000–2100.`);
  }
  return { ok: true, value: { year, month, day } };
}

/** dd/mm/yyyy of a date, as it is typed and shown. */
export function dateText(date: CivilDate): string {
  return `${two(date.day)}/${two(date.month)}/${date.year}`;
}

/** The date and clock time of an instant in a zone, for filling a form; undefined for an invalid instant. */
export function civilOf(value: Instant, zone: string): { date: CivilDate; clock: Clock } | undefined {
  const p = zonedParts(value, zone);
  return p && { date: { year: +p.year, month: +p.month, day: +p.day }, clock: { hour: +p.hour, minute: +p.minute } };
}

/**
 * A wall-clock date and time in a zone as ISO 8601 with the zone's offset:
 * (23/11/2026, 08.00, Asia/Makassar) -> 2026-11-23T08:00:00+08:00. A foreign zone's offset is the
 * one in force at that wall time.
 */
export function instantIn(date: CivilDate, clock: Clock, zone: string): string {
  const wall = `${date.year}-${two(date.month)}-${two(date.day)}T${two(clock.hour)}:${two(clock.minute)}:00`;
  let offset = offsetOf(zone, `${wall}Z`);
  offset = offsetOf(zone, `${wall}${offset}`);
  return `${wall}${offset}`;
}

/** Reads a typed date and a typed time in a zone; the first refusal when either cannot be read. */
export function readInstant(dateTyped: string, timeTyped: string, zone: string): Read<string> {
  const date = readDate(dateTyped);
  if (!date.ok) return date;
  const clock = readClock(timeTyped);
  if (!clock.ok) return clock;
  return { ok: true, value: instantIn(date.value, clock.value, zone) };
}
