import type { Placement } from '../../protocol/agent.js';
import type { Role } from '../../protocol/check.js';
import type { Room, Seat, Server, VenuePlan } from '../../protocol/venue.js';

/** One simulated agent: who it is and where it says it sits. */
export interface SimAgent {
  id: string;
  role: Role;
  placement: Placement;
}

export interface FleetShape {
  servers: number;
  clients: number;
  rooms: number;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The simulated venue's agents: servers S1..SM (the last one a mobile server when there are
 * several, as at venues that receive BKN's sealed mobile server), clients PC-001..PC-N spread in
 * contiguous blocks over rooms R1..RR (seats numbered from 1 in each room) and over the servers.
 */
export function fleet(shape: FleetShape): SimAgent[] {
  const agents: SimAgent[] = [];
  for (let s = 1; s <= shape.servers; s++) {
    const role: Role = shape.servers > 1 && s === shape.servers ? 'mobile-server' : 'server';
    agents.push({ id: `S${s}`, role, placement: { serverId: `S${s}`, roomId: null, seat: null } });
  }
  const width = Math.max(3, String(shape.clients).length);
  const perRoom = shape.rooms > 0 ? Math.ceil(shape.clients / shape.rooms) : 0;
  for (let i = 0; i < shape.clients; i++) {
    const server = shape.servers > 0 ? Math.floor((i * shape.servers) / shape.clients) + 1 : null;
    const room = shape.rooms > 0 ? Math.floor(i / perRoom) + 1 : null;
    agents.push({
      id: `PC-${pad(i + 1, width)}`,
      role: 'client',
      placement: {
        serverId: server === null ? null : `S${server}`,
        roomId: room === null ? null : `R${room}`,
        seat: room === null ? null : (i % perRoom) + 1,
      },
    });
  }
  return agents;
}

/** A venue plan matching the fleet: test rooms with seat grids (10 columns), a server room, the servers. */
export function fleetPlan(shape: FleetShape, venueName = 'Lokasi simulasi SiapCAT'): VenuePlan {
  const agents = fleet(shape);
  const rooms: Room[] = [{ id: 'SRV', name: 'Ruang server dan administrator', kind: 'ruang-server', rows: 0, cols: 0 }];
  const seats: Seat[] = [];
  const perRoom = shape.rooms > 0 ? Math.ceil(shape.clients / shape.rooms) : 0;
  const cols = Math.min(10, Math.max(1, perRoom));
  for (let r = 1; r <= shape.rooms; r++) {
    rooms.push({ id: `R${r}`, name: `Ruang tes ${r}`, kind: 'ruang-tes', rows: Math.ceil(perRoom / cols), cols });
  }
  for (const a of agents) {
    if (a.role !== 'client' || a.placement.roomId === null || a.placement.seat === null) continue;
    const index = a.placement.seat - 1;
    seats.push({
      roomId: a.placement.roomId,
      number: a.placement.seat,
      row: Math.floor(index / cols),
      col: index % cols,
      serverId: a.placement.serverId,
    });
  }
  const servers: Server[] = agents
    .filter((a) => a.role !== 'client')
    .map((a) => ({ id: a.id, kind: a.role === 'mobile-server' ? 'mobile-server' : 'server', name: '', roomId: 'SRV', limit: 200 }));
  return { venue: { name: venueName, address: '', city: '', timeZone: 'Asia/Makassar' }, rooms, servers, seats };
}
