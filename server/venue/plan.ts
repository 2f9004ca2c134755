import type { PlanImportResult, VenuePlan } from '../../protocol/venue.js';
import { assertLayout, seatKey, type Occupancy } from './rules.js';
import type { UpsertResult, VenueStore } from './store.js';

type ItemChanges = PlanImportResult['rooms'];

/**
 * The plan's items over the stored ones: an id in both is the plan's version (an update), while
 * an id listed twice in the plan itself stays twice, so the layout check names it.
 */
function overlay<T>(stored: readonly T[], incoming: readonly T[], key: (item: T) => string): T[] {
  const planned = new Set(incoming.map(key));
  return [...incoming, ...stored.filter((item) => !planned.has(key(item)))];
}

function tally(into: ItemChanges, id: string, result: UpsertResult): void {
  if (result === 'unchanged') into.unchanged++;
  else into[result].push(id);
}

/**
 * Merges a venue plan into the stored venue; the caller runs it in one transaction. The merged
 * layout is checked as a whole first (every reference resolves, seats inside their grids, no limit
 * below its placed clients), so a bad plan changes nothing and says every problem.
 */
export function importPlan(store: VenueStore, plan: VenuePlan, occupancy: Occupancy): PlanImportResult {
  const byId = (x: { id: string }) => x.id;
  const merged = {
    rooms: overlay(store.rooms(), plan.rooms, byId),
    servers: overlay(store.servers(), plan.servers, byId),
    seats: overlay(store.seats(), plan.seats, seatKey),
  };
  assertLayout(merged, occupancy, { id: 'Denah lokasi', en: 'Venue plan' });
  const result: PlanImportResult = {
    venue: store.putVenue(plan.venue),
    rooms: { created: [], updated: [], unchanged: 0 },
    servers: { created: [], updated: [], unchanged: 0 },
    seats: { created: 0, updated: 0, unchanged: 0 },
  };
  for (const room of plan.rooms) tally(result.rooms, room.id, store.upsertRoom(room));
  for (const server of plan.servers) tally(result.servers, server.id, store.upsertServer(server));
  for (const seat of plan.seats) result.seats[store.upsertSeat(seat)]++;
  return result;
}
