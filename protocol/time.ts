import type { Lang, Localized } from './i18n.js';

/**
 * The one clock module: Indonesia's venue zones, their offsets, and how dates and times are written
 * (dd/mm/yyyy; 24-hour clock, HH.MM in Indonesian as PUEBI asks, HH:MM in English). Pure: every
 * instant is passed in, nothing reads the machine's clock or zone. Typed input is read in
 * protocol/time-input.ts.
 */

/** Every IANA name in use for Indonesia's zones, aliases included. No daylight saving: one offset each. */
export const INDONESIAN_ZONES = {
  'Asia/Jakarta': { label: 'WIB', offset: '+07:00' },
  'Asia/Pontianak': { label: 'WIB', offset: '+07:00' },
  'Asia/Makassar': { label: 'WITA', offset: '+08:00' },
  'Asia/Ujung_Pandang': { label: 'WITA', offset: '+08:00' },
  'Asia/Jayapura': { label: 'WIT', offset: '+09:00' },
} as const satisfies Record<string, { label: string; offset: string }>;
export type IndonesianZone = keyof typeof INDONESIAN_ZONES;

/** The zones a venue or session is set to: one name per zone. */
export const TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type TimeZone = (typeof TIME_ZONES)[number];

/** WIB / WITA / WIT of each venue zone. */
export const ZONE_LABELS: Record<TimeZone, string> = {
  'Asia/Jakarta': INDONESIAN_ZONES['Asia/Jakarta'].label,
  'Asia/Makassar': INDONESIAN_ZONES['Asia/Makassar'].label,
  'Asia/Jayapura': INDONESIAN_ZONES['Asia/Jayapura'].label,
};

/** Tanah Bumbu (the regulation's regency) is in WITA: the zone until the venue says otherwise. */
export const DEFAULT_ZONE: TimeZone = 'Asia/Makassar';

export function isIndonesianZone(zone: string): zone is IndonesianZone {
  return Object.hasOwn(INDONESIAN_ZONES, zone);
}

export function isTimeZone(zone: unknown): zone is TimeZone {
  return typeof zone === 'string' && (TIME_ZONES as readonly string[]).includes(zone);
}

/** The venue zone an offset names (`+08:00` -> Asia/Makassar); undefined for others. */
export function zoneOfOffsetText(offset: string): TimeZone | undefined {
  return TIME_ZONES.find((zone) => INDONESIAN_ZONES[zone].offset === offset);
}

/** The venue zone of an Indonesian name (Asia/Pontianak -> Asia/Jakarta, Asia/Ujung_Pandang -> Asia/Makassar). */
export function venueZone(zone: string): TimeZone | undefined {
  return isIndonesianZone(zone) ? zoneOfOffsetText(INDONESIAN_ZONES[zone].offset) : undefined;
}

/** The venue zone an ISO string's offset names (`…+08:00` -> Asia/Makassar); undefined for Z or foreign offsets. */
export function zoneOfOffset(iso: string): TimeZone | undefined {
  const offset = /([+-]\d{2}:\d{2})$/.exec(iso)?.[1];
  return offset ? zoneOfOffsetText(offset) : undefined;
}

export type Instant = Date | string | number;

export interface ZonedParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
  /** 0 = Sunday. */
  weekday: number;
}

const two = (n: number) => String(n).padStart(2, '0');

function toDate(value: Instant): Date | undefined {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** A formatter for a zone outside Indonesia; null when the runtime does not know the zone. */
function foreign(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
        timeZoneName: 'longOffset',
      });
    } catch {
      f = null;
    }
    formatters.set(zone, f);
  }
  return f;
}

function minutesOf(offset: string): number {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** The offset (+08:00) of a zone at an instant; +00:00 for a zone the runtime does not know. */
export function offsetOf(zone: string, at: Instant): string {
  if (isIndonesianZone(zone)) return INDONESIAN_ZONES[zone].offset;
  const date = toDate(at);
  const f = foreign(zone);
  if (!date || !f) return '+00:00';
  const name = f.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = name.replace('GMT', '');
  return offset === '' ? '+00:00' : offset;
}

/** The wall-clock parts of an instant in a zone (UTC for an unknown zone); undefined for an invalid instant. */
export function zonedParts(value: Instant, zone: string): ZonedParts | undefined {
  const date = toDate(value);
  if (!date) return undefined;
  const s = new Date(date.getTime() + minutesOf(offsetOf(zone, date)) * 60_000);
  return {
    year: String(s.getUTCFullYear()),
    month: two(s.getUTCMonth() + 1),
    day: two(s.getUTCDate()),
    hour: two(s.getUTCHours()),
    minute: two(s.getUTCMinutes()),
    second: two(s.getUTCSeconds()),
    weekday: s.getUTCDay(),
  };
}

/**
 * WIB / WITA / WIT; elsewhere the offset at `at` ("UTC", "UTC+01:00"), or the zone's name when no
 * instant is given (a foreign zone's offset can change over the year).
 */
export function zoneLabel(zone: string, at?: Instant): string {
  if (isIndonesianZone(zone)) return INDONESIAN_ZONES[zone].label;
  if (!foreign(zone)) return 'UTC';
  if (at === undefined) return zone;
  const offset = offsetOf(zone, at);
  return offset === '+00:00' ? 'UTC' : `UTC${offset}`;
}

/** The separator of hours and minutes: 08.05 in Indonesian, 08:05 in English. */
export function clockSeparator(lang: Lang): string {
  return lang === 'id' ? '.' : ':';
}

/** HH.MM (id) or HH:MM (en) of hours and minutes. */
export function clockText(hour: number, minute: number, lang: Lang): string {
  const sep = clockSeparator(lang);
  return `${two(hour)}${sep}${two(minute)}`;
}

/** A wall-clock "HH:MM" (as the hub's LocalTime carries it) in a language: 07.55 (id), 07:55 (en); other text unchanged. */
export function wallClock(hhmm: string, lang: Lang): string {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  return m ? clockText(Number(m[1]), Number(m[2]), lang) : hhmm;
}

/** The same in both languages, with what follows it ("07.55 WITA" / "07:55 WITA"). */
export function wallClockWords(hhmm: string, after = ''): Localized {
  return { id: `${wallClock(hhmm, 'id')}${after}`, en: `${wallClock(hhmm, 'en')}${after}` };
}

/** What an invalid instant shows as, instead of "Invalid Date". */
export const NO_TIME = '—';

/** 22/11/2026 */
export function formatDate(value: Instant, zone: string): string {
  const p = zonedParts(value, zone);
  return p ? `${p.day}/${p.month}/${p.year}` : NO_TIME;
}

/** 08.05 (id) or 08:05 (en); with seconds when asked. */
export function formatTime(value: Instant, zone: string, lang: Lang, withSeconds = false): string {
  const p = zonedParts(value, zone);
  if (!p) return NO_TIME;
  const sep = clockSeparator(lang);
  return withSeconds ? `${p.hour}${sep}${p.minute}${sep}${p.second}` : `${p.hour}${sep}${p.minute}`;
}

/** 22/11/2026 08.05 WITA (id), 22/11/2026 08:05 WITA (en). */
export function formatDateTime(value: Instant, zone: string, lang: Lang): string {
  if (!toDate(value)) return NO_TIME;
  return `${formatDate(value, zone)} ${formatTime(value, zone, lang)} ${zoneLabel(zone, value)}`;
}

const DAYS: Record<Lang, readonly string[]> = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "Senin": the day's name in the zone. */
export function dayName(value: Instant, zone: string, lang: Lang = 'id'): string {
  const p = zonedParts(value, zone);
  return p ? DAYS[lang][p.weekday]! : NO_TIME;
}

/** "Senin, 23 November 2026" / "Monday, 23 November 2026": the date as official paper writes it. */
export function formatLongDate(value: Instant, zone: string, lang: Lang): string {
  const p = zonedParts(value, zone);
  return p ? `${DAYS[lang][p.weekday]}, ${Number(p.day)} ${MONTHS[lang][Number(p.month) - 1]} ${p.year}` : NO_TIME;
}

/** "4 Desember 2026" / "4 December 2026": the date of a place-and-date line ("Batulicin, 4 Desember 2026"). */
export function formatDayMonthYear(value: Instant, zone: string, lang: Lang): string {
  const p = zonedParts(value, zone);
  return p ? `${Number(p.day)} ${MONTHS[lang][Number(p.month) - 1]} ${p.year}` : NO_TIME;
}

/** yyyymmdd in the zone (the date part of session ids). */
export function compactDate(value: Instant, zone: string): string {
  const p = zonedParts(value, zone);
  return p ? `${p.year}${p.month}${p.day}` : NO_TIME;
}

/** ISO 8601 in the zone's own offset: 2026-11-23T08:00:00+08:00. */
export function isoInZone(value: Instant, zone: string): string {
  const p = zonedParts(value, zone);
  if (!p) return NO_TIME;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offsetOf(zone, value)}`;
}
