import type { Room } from '../../../../protocol/venue.js';

export const DEFAULT_SECONDS = 15;

export interface MonitorOptions {
  seconds: number;
  /** Room ids to show, in order; empty means every test room. */
  rooms: string[];
}

/** Reads ?detik=20&ruang=R1,R2 (seconds between 5 and 600). */
export function monitorOptions(query: URLSearchParams): MonitorOptions {
  const raw = Number(query.get('detik'));
  const seconds = Number.isFinite(raw) && raw >= 5 && raw <= 600 ? Math.round(raw) : DEFAULT_SECONDS;
  const rooms = (query.get('ruang') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return { seconds, rooms };
}

/** The rooms the monitor cycles through: the asked ones that exist, else every test room with seats. */
export function monitorRooms(rooms: readonly Room[], wanted: readonly string[], seatCount: (id: string) => number): Room[] {
  if (wanted.length > 0) return wanted.map((id) => rooms.find((r) => r.id === id)).filter((r): r is Room => !!r);
  return rooms.filter((r) => r.kind === 'ruang-tes' && seatCount(r.id) > 0);
}

export function step(index: number, count: number, by: number): number {
  return count === 0 ? 0 : (((index + by) % count) + count) % count;
}
