import type { VenueReadiness } from '../../../../protocol/api.js';
import type { Lang } from '../../../../protocol/i18n.js';
import type { FacilitiesResponse } from '../../../../protocol/facilities.js';
import { health } from '../../data/auth.js';
import type { ApiClient } from '../../data/client.js';
import type { MachineRow, VenueState } from '../../data/contract.js';
import { withoutNotFound } from '../../data/errors.js';
import { getFacilities } from '../../data/facilities.js';
import { listMachines } from '../../data/machines.js';
import { getReadiness } from '../../data/readiness.js';
import { getVenue } from '../../data/venue.js';

export interface ReportData {
  venue: VenueState;
  readiness: VenueReadiness;
  machines: MachineRow[];
  /** Absent when the hub has no facility checklist. */
  facilities: FacilitiesResponse | undefined;
  /** The hub CA's SHA-256 fingerprint, printed so a monitor can compare it (absent without TLS). */
  caFingerprint: string | undefined;
}

/** Everything the audit report prints, fetched together so the document is one consistent moment. */
export async function loadReport(api: ApiClient): Promise<ReportData> {
  const [venue, readiness, machines, facilities, hub] = await Promise.all([
    getVenue(api),
    getReadiness(api),
    listMachines(api),
    getFacilities(api).catch(withoutNotFound),
    // The fingerprint is printed when the hub gives it; the report never waits on it to print.
    health(api).catch(() => undefined),
  ]);
  return { venue, readiness, machines, facilities, caFingerprint: hub?.caFingerprint };
}

/** Distinct checklists (id@version and a short hash) that judged the machines in the report. */
export function checklistsOf(machines: readonly MachineRow[]): string[] {
  const seen = new Set<string>();
  for (const m of machines) if (m.checklist) seen.add(`${m.checklist.id}@${m.checklist.version} (${m.checklist.sha256.slice(0, 12)})`);
  return [...seen].sort();
}

/** Machines grouped by room in the venue's room order, unplaced last; seat order within a room. */
export function byRoom(machines: readonly MachineRow[], roomOrder: readonly string[]): Array<[string | null, MachineRow[]]> {
  const groups = new Map<string | null, MachineRow[]>();
  for (const m of machines) {
    const list = groups.get(m.roomId) ?? [];
    list.push(m);
    groups.set(m.roomId, list);
  }
  const rank = (id: string | null) => (id === null ? Infinity : roomOrder.indexOf(id) === -1 ? roomOrder.length : roomOrder.indexOf(id));
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || String(a).localeCompare(String(b)))
    .map(([room, list]) => [
      room,
      list.sort((a, b) => (a.seat ?? Infinity) - (b.seat ?? Infinity) || a.id.localeCompare(b.id, undefined, { numeric: true })),
    ]);
}

/**
 * A check's measured text as paper shows it: the checks write what they read compactly ("Chrome – ·
 * Firefox –", "? Mbps (eth0)", "max 1.60 GHz · ?"), which an official report must not print raw.
 * A name with "–" after it reads "tidak ada", a speed that was not read "kecepatan tidak terukur",
 * any other lone "?" "tidak terukur". The checks' own output (and the CSV export) stays as it is.
 */
export function paperMeasured(text: string, lang: Lang): string {
  const none = lang === 'id' ? 'tidak ada' : 'none';
  const unread = lang === 'id' ? 'tidak terukur' : 'not measured';
  return text
    .split(' · ')
    .map((part) =>
      part
        .replace(/^(.+?) [–—-]$/, `$1 ${none}`)
        .replace(/(^|[\s(])\? Mbps/g, `$1${lang === 'id' ? 'kecepatan tidak terukur' : 'speed not measured'}`)
        .replace(/(^|[\s(])\?(?=$|[\s),])/g, `$1${unread}`),
    )
    .join(' · ');
}
