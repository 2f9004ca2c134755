import type { MachineFilter } from '../../app/paths.js';
import type { MachineState } from '../../data/machines-store.js';
import { showOf } from '../../ui/machine-state.js';

/** The machines a filter of /mesin selects, sorted by room, seat, then id. */
export function filterMachines(machines: Iterable<MachineState>, filter: MachineFilter, search = ''): MachineState[] {
  const needle = search.trim().toLowerCase();
  const out: MachineState[] = [];
  for (const m of machines) {
    const show = showOf(m);
    if (filter.offline && show !== 'offline') continue;
    // A verdict filter means the machine's live state: an offline machine's verdict is stale, and
    // an online one without a report counts as incomplete (as in the hub's counts).
    if (filter.verdict && show !== filter.verdict && !(filter.verdict === 'incomplete' && show === 'pending')) continue;
    // Summaries name only the failing checks; for an unknown check every incomplete PC is listed.
    if (filter.check && filter.verdict !== 'incomplete' && !m.failing.includes(filter.check)) continue;
    if (filter.room && m.roomId !== filter.room) continue;
    if (filter.server && m.serverId !== filter.server) continue;
    if (needle && !m.id.toLowerCase().includes(needle)) continue;
    out.push(m);
  }
  return out.sort(
    (a, b) =>
      (a.roomId ?? '\uffff').localeCompare(b.roomId ?? '\uffff') ||
      (a.seat ?? Infinity) - (b.seat ?? Infinity) ||
      a.id.localeCompare(b.id, undefined, { numeric: true }),
  );
}
