import { recordChange } from '../http/audit-changes.js';
import { z } from 'zod/mini';
import { RoomSchema, SeatSchema, ServerSchema, VenuePlanSchema, VenueSchema } from '../../protocol/venue.js';
import { requirePermission } from '../auth/permissions.js';
import type { HubApp } from '../feature.js';
import { readJson } from '../http/json.js';
import { ROOM, SERVER } from './errors.js';
import type { VenueService } from './service.js';
import type { SeatsResponse } from '../../protocol/write-responses.js';
import { SeatRangesBodySchema } from '../../protocol/seating.js';

const SeatsBodySchema = z.union([
  z.array(SeatSchema).check(z.maxLength(10_000)),
  z.object({ seats: z.array(SeatSchema).check(z.maxLength(10_000)) }),
]);

/** The venue layout over HTTP: read the body, call the service, answer. Rules and transactions live in service.ts. */
export function venueRoutes(app: HubApp, venue: VenueService): void {
  app.get('/api/venue', requirePermission('venue.read'), (c) => c.json(venue.state()));

  app.put('/api/venue', requirePermission('venue.manage'), async (c) => {
    const body = await readJson(c, VenueSchema, { id: 'Data lokasi', en: 'Venue' });
    recordChange(c, () => venue.putVenue(body));
    return c.json(body);
  });

  app.post('/api/rooms', requirePermission('venue.manage'), async (c) => {
    const room = await readJson(c, RoomSchema, ROOM);
    recordChange(c, () => venue.createRoom(room));
    return c.json(room, 201);
  });

  app.put('/api/rooms/:id', requirePermission('venue.manage'), async (c) => {
    const room = await readJson(c, RoomSchema, ROOM);
    recordChange(c, () => venue.putRoom(c.req.param('id'), room));
    return c.json(room);
  });

  app.delete('/api/rooms/:id', requirePermission('venue.manage'), (c) => {
    recordChange(c, () => venue.deleteRoom(c.req.param('id')));
    return c.body(null, 204);
  });

  app.put('/api/rooms/:id/seats', requirePermission('venue.manage'), async (c) => {
    const roomId = c.req.param('id');
    const body = await readJson(c, SeatsBodySchema, { id: 'Daftar kursi', en: 'Seat list' });
    return c.json({
      seats: recordChange(c, () => venue.putSeats(roomId, Array.isArray(body) ? body : body.seats)),
    } satisfies SeatsResponse);
  });

  app.put('/api/rooms/:id/seat-servers', requirePermission('venue.manage'), async (c) => {
    const roomId = c.req.param('id');
    const body = await readJson(c, SeatRangesBodySchema, { id: 'Pembagian kursi ke server', en: 'Seat split between servers' });
    return c.json({ seats: recordChange(c, () => venue.putSeatServers(roomId, body.ranges)) } satisfies SeatsResponse);
  });

  app.post('/api/servers', requirePermission('venue.manage'), async (c) => {
    const server = await readJson(c, ServerSchema, SERVER);
    recordChange(c, () => venue.createServer(server));
    return c.json(server, 201);
  });

  app.put('/api/servers/:id', requirePermission('venue.manage'), async (c) => {
    const server = await readJson(c, ServerSchema, SERVER);
    recordChange(c, () => venue.putServer(c.req.param('id'), server));
    return c.json(server);
  });

  app.delete('/api/servers/:id', requirePermission('venue.manage'), (c) => {
    recordChange(c, () => venue.deleteServer(c.req.param('id')));
    return c.body(null, 204);
  });

  app.post('/api/venue/plan', requirePermission('venue.manage'), async (c) => {
    const plan = await readJson(c, VenuePlanSchema, { id: 'Denah lokasi', en: 'Venue plan' }, 8 * 1024 * 1024);
    return c.json(recordChange(c, () => venue.importPlan(plan)));
  });
}
