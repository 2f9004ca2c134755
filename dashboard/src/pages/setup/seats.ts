import type { Room, Seat } from '../../../../protocol/venue.js';

/**
 * Seats for a whole rows x cols room, numbered row by row from the front-left (1, 2, ... as
 * desks are usually labelled), all on one server. Numbering can start elsewhere when several
 * rooms share one sequence.
 */
export function generateSeats(room: Pick<Room, 'id' | 'rows' | 'cols'>, serverId: string | null, first = 1): Seat[] {
  const seats: Seat[] = [];
  for (let row = 0; row < room.rows; row++) {
    for (let col = 0; col < room.cols; col++) {
      seats.push({ roomId: room.id, number: first + row * room.cols + col, row, col, serverId });
    }
  }
  return seats;
}

/** Seats per server, to warn before a room pushes a server past its limit. */
export function seatsPerServer(seats: readonly Seat[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of seats) if (s.serverId) out.set(s.serverId, (out.get(s.serverId) ?? 0) + 1);
  return out;
}

/**
 * Removes the seat at (row, col), or adds one there numbered one past the room's highest number;
 * the other seats keep their numbers (they are printed on the desks).
 */
export function toggleSeat(seats: readonly Seat[], roomId: string, row: number, col: number, serverId: string | null): Seat[] {
  const existing = seats.find((s) => s.row === row && s.col === col);
  if (existing) return seats.filter((s) => s !== existing);
  const next = seats.reduce((max, s) => Math.max(max, s.number), 0) + 1;
  return [...seats, { roomId, number: next, row, col, serverId }].sort((a, b) => a.row - b.row || a.col - b.col);
}
