import type { Lang } from '../../../protocol/i18n.js';
import { zoneLabel } from '../../../protocol/time.js';

/**
 * Dates and times as the venue reads them come from the one clock module (protocol/time.ts):
 * dd/mm/yyyy, 24-hour clock, in the venue's time zone (never the browser's), with the Indonesian
 * zone name; Indonesian writes the time with a dot (08.00, as PUEBI asks), English with a colon.
 */
export {
  DEFAULT_ZONE,
  formatDate,
  formatDateTime,
  formatLongDate,
  formatTime,
  zonedParts,
  type ZonedParts,
} from '../../../protocol/time.js';

/** WIB / WITA / WIT, or the zone's offset now elsewhere. */
export function zoneName(zone: string, at: Date = new Date()): string {
  return zoneLabel(zone, at);
}

/** Whole numbers with the language's grouping: 1.250 (id), 1,250 (en). */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
}
