import type { Room, Seat, Server, ServerKind, Venue, VenueState } from '../../protocol/venue.js';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open.js';
import { statements } from '../db/statements.js';

export type UpsertResult = 'created' | 'updated' | 'unchanged';

interface ServerRow {
  id: string;
  kind: ServerKind;
  name: string;
  room_id: string | null;
  client_limit: number;
}

const toServer = (r: ServerRow): Server => ({ id: r.id, kind: r.kind, name: r.name, roomId: r.room_id, limit: r.client_limit });
const toSeat = (r: { room_id: string; number: number; row: number; col: number; server_id: string | null }): Seat => ({
  roomId: r.room_id,
  number: r.number,
  row: r.row,
  col: r.col,
  serverId: r.server_id,
});

function same<T extends object>(a: T | undefined, b: T): boolean {
  return a !== undefined && (Object.keys(b) as (keyof T)[]).every((k) => a[k] === b[k]);
}

/** SQLite repository of the venue model. Callers run multi-step changes inside `db.transaction`. */
export class VenueStore {
  private readonly sql: (sql: string) => Statement;

  constructor(readonly db: Db) {
    this.sql = statements(db);
  }

  venue(): Venue | null {
    const row = this.sql('SELECT name, address, city, time_zone FROM venue WHERE id = 1').get() as
      { name: string; address: string; city: string; time_zone: Venue['timeZone'] } | undefined;
    return row ? { name: row.name, address: row.address, city: row.city, timeZone: row.time_zone } : null;
  }

  putVenue(venue: Venue): UpsertResult {
    const before = this.venue();
    if (before && same(before, venue)) return 'unchanged';
    this.sql(
      `INSERT INTO venue (id, name, address, city, time_zone) VALUES (1, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, address = excluded.address, city = excluded.city, time_zone = excluded.time_zone`,
    ).run(venue.name, venue.address, venue.city, venue.timeZone);
    return before ? 'updated' : 'created';
  }

  rooms(): Room[] {
    return this.sql('SELECT id, name, kind, rows, cols FROM rooms ORDER BY id').all() as Room[];
  }

  room(id: string): Room | undefined {
    return this.sql('SELECT id, name, kind, rows, cols FROM rooms WHERE id = ?').get(id) as Room | undefined;
  }

  upsertRoom(room: Room): UpsertResult {
    const before = this.room(room.id);
    if (same(before, room)) return 'unchanged';
    this.sql(
      `INSERT INTO rooms (id, name, kind, rows, cols) VALUES (@id, @name, @kind, @rows, @cols)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, rows = excluded.rows, cols = excluded.cols`,
    ).run(room);
    return before ? 'updated' : 'created';
  }

  deleteRoom(id: string): boolean {
    return this.sql('DELETE FROM rooms WHERE id = ?').run(id).changes > 0;
  }

  servers(): Server[] {
    return (this.sql('SELECT id, kind, name, room_id, client_limit FROM servers ORDER BY id').all() as ServerRow[]).map(toServer);
  }

  server(id: string): Server | undefined {
    const row = this.sql('SELECT id, kind, name, room_id, client_limit FROM servers WHERE id = ?').get(id) as ServerRow | undefined;
    return row ? toServer(row) : undefined;
  }

  upsertServer(server: Server, registeredBy: 'admin' | 'agent' = 'admin'): UpsertResult {
    const before = this.server(server.id);
    if (same(before, server)) return 'unchanged';
    this.sql(
      `INSERT INTO servers (id, kind, name, room_id, client_limit, registered_by) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, name = excluded.name, room_id = excluded.room_id,
           client_limit = excluded.client_limit`,
    ).run(server.id, server.kind, server.name, server.roomId, server.limit, registeredBy);
    return before ? 'updated' : 'created';
  }

  deleteServer(id: string): boolean {
    return this.sql('DELETE FROM servers WHERE id = ?').run(id).changes > 0;
  }

  seats(roomId?: string): Seat[] {
    const rows = roomId
      ? this.sql('SELECT * FROM seats WHERE room_id = ? ORDER BY number').all(roomId)
      : this.sql('SELECT * FROM seats ORDER BY room_id, number').all();
    return (rows as Parameters<typeof toSeat>[0][]).map(toSeat);
  }

  seat(roomId: string, number: number): Seat | undefined {
    const row = this.sql('SELECT * FROM seats WHERE room_id = ? AND number = ?').get(roomId, number);
    return row ? toSeat(row as Parameters<typeof toSeat>[0]) : undefined;
  }

  seatCount(roomId: string): number {
    return (this.sql('SELECT count(*) AS n FROM seats WHERE room_id = ?').get(roomId) as { n: number }).n;
  }

  upsertSeat(seat: Seat): UpsertResult {
    const before = this.seat(seat.roomId, seat.number);
    if (same(before, seat)) return 'unchanged';
    this.sql(
      `INSERT INTO seats (room_id, number, row, col, server_id) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(room_id, number) DO UPDATE SET row = excluded.row, col = excluded.col, server_id = excluded.server_id`,
    ).run(seat.roomId, seat.number, seat.row, seat.col, seat.serverId);
    return before ? 'updated' : 'created';
  }

  /** Replaces a room's seats with `seats` (all of that room). */
  replaceSeats(roomId: string, seats: readonly Seat[]): void {
    this.sql('DELETE FROM seats WHERE room_id = ?').run(roomId);
    for (const seat of seats) this.upsertSeat(seat);
  }

  state(): VenueState {
    return { venue: this.venue(), rooms: this.rooms(), servers: this.servers(), seats: this.seats() };
  }
}
