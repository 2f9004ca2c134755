import { AppError } from '../../protocol/errors.js';
import type { Localized } from '../../protocol/i18n.js';
import type { SeatRange } from '../../protocol/seating.js';
import type { Seat, Server } from '../../protocol/venue.js';

const span = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`);

/** Sorted seat numbers as short runs: 1–200, 205, 210–215. */
export function runs(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(span(sorted[i]!, sorted[j]!));
    i = j + 1;
  }
  return out.length > 12 ? `${out.slice(0, 12).join(', ')}, …` : out.join(', ');
}

/**
 * What is wrong with splitting a room's seats between servers by number ranges: a range backwards
 * or outside the room's seats, ranges overlapping, an unknown server, a seat in no range, or a
 * server given more seats (in this room and the others) than its limit of at most 200 clients.
 */
export function seatRangeProblems(
  roomId: string,
  ranges: readonly SeatRange[],
  seats: readonly Seat[],
  otherRooms: readonly Seat[],
  servers: readonly Server[],
): Localized[] {
  const problems: Localized[] = [];
  if (seats.length === 0) {
    return [
      {
        id: `Ruang ${roomId} belum punya kursi: buat kursinya dulu (Buat kursi).`,
        en: `Room ${roomId} has no seats yet: make its seats first (Make seats).`,
      },
    ];
  }
  const numbers = seats.map((s) => s.number);
  const all = runs(numbers);
  const byId = new Map(servers.map((s) => [s.id, s]));
  const sorted = [...ranges].sort((a, b) => a.from - b.from || a.to - b.to);
  for (const r of ranges) {
    if (r.from > r.to) {
      problems.push({
        id: `Rentang ${r.from}–${r.to}: nomor awal lebih besar dari nomor akhir.`,
        en: `Range ${r.from}–${r.to}: the first number is above the last.`,
      });
    } else if (!numbers.some((n) => n >= r.from && n <= r.to)) {
      problems.push({
        id: `Rentang ${span(r.from, r.to)} tidak berisi kursi ruang ${roomId} (kursinya ${all}).`,
        en: `Range ${span(r.from, r.to)} holds no seat of room ${roomId} (its seats are ${all}).`,
      });
    }
    if (!byId.has(r.serverId)) {
      problems.push({
        id: `Rentang ${span(r.from, r.to)}: server ${r.serverId} tidak ada. Tambahkan di Pengaturan > Server dulu.`,
        en: `Range ${span(r.from, r.to)}: server ${r.serverId} does not exist. Add it in Setup > Servers first.`,
      });
    }
  }
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (a.from <= a.to && b.from <= a.to) {
      problems.push({
        id: `Rentang ${span(a.from, a.to)} dan ${span(b.from, b.to)} bertumpang tindih (kursi ${span(b.from, Math.min(a.to, b.to))}).`,
        en: `Ranges ${span(a.from, a.to)} and ${span(b.from, b.to)} overlap (seats ${span(b.from, Math.min(a.to, b.to))}).`,
      });
    }
  }
  const uncovered = numbers.filter((n) => !ranges.some((r) => n >= r.from && n <= r.to));
  if (uncovered.length > 0) {
    problems.push({
      id: `Kursi ${runs(uncovered)} tidak masuk rentang mana pun: setiap kursi perlu server.`,
      en: `Seats ${runs(uncovered)} are in no range: every seat needs a server.`,
    });
  }
  if (problems.length > 0) return problems;
  const load = new Map<string, number>();
  for (const s of [...otherRooms, ...assignRanges(seats, ranges)]) if (s.serverId) load.set(s.serverId, (load.get(s.serverId) ?? 0) + 1);
  for (const [id, n] of load) {
    const limit = byId.get(id)?.limit ?? 0;
    if (n > limit && ranges.some((r) => r.serverId === id)) {
      problems.push({
        id: `Server ${id} mendapat ${n} kursi, lebih dari batasnya ${limit} klien (Lampiran C.4.b.1.c: satu server paling banyak 200). Bagi kursinya ke server lain, mis. 1–${limit} → ${id}, ${limit + 1}–… → server kedua.`,
        en: `Server ${id} gets ${n} seats, more than its limit of ${limit} clients (Lampiran C.4.b.1.c: at most 200 per server). Give some seats to another server, e.g. 1–${limit} → ${id}, ${limit + 1}–… → a second server.`,
      });
    }
  }
  return problems;
}

/** The room's seats with each one's server taken from the range holding its number. */
export function assignRanges(seats: readonly Seat[], ranges: readonly SeatRange[]): Seat[] {
  return seats.map((s) => ({ ...s, serverId: ranges.find((r) => s.number >= r.from && s.number <= r.to)?.serverId ?? s.serverId }));
}

export function seatRangesRefused(roomId: string, problems: readonly Localized[]): AppError {
  return new AppError(
    'seat-ranges-invalid',
    {
      id: `Pembagian kursi ruang ${roomId} ke server tidak bisa disimpan: ${problems.map((p) => p.id).join(' ')}`,
      en: `The split of room ${roomId}'s seats between servers cannot be saved: ${problems.map((p) => p.en).join(' ')}`,
    },
    { status: 400, details: problems },
  );
}
