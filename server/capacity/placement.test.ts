import { describe, expect, it } from 'vitest';
import { decidePlacement, type PlacementWorld } from './placement.js';

/** A small venue: S1 (limit 200, `s1Assigned` clients), S2 (limit 2), room R1 with seats 1-4 (1-2 on S2), room R2 without seats. */
function world(s1Assigned = 0, holders: Record<string, string> = {}): PlacementWorld {
  const seats = new Map([
    ['R1#1', 'S2'],
    ['R1#2', 'S2'],
    ['R1#3', 'S1'],
    ['R1#4', null],
  ]);
  return {
    server: (id) => ({ S1: { limit: 200 }, S2: { limit: 2 } })[id],
    assigned: (id) => (id === 'S1' ? s1Assigned : 1),
    room: (id) => ({ R1: { seatCount: 4 }, R2: { seatCount: 0 } })[id],
    seat: (room, n) => (seats.has(`${room}#${n}`) ? { serverId: seats.get(`${room}#${n}`)! } : undefined),
    seatHolder: (room, n, except) => {
      const holder = holders[`${room}#${n}`];
      return holder && holder !== except ? holder : undefined;
    },
    serverAgent: (id, except) => (id === 'S1' && except !== 'SRV-1' ? 'SRV-1' : undefined),
  };
}

const client = { machineId: 'PC-01', role: 'client' as const, serverId: null, roomId: null, seat: null };

describe('decidePlacement', () => {
  it('places a client on the server it asked for', () => {
    const d = decidePlacement({ ...client, serverId: 'S1', roomId: 'R2', seat: 7 }, world());
    expect(d).toMatchObject({ placement: { serverId: 'S1', roomId: 'R2', seat: 7 }, refusal: null, waiting: false });
  });

  it("takes the seat's server when the client names none", () => {
    expect(decidePlacement({ ...client, roomId: 'R1', seat: 1 }, world()).placement).toEqual({ serverId: 'S2', roomId: 'R1', seat: 1 });
  });

  it('refuses the 201st client with the count and the clause, and keeps what it wanted', () => {
    const d = decidePlacement({ ...client, serverId: 'S1', roomId: 'R1', seat: 3 }, world(200));
    expect(d.placement).toEqual({ serverId: null, roomId: 'R1', seat: 3 });
    expect(d.waiting).toBe(true);
    expect(d.wanted.serverId).toBe('S1');
    expect(d.refusal?.code).toBe('server-full');
    expect(d.refusal?.message).toContain('Server S1 penuh: 200/200 klien');
    expect(d.refusal?.en).toContain('Server S1 is full: 200/200 clients');
    expect(d.refusal?.en).toContain('Lampiran C.4.b.1.c');
  });

  it('places the 200th client', () => {
    expect(decidePlacement({ ...client, serverId: 'S1' }, world(199)).placement.serverId).toBe('S1');
  });

  it('refuses unknown servers, rooms and seats, and taken seats, naming them', () => {
    expect(decidePlacement({ ...client, serverId: 'S9' }, world()).refusal?.code).toBe('unknown-server');
    const room = decidePlacement({ ...client, serverId: 'S1', roomId: 'R9', seat: 1 }, world());
    expect(room.refusal?.code).toBe('unknown-room');
    expect(room.placement).toEqual({ serverId: 'S1', roomId: null, seat: null });
    const seat = decidePlacement({ ...client, serverId: 'S1', roomId: 'R1', seat: 9 }, world());
    expect(seat.refusal).toMatchObject({ code: 'unknown-seat' });
    expect(seat.refusal?.message).toContain('punya 4 kursi');
    const taken = decidePlacement({ ...client, roomId: 'R1', seat: 3 }, world(0, { 'R1#3': 'PC-03' }));
    expect(taken.refusal?.message).toContain('sudah dipakai PC-03');
    expect(taken.placement.seat).toBeNull();
  });

  it('does not count a seat held by the same machine as taken', () => {
    expect(decidePlacement({ ...client, roomId: 'R1', seat: 3 }, world(0, { 'R1#3': 'PC-01' })).refusal).toBeNull();
  });

  it('reports the server problem first when there are several', () => {
    expect(decidePlacement({ ...client, serverId: 'S1', roomId: 'R9' }, world(200)).refusal?.code).toBe('server-full');
  });

  it('leaves a client with no server asked and no seat server unplaced, without a refusal', () => {
    expect(decidePlacement({ ...client, roomId: 'R1', seat: 4 }, world())).toMatchObject({
      placement: { serverId: null, roomId: 'R1', seat: 4 },
      refusal: null,
    });
  });

  it('puts a server agent on its own server, never counting it against the limit', () => {
    const d = decidePlacement({ machineId: 'S2', role: 'server', serverId: null, roomId: null, seat: null }, world());
    expect(d.placement.serverId).toBe('S2');
    const full = decidePlacement({ machineId: 'SRV-1', role: 'server', serverId: 'S1', roomId: null, seat: null }, world(200));
    expect(full.refusal).toBeNull();
  });

  it('refuses a second agent for the same server', () => {
    const d = decidePlacement({ machineId: 'SRV-2', role: 'mobile-server', serverId: 'S1', roomId: null, seat: null }, world());
    expect(d.refusal?.code).toBe('server-taken');
    expect(d.placement.serverId).toBeNull();
  });
});
