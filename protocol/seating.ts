import { z } from 'zod/mini';
import { PlacementSchema } from './agent.js';
import { IdentSchema } from './venue.js';

/**
 * Seating at venue scale: a `PC;ruang;kursi` file placing many PCs at once (previewed, then
 * applied through the same placement rule as one move), and seat ranges splitting a room's seats
 * between servers ("kursi 1-200 -> S1, 201-215 -> S2").
 */

/** Bounds of a seating file: a venue has at most 100 servers x 200 clients. */
export const SEATING_BOUNDS = { maxBytes: 1024 * 1024, maxRows: 20_001, maxColumns: 32, maxCells: 200_000 };

/** One PC the file moves: where it is and where it goes (the server is the seat's unless the file names one). */
export const SeatingChangeSchema = z.object({
  line: z.int(),
  machineId: z.string(),
  from: PlacementSchema,
  to: PlacementSchema,
});
export type SeatingChange = z.infer<typeof SeatingChangeSchema>;

/** A refused line, by its row number in the file, in both languages. */
export const SeatingRejectionSchema = z.object({
  line: z.int(),
  reason: z.string(),
  en: z.string(),
  machineId: z.optional(z.string()),
});
export type SeatingRejection = z.infer<typeof SeatingRejectionSchema>;

/** Clients placed on a server the file touches, before and after it (limit: at most 200). */
export const SeatingServerLoadSchema = z.object({ id: z.string(), before: z.int(), after: z.int(), limit: z.int() });

/** POST /api/seating/preview and POST /api/seating: what the file changes (preview: would change). */
export const SeatingImportResultSchema = z.object({
  applied: z.boolean(),
  format: z.enum(['csv', 'xlsx']),
  headerLine: z.int(),
  /** Field (pc, room, seat, server) -> the header text it was read from. */
  columns: z.record(z.string(), z.string()),
  /** Non-blank lines below the header. */
  lines: z.int(),
  changes: z.array(SeatingChangeSchema),
  /** Lines that name where the PC already is. */
  unchanged: z.int(),
  rejected: z.array(SeatingRejectionSchema),
  servers: z.array(SeatingServerLoadSchema),
});
export type SeatingImportResult = z.infer<typeof SeatingImportResultSchema>;

/** Seats `from`..`to` (numbers as printed on the desks, both included) use server `serverId`. */
export const SeatRangeSchema = z.object({
  from: z.int().check(z.gte(1), z.lte(10_000)),
  to: z.int().check(z.gte(1), z.lte(10_000)),
  serverId: IdentSchema,
});
export type SeatRange = z.infer<typeof SeatRangeSchema>;

/** PUT /api/rooms/:id/seat-servers: every seat of the room in exactly one range. */
export const SeatRangesBodySchema = z.object({ ranges: z.array(SeatRangeSchema).check(z.minLength(1), z.maxLength(100)) });
export type SeatRangesBody = z.infer<typeof SeatRangesBodySchema>;
