import { z } from 'zod/mini';
import { ROOM_KINDS } from './rooms.js';
import { DEFAULT_ZONE, TIME_ZONES } from './time.js';

/** Room kinds of Lampiran C.4.b.1.g (defined in rooms.ts, schema-free, and re-exported here). */
export { ROOM_KINDS, ROOM_KIND_LABELS, type RoomKind } from './rooms.js';
export const RoomKindSchema = z.enum(ROOM_KINDS);

export const SERVER_KINDS = ['server', 'mobile-server'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];
export const ServerKindSchema = z.enum(SERVER_KINDS);

/** Lampiran C.4.b.1.c: one server serves at most 200 clients. A server may set a lower limit, never a higher one. */
export const MAX_CLIENTS_PER_SERVER = 200;

/** Ids typed by people (server "S1", room "R-01", agent "PC-017"): short, no spaces or slashes. */
export const IdentSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, dot, dash, underscore'));

/** The venue itself (one hub serves one venue). `timeZone` is an IANA name: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT). */
export const VenueSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  address: z._default(z.string().check(z.maxLength(500)), ''),
  /** The town official paper is signed in: "Batulicin, 4 Desember 2026". */
  city: z._default(z.string().check(z.trim(), z.maxLength(100)), ''),
  timeZone: z._default(z.enum(TIME_ZONES), DEFAULT_ZONE),
});
export type Venue = z.infer<typeof VenueSchema>;

/** A room; test rooms have a seat grid of `rows` x `cols` as the room is laid out. */
export const RoomSchema = z.object({
  id: IdentSchema,
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  kind: RoomKindSchema,
  rows: z._default(z.int().check(z.gte(0), z.lte(100)), 0),
  cols: z._default(z.int().check(z.gte(0), z.lte(100)), 0),
});
export type Room = z.infer<typeof RoomSchema>;

/**
 * A seat of a test room: its number as printed on the desk, its place in the grid (row, col from 0),
 * and the server its PC should use. A seat's PC is the client agent that reports that room and seat.
 */
export const SeatSchema = z.object({
  roomId: IdentSchema,
  number: z.int().check(z.gte(1), z.lte(10_000)),
  row: z.int().check(z.gte(0), z.lte(99)),
  col: z.int().check(z.gte(0), z.lte(99)),
  serverId: z._default(z.nullable(IdentSchema), null),
});
export type Seat = z.infer<typeof SeatSchema>;

export const ServerSchema = z.object({
  id: IdentSchema,
  kind: ServerKindSchema,
  name: z._default(z.string().check(z.maxLength(120)), ''),
  roomId: z._default(z.nullable(IdentSchema), null),
  /** At most MAX_CLIENTS_PER_SERVER. */
  limit: z._default(z.int().check(z.gte(1), z.lte(MAX_CLIENTS_PER_SERVER)), MAX_CLIENTS_PER_SERVER),
});
export type Server = z.infer<typeof ServerSchema>;

/** A venue plan file (JSON): everything needed to set up a venue in one import. */
export const VenuePlanSchema = z.object({
  venue: VenueSchema,
  rooms: z._default(z.array(RoomSchema).check(z.maxLength(200)), []),
  servers: z._default(z.array(ServerSchema).check(z.maxLength(100)), []),
  seats: z._default(z.array(SeatSchema).check(z.maxLength(20_000)), []),
});
export type VenuePlan = z.infer<typeof VenuePlanSchema>;

/** GET /api/venue: the venue, its rooms, servers and seats (venue null until it is set up). */
export const VenueStateSchema = z.object({
  venue: z.nullable(VenueSchema),
  rooms: z.array(RoomSchema),
  servers: z.array(ServerSchema),
  seats: z.array(SeatSchema),
});
export type VenueState = z.infer<typeof VenueStateSchema>;

const ItemChangesSchema = z.object({ created: z.array(z.string()), updated: z.array(z.string()), unchanged: z.number() });

/** POST /api/venue/plan: what the import changed (nothing the plan does not mention is removed). */
export const PlanImportResultSchema = z.object({
  /** What became of the plan's venue details (name, address, zone). */
  venue: z.enum(['created', 'updated', 'unchanged']),
  rooms: ItemChangesSchema,
  servers: ItemChangesSchema,
  seats: z.object({ created: z.number(), updated: z.number(), unchanged: z.number() }),
});
export type PlanImportResult = z.infer<typeof PlanImportResultSchema>;
