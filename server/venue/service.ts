import type { PlanImportResult, Room, Seat, Server, Venue, VenuePlan, VenueState } from '../../protocol/venue.js';
import type { HubContext } from '../context.js';
import { conflict, notFound, ROOM, SEAT, SERVER, idMatches } from './errors.js';
import { importPlan } from './plan.js';
import { assertLayout, mergeBy, seatKey, type Layout } from './rules.js';
import { assignRanges, seatRangeProblems, seatRangesRefused } from './seat-ranges.js';
import type { SeatRange } from '../../protocol/seating.js';
import { VenueStore } from './store.js';

/**
 * What the venue must know of the machines placed in it (implemented by the agent side, wired in
 * server/venue-hub.ts). Every method but `venueChanged` runs inside the venue's transaction.
 */
export interface PlacedMachines {
  /** Clients placed on each server. */
  placedByServer(): Map<string, number>;
  /** Clients placed on one server. */
  placedOn(serverId: string): number;
  /** Ids of the machines placed in a room. */
  inRoom(roomId: string): string[];
  /** Machines with a seat in a room, by id. */
  seatedIn(roomId: string): { id: string; seat: number }[];
  /** Unplaces the server's own agent, if any (the server is being deleted). */
  releaseServerAgent(serverId: string): void;
  /** After a committed venue change: machines refused before may fit now. */
  venueChanged(): void;
}

type VenueDeps = Pick<HubContext, 'db' | 'log' | 'changes'>;

/**
 * The venue feature's service: every change is checked as a whole layout inside one transaction
 * (the store holds the SQL, the rules the checks), then dashboards and refused machines are told.
 * Also the narrow read-and-register side the agent hub places machines against.
 */
export class VenueService {
  private readonly store: VenueStore;

  constructor(
    private readonly deps: VenueDeps,
    private readonly machines: () => PlacedMachines,
  ) {
    this.store = new VenueStore(deps.db);
  }

  // Reads: the agent hub's placement and the readiness roll-up use these.
  state(): VenueState {
    return this.store.state();
  }
  venue(): Venue | null {
    return this.store.venue();
  }
  rooms(): Room[] {
    return this.store.rooms();
  }
  servers(): Server[] {
    return this.store.servers();
  }
  seats(roomId?: string): Seat[] {
    return this.store.seats(roomId);
  }
  room(id: string): Room | undefined {
    return this.store.room(id);
  }
  server(id: string): Server | undefined {
    return this.store.server(id);
  }
  seat(roomId: string, number: number): Seat | undefined {
    return this.store.seat(roomId, number);
  }
  seatCount(roomId: string): number {
    return this.store.seatCount(roomId);
  }

  /** A server agent's hello registers its server when the venue lacks it (inside the hello's transaction). */
  registerServer(server: Server): void {
    if (!this.store.server(server.id)) this.store.upsertServer(server, 'agent');
  }

  putVenue(venue: Venue): void {
    this.store.putVenue(venue);
    this.deps.changes.publish({ topics: ['venue'] });
  }

  createRoom(room: Room): void {
    if (this.store.room(room.id)) {
      throw conflict({ id: `Ruang ${room.id} sudah ada; ubah dengan PUT.`, en: `Room ${room.id} already exists; change it with PUT.` });
    }
    this.saveRoom(room, true);
  }

  putRoom(pathId: string, room: Room): void {
    idMatches(pathId, room.id, ROOM);
    this.saveRoom(room, false);
  }

  deleteRoom(id: string): void {
    if (!this.store.room(id)) throw notFound(ROOM, id);
    const inRoom = this.machines().inRoom(id);
    if (inRoom.length > 0) {
      throw conflict({
        id: `Ruang ${id} masih berisi ${inRoom.length} PC (${inRoom.slice(0, 5).join(', ')}). Pindahkan PC itu dulu.`,
        en: `Room ${id} still holds ${inRoom.length} PCs (${inRoom.slice(0, 5).join(', ')}). Move them first.`,
      });
    }
    this.store.deleteRoom(id);
    this.deps.log.info('venue.room-deleted', { room: id });
    this.changed();
  }

  /** Replaces a room's seats; refused while a removed seat still holds a machine. Returns the stored seats. */
  putSeats(roomId: string, seats: readonly Seat[]): Seat[] {
    if (!this.store.room(roomId)) throw notFound(ROOM, roomId);
    const stray = seats.find((s) => s.roomId !== roomId);
    if (stray) idMatches(roomId, stray.roomId, SEAT);
    const kept = new Set(seats.map(seatKey));
    this.deps.db.transaction(() => {
      const current = this.layout();
      assertLayout({ ...current, seats: [...current.seats.filter((s) => s.roomId !== roomId), ...seats] }, this.occupancy(), {
        id: `Kursi ruang ${roomId}`,
        en: `Seats of room ${roomId}`,
      });
      const orphaned = this.machines()
        .seatedIn(roomId)
        .filter((m) => !kept.has(`${roomId}/${m.seat}`));
      if (orphaned.length > 0 && seats.length > 0) {
        const list = orphaned
          .slice(0, 5)
          .map((m) => `${m.id} (${m.seat})`)
          .join(', ');
        throw conflict({
          id: `Kursi yang dihapus masih dipakai: ${list}. Pindahkan PC itu dulu.`,
          en: `Removed seats are still in use: ${list}. Move those PCs first.`,
        });
      }
      this.store.replaceSeats(roomId, seats);
    })();
    this.deps.log.info('venue.seats-saved', { room: roomId, seats: seats.length });
    this.changed();
    return this.store.seats(roomId);
  }

  /**
   * Splits a room's seats between servers by number ranges ("1–200 → S1, 201–215 → S2"), checked
   * as a whole (seatRangeProblems), then saved as a seat list is. Returns the stored seats.
   */
  putSeatServers(roomId: string, ranges: readonly SeatRange[]): Seat[] {
    if (!this.store.room(roomId)) throw notFound(ROOM, roomId);
    const seats = this.deps.db.transaction(() => {
      const all = this.store.seats();
      const mine = all.filter((s) => s.roomId === roomId);
      const others = all.filter((s) => s.roomId !== roomId);
      const problems = seatRangeProblems(roomId, ranges, mine, others, this.store.servers());
      if (problems.length > 0) throw seatRangesRefused(roomId, problems);
      return assignRanges(mine, ranges);
    })();
    return this.putSeats(roomId, seats);
  }

  createServer(server: Server): void {
    if (this.store.server(server.id)) {
      throw conflict({
        id: `Server ${server.id} sudah ada; ubah dengan PUT.`,
        en: `Server ${server.id} already exists; change it with PUT.`,
      });
    }
    this.saveServer(server, true);
  }

  putServer(pathId: string, server: Server): void {
    idMatches(pathId, server.id, SERVER);
    this.saveServer(server, !this.store.server(server.id));
  }

  deleteServer(id: string): void {
    if (!this.store.server(id)) throw notFound(SERVER, id);
    const placed = this.machines().placedOn(id);
    if (placed > 0) {
      throw conflict({
        id: `Server ${id} masih melayani ${placed} klien. Pindahkan klien itu ke server lain dulu.`,
        en: `Server ${id} still serves ${placed} clients. Move them to another server first.`,
      });
    }
    this.deps.db.transaction(() => {
      // The server's own agent is unplaced; while it keeps running it registers the server again at its next hello.
      this.machines().releaseServerAgent(id);
      this.store.deleteServer(id);
    })();
    this.deps.log.info('venue.server-deleted', { server: id });
    this.changed();
  }

  /** Merges a plan sent by an admin, in one transaction (see plan.ts). */
  importPlan(plan: VenuePlan): PlanImportResult {
    const result = this.deps.db.transaction(() => importPlan(this.store, plan, this.occupancy()))();
    this.deps.log.info('venue.plan-imported', { rooms: plan.rooms.length, servers: plan.servers.length, seats: plan.seats.length });
    this.changed();
    return result;
  }

  /** Merges the plan file named at start (`siapcat hub --plan FILE`), before any agent is connected. */
  importPlanFile(plan: VenuePlan, file: string): PlanImportResult {
    const result = this.deps.db.transaction(() => importPlan(this.store, plan, this.occupancy()))();
    this.deps.log.info('venue.plan-imported', {
      file,
      rooms: result.rooms.created.length + result.rooms.updated.length,
      servers: result.servers.created.length + result.servers.updated.length,
      seats: result.seats.created + result.seats.updated,
    });
    return result;
  }

  private layout(): Layout {
    return { rooms: this.store.rooms(), servers: this.store.servers(), seats: this.store.seats() };
  }

  private occupancy() {
    return { placed: this.machines().placedByServer() };
  }

  private saveRoom(room: Room, created: boolean): void {
    this.deps.db.transaction(() => {
      const next = this.layout();
      assertLayout({ ...next, rooms: mergeBy(next.rooms, [room], (r) => r.id) }, this.occupancy(), ROOM);
      this.store.upsertRoom(room);
    })();
    this.deps.log.info(created ? 'venue.room-created' : 'venue.room-saved', { room: room.id });
    this.changed();
  }

  private saveServer(server: Server, created: boolean): void {
    this.deps.db.transaction(() => {
      const next = this.layout();
      assertLayout({ ...next, servers: mergeBy(next.servers, [server], (s) => s.id) }, this.occupancy(), SERVER, 409);
      this.store.upsertServer(server);
    })();
    this.deps.log.info(created ? 'venue.server-created' : 'venue.server-saved', { server: server.id, limit: server.limit });
    this.changed();
  }

  private changed(): void {
    this.deps.changes.publish({ topics: ['venue', 'readiness', 'servers'] });
    this.machines().venueChanged();
  }
}
