import type { Lang } from '../../protocol/i18n.js';
import { formatDate, formatTime, zoneLabel } from '../../protocol/time.js';

/** "22/11/2026 16:52 WITA" (16.52 in Indonesian): dd/mm/yyyy, 24-hour clock, in the given IANA time zone (protocol/time.ts). */
export function formatLocalTime(iso: string, timeZone: string, lang: Lang = 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${formatDate(date, timeZone)} ${formatTime(date, timeZone, lang)} ${zoneLabel(timeZone, date)}`;
}

export function localTimeZone(env: NodeJS.ProcessEnv): string {
  return env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
