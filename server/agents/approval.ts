import type { Statement } from 'better-sqlite3';
import type { Refusal } from '../../protocol/agent.js';
import type { Db } from '../db/open.js';
import { statements } from '../db/statements.js';
import type { VenueStore } from '../venue/store.js';

/** What decides whether one more client fits the venue plan (the rooms' seats). */
export interface PlanCounts {
  /** Seats in every room of the plan; 0 = no plan yet (then nothing waits for approval). */
  planSeats: number;
  /** Approved clients enrolled, not counting the one deciding. */
  approvedClients: number;
  /** The room the PC is enrolled for (a batch code's room), when it has seats. */
  room?: { id: string; seats: number; approved: number };
}

/**
 * A client enrolled beyond the venue plan (more PCs than seats, in the venue or in the room its
 * code is for) waits for an admin's approval instead of taking a place: a leaked code or token
 * cannot crowd real exam PCs out of their servers.
 */
export function beyondPlan(c: PlanCounts): boolean {
  if (c.room && c.room.seats > 0 && c.room.approved >= c.room.seats) return true;
  return c.planSeats > 0 && c.approvedClients >= c.planSeats;
}

export function awaitingApproval(id: string, c: PlanCounts): Refusal {
  const where = c.room && c.room.approved >= c.room.seats ? { id: `ruang ${c.room.id} (${c.room.seats} kursi)`, en: `room ${c.room.id} (${c.room.seats} seats)` } : { id: `denah lokasi (${c.planSeats} kursi)`, en: `the venue plan (${c.planSeats} seats)` };
  return {
    code: 'awaiting-approval',
    message: `PC ${id} terdaftar melebihi ${where.id}, jadi menunggu persetujuan admin di dasbor (Mesin > Menunggu persetujuan) sebelum mendapat tempat.`,
    en: `PC ${id} enrolled beyond ${where.en}, so it waits for an admin's approval in the dashboard (Machines > Awaiting approval) before it gets a place.`,
  };
}

/** Approval state of machines (the agents feature's own table). */
export class ApprovalStore {
  private readonly sql: (sql: string) => Statement;

  constructor(
    db: Db,
    private readonly venue: VenueStore,
  ) {
    this.sql = statements(db);
  }

  counts(machineId: string, roomId: string | null): PlanCounts {
    const planSeats = this.venue.rooms().reduce((n, r) => n + this.venue.seatCount(r.id), 0);
    const approvedClients = (
      this.sql("SELECT count(*) AS n FROM machines WHERE role = 'client' AND approval = 'approved' AND id <> ?").get(machineId) as { n: number }
    ).n;
    const seats = roomId !== null && this.venue.room(roomId) ? this.venue.seatCount(roomId) : 0;
    if (roomId === null || seats === 0) return { planSeats, approvedClients };
    const approved = (
      this.sql(
        `SELECT count(*) AS n FROM machines WHERE role = 'client' AND approval = 'approved' AND id <> ?
           AND (room_id = ? OR (room_id IS NULL AND wanted_room_id = ?))`,
      ).get(machineId, roomId, roomId) as { n: number }
    ).n;
    return { planSeats, approvedClients, room: { id: roomId, seats, approved } };
  }

  approve(id: string): boolean {
    return this.sql("UPDATE machines SET approval = 'approved' WHERE id = ? AND approval = 'pending'").run(id).changes === 1;
  }

  pending(): string[] {
    return (this.sql("SELECT id FROM machines WHERE approval = 'pending' ORDER BY enrolled_at, id").all() as { id: string }[]).map((r) => r.id);
  }
}
