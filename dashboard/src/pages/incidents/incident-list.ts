import type { Incident } from '../../../../protocol/exam-reports.js';

/** Newest first: the one just recorded sits at the top where the monitor looks. Ties keep the later-recorded first. */
export function newestFirst(incidents: readonly Incident[]): Incident[] {
  return [...incidents].sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || b.id - a.id);
}

export interface IncidentTotals {
  count: number;
  minutesLost: number;
  /** How many incidents gave the participants extra time. */
  timeAdded: number;
}

/** What the page's summary line says (the berita acara prints the hub's own totals). */
export function totalsOf(incidents: readonly Incident[]): IncidentTotals {
  return {
    count: incidents.length,
    minutesLost: incidents.reduce((sum, i) => sum + i.minutesLost, 0),
    timeAdded: incidents.filter((i) => i.timeAdded).length,
  };
}
