import type { Placement, Refusal } from '../../protocol/agent.js';
import type { Role } from '../../protocol/check.js';
import { effectiveLimit, hasRoom } from './capacity.js';
import { refusalText, type RefusalCode } from './texts.js';

/** What a placement decision may look at; the hub answers it from SQLite inside one transaction. */
export interface PlacementWorld {
  server(id: string): { limit: number } | undefined;
  /** Clients placed on the server, not counting `exceptMachine`. */
  assigned(serverId: string, exceptMachine: string): number;
  room(id: string): { seatCount: number } | undefined;
  /** The seat of a room with seats; undefined when the room has no such seat. */
  seat(roomId: string, number: number): { serverId: string | null } | undefined;
  /** The machine (other than `exceptMachine`) that holds the seat, if any. */
  seatHolder(roomId: string, number: number, exceptMachine: string): string | undefined;
  /** The server-role machine (other than `exceptMachine`) that speaks for the server, if any. */
  serverAgent(serverId: string, exceptMachine: string): string | undefined;
}

export interface PlacementRequest {
  machineId: string;
  role: Role;
  serverId: string | null;
  roomId: string | null;
  seat: number | null;
}

export interface PlacementDecision {
  placement: Placement;
  /** The first problem found, by importance (a client without a server cannot sit the exam). */
  refusal: Refusal | null;
  /** The refusal is "server full": the client waits for a place on `wanted.serverId`. */
  waiting: boolean;
  /** What was asked for (kept, so a waiting client is placed when a place frees up). */
  wanted: Placement;
}

function refuse(code: RefusalCode, params: Record<string, string | number>): Refusal {
  const text = refusalText(code, params);
  return { code, message: text.id, en: text.en };
}

/**
 * Decides where a machine goes, in one synchronous step (so concurrent connects cannot overfill
 * a server). Room and seat first, then the server: a client's server is the one it asked for, or
 * else its seat's server; a full or unknown server leaves it unplaced with the reason.
 */
export function decidePlacement(req: PlacementRequest, world: PlacementWorld): PlacementDecision {
  const problems: Refusal[] = [];
  let roomId: string | null = null;
  let seat: number | null = null;
  let seatServer: string | null = null;

  if (req.roomId !== null) {
    const room = world.room(req.roomId);
    if (!room) {
      problems.push(refuse('unknown-room', { room: req.roomId }));
    } else {
      roomId = req.roomId;
      if (req.seat !== null) {
        const found = room.seatCount > 0 ? world.seat(req.roomId, req.seat) : { serverId: null };
        const holder = world.seatHolder(req.roomId, req.seat, req.machineId);
        if (!found) problems.push(refuse('unknown-seat', { seat: req.seat, room: req.roomId, count: room.seatCount }));
        else if (holder) problems.push(refuse('seat-taken', { seat: req.seat, room: req.roomId, holder }));
        else {
          seat = req.seat;
          seatServer = found.serverId;
        }
      }
    }
  }

  let serverId: string | null = null;
  let waiting = false;
  const wantedServer = req.role === 'client' ? (req.serverId ?? seatServer) : (req.serverId ?? req.machineId);
  if (wantedServer !== null) {
    const server = world.server(wantedServer);
    if (!server) {
      problems.unshift(refuse('unknown-server', { server: wantedServer }));
    } else if (req.role === 'client') {
      const assigned = world.assigned(wantedServer, req.machineId);
      if (hasRoom(assigned, server.limit)) serverId = wantedServer;
      else {
        waiting = true;
        problems.unshift(refuse('server-full', { server: wantedServer, assigned, limit: effectiveLimit(server.limit) }));
      }
    } else {
      const other = world.serverAgent(wantedServer, req.machineId);
      if (other) problems.unshift(refuse('server-taken', { server: wantedServer, holder: other }));
      else serverId = wantedServer;
    }
  }

  return {
    placement: { serverId, roomId, seat },
    refusal: problems[0] ?? null,
    waiting,
    wanted: { serverId: wantedServer, roomId: req.roomId, seat: req.seat },
  };
}
