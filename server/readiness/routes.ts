import type { Cause, VenueReadiness } from '../../protocol/api.js';
import type { AgentHub } from '../agents/service.js';
import { toRollup } from '../agents/views.js';
import { requirePermission } from '../auth/permissions.js';
import type { HubApp } from '../feature.js';
import { rollup, serverInfos, type RollupInput } from './rollup.js';

/** What the pure roll-up needs, read from the stores and the in-memory presence. */
export function rollupInput(hub: AgentHub, facilityCauses?: () => readonly Cause[]): RollupInput {
  const machines = hub.machines.all();
  const seats = new Map<string, number[]>();
  for (const seat of hub.venue.seats()) {
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
    rooms: hub.venue.rooms(),
    servers: hub.venue.servers(),
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
export function readinessRoutes(app: HubApp, hub: AgentHub, facilityCauses?: () => readonly Cause[]): void {
  let cached: VenueReadiness | undefined;
  hub.ctx.changes.subscribe(() => {
    cached = undefined;
  });

  app.get('/api/venue/readiness', requirePermission('venue.read'), (c) => {
    cached ??= rollup(rollupInput(hub, facilityCauses));
    return c.json(cached);
  });

  app.get('/api/servers', requirePermission('venue.read'), (c) => {
    const machines = hub.machines.all().map((m) => toRollup(m, hub.liveness));
    return c.json({ servers: serverInfos(hub.venue.servers(), machines) });
  });
}
