import { z } from 'zod';
import { AppError } from '../../protocol/errors.js';
import type { Localized } from '../../protocol/i18n.js';
import { RoomSchema, SeatSchema, ServerSchema, VenuePlanSchema, VenueSchema, type Room, type Server } from '../../protocol/venue.js';
import type { AgentHub } from '../agents/service.js';
import { requirePermission } from '../auth/permissions.js';
import type { HubApp } from '../feature.js';
import { readJson } from '../http/json.js';
import { importPlan } from './plan.js';
import { assertLayout, mergeBy, seatKey, type Layout } from './rules.js';

const SeatsBodySchema = z.union([z.array(SeatSchema).max(10_000), z.object({ seats: z.array(SeatSchema).max(10_000) })]);

const notFound = (what: Localized, id: string) =>
  new AppError('not-found', { id: `${what.id} ${id} tidak ada.`, en: `${what.en} ${id} does not exist.` }, { status: 404 });

const conflict = (text: Localized) => new AppError('conflict', text, { status: 409 });

const ROOM = { id: 'Ruang', en: 'Room' };
const SERVER = { id: 'Server', en: 'Server' };

function idMatches(param: string, bodyId: string, what: Localized): void {
  if (param !== bodyId) {
    throw new AppError('id-mismatch', {
      id: `${what.id}: id di alamat (${param}) berbeda dengan id di isi (${bodyId}).`,
      en: `${what.en}: the id in the path (${param}) differs from the id in the body (${bodyId}).`,
    });
  }
}

/** The venue layout over HTTP. Every change is checked as a whole layout, then re-tries refused PCs. */
export function venueRoutes(app: HubApp, hub: AgentHub): void {
  const store = hub.venue;
  const layout = (): Layout => ({ rooms: store.rooms(), servers: store.servers(), seats: store.seats() });
  const occupancy = () => ({ placed: hub.machines.placedByServer() });
  const changed = () => {
    hub.ctx.changes.publish({ topics: ['venue', 'readiness', 'servers'] });
    hub.venueChanged();
  };
  const saveRoom = (room: Room, created: boolean) => {
    hub.ctx.db.transaction(() => {
      const next = layout();
      assertLayout({ ...next, rooms: mergeBy(next.rooms, [room], (r) => r.id) }, occupancy(), ROOM);
      store.upsertRoom(room);
    })();
    hub.ctx.log.info(created ? 'venue.room-created' : 'venue.room-saved', { room: room.id });
    changed();
  };
  const saveServer = (server: Server, created: boolean) => {
    hub.ctx.db.transaction(() => {
      const next = layout();
      assertLayout({ ...next, servers: mergeBy(next.servers, [server], (s) => s.id) }, occupancy(), SERVER, 409);
      store.upsertServer(server);
    })();
    hub.ctx.log.info(created ? 'venue.server-created' : 'venue.server-saved', { server: server.id, limit: server.limit });
    changed();
  };

  app.get('/api/venue', requirePermission('venue.read'), (c) => c.json(store.state()));

  app.put('/api/venue', requirePermission('venue.manage'), async (c) => {
    const venue = await readJson(c, VenueSchema, { id: 'Data lokasi', en: 'Venue' });
    store.putVenue(venue);
    hub.ctx.changes.publish({ topics: ['venue'] });
    return c.json(venue);
  });

  app.post('/api/rooms', requirePermission('venue.manage'), async (c) => {
    const room = await readJson(c, RoomSchema, ROOM);
    if (store.room(room.id)) throw conflict({ id: `Ruang ${room.id} sudah ada; ubah dengan PUT.`, en: `Room ${room.id} already exists; change it with PUT.` });
    saveRoom(room, true);
    return c.json(room, 201);
  });

  app.put('/api/rooms/:id', requirePermission('venue.manage'), async (c) => {
    const room = await readJson(c, RoomSchema, ROOM);
    idMatches(c.req.param('id'), room.id, ROOM);
    saveRoom(room, false);
    return c.json(room);
  });

  app.delete('/api/rooms/:id', requirePermission('venue.manage'), (c) => {
    const id = c.req.param('id');
    if (!store.room(id)) throw notFound(ROOM, id);
    const inRoom = hub.machines.inRoom(id);
    if (inRoom.length > 0) {
      throw conflict({
        id: `Ruang ${id} masih berisi ${inRoom.length} PC (${inRoom.slice(0, 5).join(', ')}). Pindahkan PC itu dulu.`,
        en: `Room ${id} still holds ${inRoom.length} PCs (${inRoom.slice(0, 5).join(', ')}). Move them first.`,
      });
    }
    store.deleteRoom(id);
    hub.ctx.log.info('venue.room-deleted', { room: id });
    changed();
    return c.body(null, 204);
  });

  app.put('/api/rooms/:id/seats', requirePermission('venue.manage'), async (c) => {
    const roomId = c.req.param('id');
    const body = await readJson(c, SeatsBodySchema, { id: 'Daftar kursi', en: 'Seat list' });
    const seats = Array.isArray(body) ? body : body.seats;
    if (!store.room(roomId)) throw notFound(ROOM, roomId);
    const stray = seats.find((s) => s.roomId !== roomId);
    if (stray) idMatches(roomId, stray.roomId, { id: 'Kursi', en: 'Seat' });
    const kept = new Set(seats.map(seatKey));
    hub.ctx.db.transaction(() => {
      const current = layout();
      assertLayout({ ...current, seats: [...current.seats.filter((s) => s.roomId !== roomId), ...seats] }, occupancy(), {
        id: `Kursi ruang ${roomId}`,
        en: `Seats of room ${roomId}`,
      });
      const orphaned = hub.machines
        .all()
        .filter((m) => m.placement.roomId === roomId && m.placement.seat !== null && !kept.has(`${roomId}/${m.placement.seat}`));
      if (orphaned.length > 0 && seats.length > 0) {
        const list = orphaned.slice(0, 5).map((m) => `${m.id} (${m.placement.seat})`).join(', ');
        throw conflict({
          id: `Kursi yang dihapus masih dipakai: ${list}. Pindahkan PC itu dulu.`,
          en: `Removed seats are still in use: ${list}. Move those PCs first.`,
        });
      }
      store.replaceSeats(roomId, seats);
    })();
    hub.ctx.log.info('venue.seats-saved', { room: roomId, seats: seats.length });
    changed();
    return c.json({ seats: store.seats(roomId) });
  });

  app.post('/api/servers', requirePermission('venue.manage'), async (c) => {
    const server = await readJson(c, ServerSchema, SERVER);
    if (store.server(server.id)) {
      throw conflict({ id: `Server ${server.id} sudah ada; ubah dengan PUT.`, en: `Server ${server.id} already exists; change it with PUT.` });
    }
    saveServer(server, true);
    return c.json(server, 201);
  });

  app.put('/api/servers/:id', requirePermission('venue.manage'), async (c) => {
    const server = await readJson(c, ServerSchema, SERVER);
    idMatches(c.req.param('id'), server.id, SERVER);
    saveServer(server, !store.server(server.id));
    return c.json(server);
  });

  app.delete('/api/servers/:id', requirePermission('venue.manage'), (c) => {
    const id = c.req.param('id');
    if (!store.server(id)) throw notFound(SERVER, id);
    const placed = hub.machines.placedOn(id);
    if (placed > 0) {
      throw conflict({
        id: `Server ${id} masih melayani ${placed} klien. Pindahkan klien itu ke server lain dulu.`,
        en: `Server ${id} still serves ${placed} clients. Move them to another server first.`,
      });
    }
    hub.ctx.db.transaction(() => {
      const own = hub.machines.serverAgent(id, '');
      // The server's own agent is unplaced; while it keeps running it registers the server again at its next hello.
      if (own) {
        const none = { serverId: null, roomId: null, seat: null };
        hub.machines.place(own, { placement: none, wanted: none, refusal: null, waiting: false }, 'agent', hub.ctx.clock.now().toISOString());
      }
      store.deleteServer(id);
    })();
    hub.ctx.log.info('venue.server-deleted', { server: id });
    changed();
    return c.body(null, 204);
  });

  app.post('/api/venue/plan', requirePermission('venue.manage'), async (c) => {
    const plan = await readJson(c, VenuePlanSchema, { id: 'Denah lokasi', en: 'Venue plan' }, 8 * 1024 * 1024);
    const result = importPlan(hub, plan);
    hub.ctx.log.info('venue.plan-imported', { rooms: plan.rooms.length, servers: plan.servers.length, seats: plan.seats.length });
    changed();
    return c.json(result);
  });
}
