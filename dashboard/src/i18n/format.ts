import type { Lang } from '../../../protocol/i18n.js';

/**
 * Dates and times as the venue reads them: dd/mm/yyyy, 24-hour clock, in the venue's time zone
 * (never the browser's), with the Indonesian zone name. Indonesian writes the time with a dot
 * (08.00, as PUEBI asks), English with a colon (08:00).
 */

/** The three Indonesian zones by their IANA names. */
export const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** Tanah Bumbu (the regulation's regency) is in WITA; used until the venue says otherwise. */
export const DEFAULT_ZONE = 'Asia/Makassar';

type Input = Date | string | number;

const partsCache = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = partsCache.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    partsCache.set(zone, f);
  }
  return f;
}

export interface ZonedParts {
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
  second: string;
}

function toDate(value: Input): Date | undefined {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The wall-clock parts of an instant in a zone; undefined for an invalid instant. */
export function zonedParts(value: Input, zone: string): ZonedParts | undefined {
  const date = toDate(value);
  if (!date) return undefined;
  const out: Record<string, string> = {};
  for (const part of formatter(zone).formatToParts(date)) out[part.type] = part.value;
  return {
    day: out.day ?? '',
    month: out.month ?? '',
    year: out.year ?? '',
    hour: out.hour === '24' ? '00' : (out.hour ?? ''),
    minute: out.minute ?? '',
    second: out.second ?? '',
  };
}

/** WIB / WITA / WIT, or the zone's own short name elsewhere. */
export function zoneName(zone: string): string {
  const known = ZONE_NAMES[zone];
  if (known) return known;
  const part = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(new Date())
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}

const INVALID = '—';

/** 22/11/2026 */
export function formatDate(value: Input, zone: string): string {
  const p = zonedParts(value, zone);
  return p ? `${p.day}/${p.month}/${p.year}` : INVALID;
}

/** 08.05 (id) or 08:05 (en); with seconds when asked. */
export function formatTime(value: Input, zone: string, lang: Lang, withSeconds = false): string {
  const p = zonedParts(value, zone);
  if (!p) return INVALID;
  const sep = lang === 'id' ? '.' : ':';
  return withSeconds ? `${p.hour}${sep}${p.minute}${sep}${p.second}` : `${p.hour}${sep}${p.minute}`;
}

/** 22/11/2026 08.05 WITA */
export function formatDateTime(value: Input, zone: string, lang: Lang): string {
  if (!toDate(value)) return INVALID;
  return `${formatDate(value, zone)} ${formatTime(value, zone, lang)} ${zoneName(zone)}`;
}

/** Whole numbers with the language's grouping: 1.250 (id), 1,250 (en). */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
}
