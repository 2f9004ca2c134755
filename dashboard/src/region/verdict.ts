import { html } from 'lit';
import type { Localized } from '../../../protocol/i18n.js';
import type { RegionVenue } from '../../../protocol/region-responses.js';
import type { MachineCounts } from '../../../protocol/api.js';
import '../ui/light.js';

export const STALE: Localized = { id: 'Terputus — data lama', en: 'Stale — old data' };
export const UNKNOWN: Localized = { id: 'Belum ada data', en: 'No data yet' };

/**
 * A venue's light: its own verdict only while fresh. A stale venue shows the grey light and the
 * word "Terputus", never its last "Siap".
 */
export function venueLight(venue: RegionVenue, t: (text: Localized) => string) {
  if (venue.verdict === 'stale') {
    return html`<span class="stale-light"><siap-light verdict="offline" bare></siap-light><b>${t(STALE)}</b></span>`;
  }
  if (venue.verdict === 'unknown') return html`<siap-light></siap-light>`;
  return html`<siap-light verdict=${venue.verdict}></siap-light>`;
}

/** The machine counts as the venue dashboard shows them (older hubs send no `missing`). */
export function countsOf(venue: RegionVenue): MachineCounts | undefined {
  const m = venue.machines;
  return m ? { ready: m.ready, notReady: m.notReady, incomplete: m.incomplete, missing: m.missing ?? 0, offline: m.offline } : undefined;
}
