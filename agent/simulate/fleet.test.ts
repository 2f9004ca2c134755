import { describe, expect, it } from 'vitest';
import { VenuePlanSchema } from '../../protocol/venue.js';
import { fleet, fleetPlan } from './fleet.js';

describe('fleet', () => {
  it('spreads 450 clients over 3 servers and 6 rooms in contiguous blocks', () => {
    const agents = fleet({ servers: 3, clients: 450, rooms: 6 });
    expect(agents.slice(0, 3).map((a) => [a.id, a.role])).toEqual([
      ['S1', 'server'],
      ['S2', 'server'],
      ['S3', 'mobile-server'],
    ]);
    const clients = agents.filter((a) => a.role === 'client');
    expect(clients).toHaveLength(450);
    const perServer = new Map<string, number>();
    for (const c of clients) perServer.set(c.placement.serverId!, (perServer.get(c.placement.serverId!) ?? 0) + 1);
    expect([...perServer]).toEqual([
      ['S1', 150],
      ['S2', 150],
      ['S3', 150],
    ]);
    expect(clients[0]).toEqual({ id: 'PC-001', role: 'client', placement: { serverId: 'S1', roomId: 'R1', seat: 1 } });
    expect(clients[75]?.placement).toEqual({ serverId: 'S1', roomId: 'R2', seat: 1 });
    expect(clients[449]?.placement).toEqual({ serverId: 'S3', roomId: 'R6', seat: 75 });
  });

  it('puts all of 205 clients on the one server when there is one', () => {
    const clients = fleet({ servers: 1, clients: 205, rooms: 0 }).filter((a) => a.role === 'client');
    expect(clients.every((c) => c.placement.serverId === 'S1' && c.placement.roomId === null)).toBe(true);
  });

  it('makes a valid venue plan whose seats match the fleet', () => {
    const plan = VenuePlanSchema.parse(fleetPlan({ servers: 3, clients: 450, rooms: 6 }));
    expect(plan.rooms.map((r) => [r.id, r.rows, r.cols])).toEqual([
      ['SRV', 0, 0],
      ['R1', 8, 10],
      ['R2', 8, 10],
      ['R3', 8, 10],
      ['R4', 8, 10],
      ['R5', 8, 10],
      ['R6', 8, 10],
    ]);
    expect(plan.seats).toHaveLength(450);
    expect(plan.seats[74]).toEqual({ roomId: 'R1', number: 75, row: 7, col: 4, serverId: 'S1' });
    expect(plan.servers.map((s) => s.kind)).toEqual(['server', 'server', 'mobile-server']);
  });
});
