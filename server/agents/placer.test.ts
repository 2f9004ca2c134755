import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../protocol/errors.js';
import { migrate } from '../db/migrate.js';
import { MIGRATIONS } from '../db/migrations.js';
import { VenueStore } from '../venue/store.js';
import { MachineStore } from './machines.js';
import { Placer } from './placer.js';
import type { VenueLayout } from './venue-layout.js';

const AT = '2026-11-23T06:30:00.000Z';

function setup() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS);
  const venue = new VenueStore(db);
  const machines = new MachineStore(db);
  // The venue's side as the hub wires it: its layout, and a server agent registering its server.
  const layout: VenueLayout = {
    rooms: () => venue.rooms(),
    server: (id) => venue.server(id),
    room: (id) => venue.room(id),
    seat: (roomId, n) => venue.seat(roomId, n),
    seatCount: (roomId) => venue.seatCount(roomId),
    registerServer: (server) => void venue.upsertServer(server, 'agent'),
  };
  const placer = new Placer(layout, machines);
  venue.upsertServer({ id: 'S1', kind: 'server', name: '', roomId: null, limit: 200 });
  venue.upsertServer({ id: 'S2', kind: 'server', name: '', roomId: null, limit: 200 });
  const hello = (id: string, serverId: string | null, role: 'client' | 'server' = 'client') => {
    if (!machines.get(id)) machines.enroll(id, role, 'hash', AT);
    return db.transaction(() => placer.fromHello(machines.get(id)!, role, { serverId, roomId: null, seat: null }, AT))();
  };
  return { db, venue, machines, placer, hello };
}

const pc = (i: number) => `PC-${String(i).padStart(3, '0')}`;

describe('Placer', () => {
  it('places exactly 200 of 205 clients on one server and records who waits', () => {
    const { machines, hello } = setup();
    for (let i = 1; i <= 205; i++) hello(pc(i), 'S1');
    expect(machines.placedOn('S1')).toBe(200);
    const waiting = machines.refused();
    expect(waiting.map((m) => m.id)).toEqual([pc(201), pc(202), pc(203), pc(204), pc(205)]);
    expect(waiting.every((m) => m.waiting && m.refusal?.code === 'server-full' && m.wanted.serverId === 'S1')).toBe(true);
  });

  it('frees the place of a client moved away and gives it to the first one waiting', () => {
    const { machines, placer, hello, db } = setup();
    for (let i = 1; i <= 202; i++) hello(pc(i), 'S1');
    db.transaction(() => placer.move(machines.get(pc(5))!, { serverId: 'S2', roomId: null, seat: null }, AT))();
    expect(machines.get(pc(5))?.placedBy).toBe('admin');
    const changed = db.transaction(() => placer.retryRefused(AT))();
    expect(changed).toEqual([pc(201)]);
    expect(machines.get(pc(201))).toMatchObject({ placement: { serverId: 'S1' }, refusal: null, waiting: false });
    expect(machines.get(pc(202))?.refusal?.code).toBe('server-full');
    expect(machines.placedOn('S1')).toBe(200);
  });

  it('refuses an admin move onto a full server without changing anything', () => {
    const { machines, placer, hello, venue, db } = setup();
    venue.upsertServer({ id: 'S2', kind: 'server', name: '', roomId: null, limit: 1 });
    hello('A', 'S2');
    hello('B', 'S1');
    expect(() => db.transaction(() => placer.move(machines.get('B')!, { serverId: 'S2', roomId: null, seat: null }, AT))()).toThrow(
      AppError,
    );
    expect(machines.get('B')?.placement.serverId).toBe('S1');
  });

  it("keeps an admin's placement when the agent says hello again with other flags", () => {
    const { machines, placer, hello, db } = setup();
    hello('A', 'S1');
    db.transaction(() => placer.move(machines.get('A')!, { serverId: 'S2', roomId: null, seat: null }, AT))();
    const again = hello('A', 'S1');
    expect(again.changed).toBe(false);
    expect(machines.get('A')?.placement.serverId).toBe('S2');
  });

  it('registers the server of a server agent that the venue lacks', () => {
    const { venue, machines, hello } = setup();
    hello('S9', null, 'server');
    expect(venue.server('S9')).toMatchObject({ id: 'S9', kind: 'server', limit: 200 });
    expect(machines.get('S9')?.placement.serverId).toBe('S9');
  });

  it('places a client refused for an unknown server once that server appears', () => {
    const { venue, machines, placer, hello, db } = setup();
    hello('A', 'S7');
    expect(machines.get('A')?.refusal?.code).toBe('unknown-server');
    venue.upsertServer({ id: 'S7', kind: 'mobile-server', name: '', roomId: null, limit: 200 });
    expect(db.transaction(() => placer.retryRefused(AT))()).toEqual(['A']);
    expect(machines.get('A')?.placement.serverId).toBe('S7');
  });

  it('has the database refuse a write that would overfill a server or drop a limit below its clients', () => {
    const { db, venue, machines, hello } = setup();
    venue.upsertServer({ id: 'S3', kind: 'server', name: '', roomId: null, limit: 1 });
    hello('A', 'S3');
    machines.enroll('B', 'client', 'hash', AT);
    expect(() => db.prepare("UPDATE machines SET server_id = 'S3' WHERE id = 'B'").run()).toThrow(/server-full/);
    hello('C', 'S1');
    hello('D', 'S1');
    expect(() => db.prepare("UPDATE servers SET client_limit = 1 WHERE id = 'S1'").run()).toThrow(/limit-below-placed/);
  });
});
