import type { Placement } from '../../protocol/agent.js';
import type { Role } from '../../protocol/check.js';
import { AppError } from '../../protocol/errors.js';
import { decidePlacement, type PlacementDecision, type PlacementWorld } from '../capacity/placement.js';
import type { VenueStore } from '../venue/store.js';
import type { MachineRecord, MachineStore } from './machines.js';

const samePlacement = (a: Placement, b: Placement) => a.serverId === b.serverId && a.roomId === b.roomId && a.seat === b.seat;

/**
 * Applies the placement rule to stored machines. Every method is synchronous and meant to run
 * inside one SQLite transaction, so the count it decides on is the count it writes against.
 */
export class Placer {
  readonly world: PlacementWorld;

  constructor(
    private readonly venue: VenueStore,
    private readonly machines: MachineStore,
  ) {
    this.world = {
      server: (id) => {
        const s = venue.server(id);
        return s ? { limit: s.limit } : undefined;
      },
      assigned: (serverId, except) => machines.placedOn(serverId, except),
      room: (id) => (venue.room(id) ? { seatCount: venue.seatCount(id) } : undefined),
      seat: (roomId, n) => {
        const seat = venue.seat(roomId, n);
        return seat ? { serverId: seat.serverId } : undefined;
      },
      seatHolder: (roomId, n, except) => machines.seatHolder(roomId, n, except),
      serverAgent: (serverId, except) => machines.serverAgent(serverId, except),
    };
  }

  /**
   * Places an agent that said hello. A server agent registers its server when the venue lacks it.
   * A placement an admin made wins over the agent's flags. Returns the decision and whether it
   * changed anything.
   */
  fromHello(record: MachineRecord, role: Role, asked: Placement, at: string): { decision: PlacementDecision; changed: boolean } {
    if (role !== 'client') this.registerServer(asked.serverId ?? record.id, role, asked.roomId);
    const request = record.placedBy === 'admin' ? record.placement : asked;
    const decision = decidePlacement({ machineId: record.id, role, ...request }, this.world);
    const changed = this.write(record, decision, record.placedBy, at);
    return { decision, changed };
  }

  /** An admin's move. A refusal changes nothing and is thrown as a 409 with its reason. */
  move(record: MachineRecord, to: Placement, at: string): PlacementDecision {
    const decision = decidePlacement({ machineId: record.id, role: record.role, ...to }, this.world);
    if (decision.refusal) {
      throw new AppError('placement-refused', { id: decision.refusal.message, en: decision.refusal.en }, { status: 409 });
    }
    this.write(record, decision, 'admin', at);
    return decision;
  }

  /**
   * Tries again every refused machine (or those `only` picks), oldest refusal first; returns the ids
   * whose placement changed. A machine awaiting approval is not placed here.
   */
  retryRefused(at: string, only: (record: MachineRecord) => boolean = () => true): string[] {
    const changed: string[] = [];
    for (const record of this.machines.refused()) {
      if (record.approval === 'pending' || !only(record)) continue;
      const decision = decidePlacement({ machineId: record.id, role: record.role, ...record.wanted }, this.world);
      if (this.write(record, decision, record.placedBy, at)) changed.push(record.id);
    }
    return changed;
  }

  private write(record: MachineRecord, decision: PlacementDecision, placedBy: 'agent' | 'admin', at: string): boolean {
    const same =
      samePlacement(record.placement, decision.placement) &&
      samePlacement(record.wanted, decision.wanted) &&
      record.placedBy === placedBy &&
      record.waiting === decision.waiting &&
      JSON.stringify(record.refusal) === JSON.stringify(decision.refusal);
    if (same) return false;
    this.machines.place(record.id, decision, placedBy, at);
    return true;
  }

  private registerServer(serverId: string, role: Role, roomId: string | null): void {
    if (this.venue.server(serverId)) return;
    const kind = role === 'mobile-server' ? 'mobile-server' : 'server';
    const room = roomId !== null && this.venue.room(roomId) ? roomId : null;
    this.venue.upsertServer({ id: serverId, kind, name: '', roomId: room, limit: 200 }, 'agent');
  }
}
