import type { Seat } from '../../../protocol/venue.js';
import type { MachineState } from '../data/machines-store.js';
import { showOf, type MachineShow } from './machine-state.js';

export interface SeatCell {
  seat: Seat;
  machine: MachineState | undefined;
  show: MachineShow;
}

export interface RoomLayout {
  rows: number;
  cols: number;
  cells: SeatCell[];
  /** PCs that report this room but a seat the plan does not have (or no seat). */
  unplaced: MachineState[];
  counts: Record<MachineShow, number>;
}

/**
 * Puts each seat of a room at its row and column with the machine that reports that seat.
 * Linear in seats + machines, so a 400-seat hall recolours within a frame.
 */
export function layoutRoom(
  room: { id: string; rows: number; cols: number },
  seats: readonly Seat[],
  machines: Iterable<MachineState>,
): RoomLayout {
  const bySeat = new Map<number, MachineState>();
  const inRoom: MachineState[] = [];
  for (const m of machines) {
    if (m.roomId !== room.id) continue;
    inRoom.push(m);
    if (m.seat !== null && m.role === 'client') bySeat.set(m.seat, m);
  }
  const counts: Record<MachineShow, number> = { ready: 0, 'not-ready': 0, incomplete: 0, missing: 0, offline: 0, pending: 0, empty: 0 };
  const cells: SeatCell[] = [];
  const used = new Set<string>();
  let rows = room.rows;
  let cols = room.cols;
  for (const seat of seats) {
    if (seat.roomId !== room.id) continue;
    const machine = bySeat.get(seat.number);
    if (machine) used.add(machine.id);
    const show = showOf(machine);
    counts[show]++;
    cells.push({ seat, machine, show });
    rows = Math.max(rows, seat.row + 1);
    cols = Math.max(cols, seat.col + 1);
  }
  cells.sort((a, b) => a.seat.row - b.seat.row || a.seat.col - b.seat.col);
  const unplaced = inRoom
    .filter((m) => !used.has(m.id))
    .sort((a, b) => (a.seat ?? Infinity) - (b.seat ?? Infinity) || a.id.localeCompare(b.id));
  for (const m of unplaced) counts[showOf(m)]++;
  return { rows, cols, cells, unplaced, counts };
}
