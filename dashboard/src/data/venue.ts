import type { Room, Seat, Server, Venue, VenuePlan } from '../../../protocol/venue.js';
import { seg, type ApiClient } from './client.js';
import {
  PlanImportResultSchema,
  ServersResponseSchema,
  VenueStateSchema,
  type PlanImportResult,
  type VenueState,
} from './contract.js';
import type { ServerInfo } from '../../../protocol/api.js';

/** GET /api/venue: the venue with its rooms, servers and seats. */
export function getVenue(api: ApiClient): Promise<VenueState> {
  return api.get('/api/venue', { schema: VenueStateSchema });
}

/** PUT /api/venue: name, address, time zone. */
export async function saveVenue(api: ApiClient, venue: Venue): Promise<void> {
  await api.request('PUT', '/api/venue', { body: venue });
}

export async function createRoom(api: ApiClient, room: Room): Promise<void> {
  await api.request('POST', '/api/rooms', { body: room });
}

export async function updateRoom(api: ApiClient, id: string, room: Room): Promise<void> {
  await api.request('PUT', `/api/rooms/${seg(id)}`, { body: room });
}

export async function deleteRoom(api: ApiClient, id: string): Promise<void> {
  await api.request('DELETE', `/api/rooms/${seg(id)}`);
}

/** PUT /api/rooms/:id/seats: replaces the room's seats. */
export async function saveSeats(api: ApiClient, roomId: string, seats: Seat[]): Promise<void> {
  await api.request('PUT', `/api/rooms/${seg(roomId)}/seats`, { body: { seats } });
}

export async function createServer(api: ApiClient, server: Server): Promise<void> {
  await api.request('POST', '/api/servers', { body: server });
}

export async function updateServer(api: ApiClient, id: string, server: Server): Promise<void> {
  await api.request('PUT', `/api/servers/${seg(id)}`, { body: server });
}

export async function deleteServer(api: ApiClient, id: string): Promise<void> {
  await api.request('DELETE', `/api/servers/${seg(id)}`);
}

/** GET /api/servers: each server's limit, how many clients are on it, whether it is online. */
export async function listServers(api: ApiClient): Promise<ServerInfo[]> {
  return (await api.get('/api/servers', { schema: ServersResponseSchema })).servers;
}

/** POST /api/venue/plan: adds and updates the venue, rooms, servers and seats a plan file lists. */
export function importPlan(api: ApiClient, plan: VenuePlan): Promise<PlanImportResult> {
  return api.request('POST', '/api/venue/plan', { body: plan, schema: PlanImportResultSchema });
}
