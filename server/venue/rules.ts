import { AppError } from '../../protocol/errors.js';
import type { Localized } from '../../protocol/i18n.js';
import type { Room, Seat, Server } from '../../protocol/venue.js';

/**
 * Pure consistency rules of a venue layout: every reference points at something that exists,
 * seats sit inside their room's grid without overlapping, and no server's limit drops below the
 * clients already placed on it. Each problem is named in both languages.
 */
export interface Layout {
  rooms: readonly Room[];
  servers: readonly Server[];
  seats: readonly Seat[];
}

export interface Occupancy {
  /** Clients placed on each server. */
  placed: ReadonlyMap<string, number>;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return [...twice];
}

export function layoutProblems(layout: Layout, occupancy: Occupancy): Localized[] {
  const problems: Localized[] = [];
  const rooms = new Map(layout.rooms.map((r) => [r.id, r]));
  const servers = new Set(layout.servers.map((s) => s.id));

  for (const id of duplicates(layout.rooms.map((r) => r.id))) {
    problems.push({ id: `Ruang ${id} tercantum dua kali.`, en: `Room ${id} is listed twice.` });
  }
  for (const id of duplicates(layout.servers.map((s) => s.id))) {
    problems.push({ id: `Server ${id} tercantum dua kali.`, en: `Server ${id} is listed twice.` });
  }
  for (const server of layout.servers) {
    if (server.roomId !== null && !rooms.has(server.roomId)) {
      problems.push({
        id: `Server ${server.id}: ruang ${server.roomId} tidak ada.`,
        en: `Server ${server.id}: room ${server.roomId} does not exist.`,
      });
    }
    const placed = occupancy.placed.get(server.id) ?? 0;
    if (server.limit < placed) {
      problems.push({
        id: `Server ${server.id}: batas ${server.limit} lebih kecil dari ${placed} klien yang sudah ditempatkan. Pindahkan ${placed - server.limit} klien dulu.`,
        en: `Server ${server.id}: limit ${server.limit} is below the ${placed} clients already placed. Move ${placed - server.limit} clients first.`,
      });
    }
  }
  const numbers = new Set<string>();
  const cells = new Set<string>();
  for (const seat of layout.seats) {
    const where = `${seat.roomId}/${seat.number}`;
    const room = rooms.get(seat.roomId);
    if (!room) {
      problems.push({ id: `Kursi ${where}: ruang ${seat.roomId} tidak ada.`, en: `Seat ${where}: room ${seat.roomId} does not exist.` });
      continue;
    }
    if (numbers.has(where)) {
      problems.push({ id: `Kursi ${where} tercantum dua kali.`, en: `Seat ${where} is listed twice.` });
    }
    numbers.add(where);
    const cell = `${seat.roomId}@${seat.row},${seat.col}`;
    if (cells.has(cell)) {
      problems.push({
        id: `Kursi ${where}: baris ${seat.row + 1} kolom ${seat.col + 1} sudah ditempati kursi lain.`,
        en: `Seat ${where}: row ${seat.row + 1} column ${seat.col + 1} already holds another seat.`,
      });
    }
    cells.add(cell);
    if ((room.rows > 0 && seat.row >= room.rows) || (room.cols > 0 && seat.col >= room.cols)) {
      problems.push({
        id: `Kursi ${where} berada di luar denah ruang (${room.rows} baris x ${room.cols} kolom).`,
        en: `Seat ${where} lies outside the room's grid (${room.rows} rows x ${room.cols} columns).`,
      });
    }
    if (seat.serverId !== null && !servers.has(seat.serverId)) {
      problems.push({
        id: `Kursi ${where}: server ${seat.serverId} tidak ada.`,
        en: `Seat ${where}: server ${seat.serverId} does not exist.`,
      });
    }
  }
  return problems;
}

/** Throws the problems as one AppError (409 for conflicts with placed PCs is the caller's choice). */
export function assertLayout(layout: Layout, occupancy: Occupancy, what: Localized, status = 400): void {
  const problems = layoutProblems(layout, occupancy);
  if (problems.length === 0) return;
  const shown = problems.slice(0, 10);
  const more = problems.length - shown.length;
  throw new AppError(
    'layout-invalid',
    {
      id: `${what.id} tidak bisa disimpan: ${shown.map((p) => p.id).join(' ')}${more > 0 ? ` (dan ${more} lagi)` : ''}`,
      en: `${what.en} cannot be saved: ${shown.map((p) => p.en).join(' ')}${more > 0 ? ` (and ${more} more)` : ''}`,
    },
    { status, details: problems },
  );
}

/** Merges `incoming` over `current` by key: what a plan import or an edit would leave. */
export function mergeBy<T>(current: readonly T[], incoming: readonly T[], key: (item: T) => string): T[] {
  const map = new Map(current.map((item) => [key(item), item]));
  for (const item of incoming) map.set(key(item), item);
  return [...map.values()];
}

export const seatKey = (s: Pick<Seat, 'roomId' | 'number'>): string => `${s.roomId}/${s.number}`;
