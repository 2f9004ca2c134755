import type { Cause, ServersResponse, VenueReadiness } from '../../protocol/api.js';
import type { AgentHub } from '../agents/service.js';
import { toRollup } from '../agents/views.js';
import { requirePermission } from '../auth/permissions.js';
import type { HubApp } from '../feature.js';
import type { Room, Seat, Server } from '../../protocol/venue.js';

/** What the roll-up reads of the venue (server/venue/service.ts). */
export interface VenueReads {
  rooms(): Room[];
  servers(): Server[];
  seats(): Seat[];
}
import { rollup, serverInfos, type RollupInput } from './rollup.js';

/** What the pure roll-up needs, read from the stores and the in-memory presence. */
export function rollupInput(hub: AgentHub, venue: VenueReads, facilityCauses?: () => readonly Cause[]): RollupInput {
  const machines = hub.machines.all();
  const seats = new Map<string, number[]>();
  for (const seat of venue.seats()) {
    const list = seats.get(seat.roomId) ?? [];
    list.push(seat.number);
    seats.set(seat.roomId, list);
  }
  const seated = new Set<string>();
  for (const m of machines) {
    if (m.placement.roomId !== null && m.placement.seat !== null) seated.add(`${m.placement.roomId}/${m.placement.seat}`);
  }
  return {
    machines: machines.map((m) => toRollup(m, hub.liveness)),
    rooms: venue.rooms(),
    servers: venue.servers(),
    seats,
    seated,
    ...(facilityCauses ? { facilityCauses: facilityCauses() } : {}),
    generatedAt: hub.ctx.clock.now().toISOString(),
  };
}

/**
 * GET /api/venue/readiness (machines, servers, rooms and, when given, the facility checklist's
 * causes) and GET /api/servers. The roll-up is computed when asked and kept
 * until the next published change, so many dashboards polling cost one computation.
 */
export function readinessRoutes(app: HubApp, hub: AgentHub, venue: VenueReads, facilityCauses?: () => readonly Cause[]): void {
  let cached: VenueReadiness | undefined;
  hub.ctx.changes.subscribe(() => {
    cached = undefined;
  });

  app.get('/api/venue/readiness', requirePermission('venue.read'), (c) => {
    cached ??= rollup(rollupInput(hub, venue, facilityCauses));
    return c.json(cached satisfies VenueReadiness);
  });

  app.get('/api/servers', requirePermission('venue.read'), (c) => {
    const machines = hub.machines.all().map((m) => toRollup(m, hub.liveness));
    return c.json({ servers: serverInfos(venue.servers(), machines) } satisfies ServersResponse);
  });
}
