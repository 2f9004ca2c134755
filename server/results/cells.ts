import type { Localized } from '../../protocol/i18n.js';
import { cellText, type Cell } from '../exam/roster/spreadsheet.js';

export type Read<T> = { ok: true; value: T } | { ok: false; reason: Localized };

/**
 * A score cell: a number cell, or text with a dot or a decimal comma ("85", "85,5"). Refused with
 * the reason: empty, words, a date (Excel turns "1/2" into one), below 0 or above the maximum.
 */
export function readScore(cell: Cell | undefined, name: string, max: number): Read<number> {
  const label = { id: `Nilai ${name}`, en: `The ${name} score` };
  if (!cell || cell.kind === 'empty') return { ok: false, reason: { id: `${label.id} kosong.`, en: `${label.en} is empty.` } };
  if (cell.kind === 'date' || cell.kind === 'bool') {
    return {
      ok: false,
      reason: {
        id: `${label.id} terbaca sebagai ${cell.kind === 'date' ? 'tanggal' : 'TRUE/FALSE'} (diubah Excel). Format kolom sebagai Angka lalu isi ulang.`,
        en: `${label.en} reads as a ${cell.kind === 'date' ? 'date' : 'TRUE/FALSE'} (changed by Excel). Format the column as Number and fill it again.`,
      },
    };
  }
  const text = cellText(cell).replace(/\s+/g, '');
  const normalised = /^\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
  const value = /^\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
  if (!Number.isFinite(value)) {
    return {
      ok: false,
      reason: { id: `${label.id} bukan angka: '${text.slice(0, 40)}'.`, en: `${label.en} is not a number: '${text.slice(0, 40)}'.` },
    };
  }
  if (value > max) {
    return {
      ok: false,
      reason: {
        id: `${label.id} ${value} melebihi nilai tertinggi ${max}.`,
        en: `${label.en} ${value} is above the highest possible ${max}.`,
      },
    };
  }
  return { ok: true, value };
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * When the result was recorded: a date/time cell, or text "09:41", "9.41", "09:41:05",
 * "2026-11-23 09:41", "23/11/2026 09:41"; a time alone is on the session's date. Wall-clock values
 * are in the session's zone (`offset`, e.g. +08:00). Returns ISO with that offset; undefined when empty.
 */
export function readRecordedAt(cell: Cell | undefined, sessionDate: string, offset: string): Read<string | undefined> {
  if (!cell || cell.kind === 'empty') return { ok: true, value: undefined };
  let date = sessionDate;
  let h: number;
  let m: number;
  let s = 0;
  if (cell.kind === 'date') {
    const d = cell.date;
    // A time-only cell is a fraction of a day counted from 1899-12-30.
    if (d.getUTCFullYear() > 1905) date = `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
    [h, m, s] = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  } else {
    const text = cellText(cell);
    const match =
      /^(?:(\d{4})-(\d{2})-(\d{2})[ T]|(\d{1,2})[/-](\d{1,2})[/-](\d{4})\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/.exec(text);
    if (!match) {
      return {
        ok: false,
        reason: {
          id: `Waktu '${text.slice(0, 40)}' tidak terbaca: tulis JJ:MM (24 jam), misalnya 09:41.`,
          en: `Time '${text.slice(0, 40)}' cannot be read: write HH:MM (24-hour), e.g. 09:41.`,
        },
      };
    }
    if (match[1]) date = `${match[1]}-${match[2]}-${match[3]}`;
    else if (match[6]) date = `${match[6]}-${two(Number(match[5]))}-${two(Number(match[4]))}`;
    [h, m, s] = [Number(match[7]), Number(match[8]), Number(match[9] ?? 0)];
  }
  const iso = `${date}T${two(h)}:${two(m)}:${two(s)}${offset}`;
  if (h > 23 || m > 59 || s > 59 || Number.isNaN(Date.parse(iso)) || !sameDate(iso, date)) {
    return { ok: false, reason: { id: `Waktu ${iso} tidak ada.`, en: `Time ${iso} does not exist.` } };
  }
  return { ok: true, value: iso };
}

/** Date.parse rolls 2026-02-31 over to March: refuse dates that do not exist. */
function sameDate(iso: string, date: string): boolean {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d && iso.length > 0;
}
