import type { SeatSwitch } from '../../protocol/seat-switch.js';
import type { Db } from '../db/open.js';
import { stmt } from '../db/statements.js';

interface Row {
  id: number;
  session_id: string;
  participant_number: string;
  participant_name: string;
  from_room: string;
  from_seat: number;
  from_pc: string | null;
  to_room: string;
  to_seat: number;
  to_pc: string;
  reason: string;
  at: string;
  by: string;
}

const toSwitch = (r: Row): SeatSwitch => ({
  id: r.id,
  sessionId: r.session_id,
  participantNumber: r.participant_number,
  participantName: r.participant_name,
  from: { roomId: r.from_room, seat: r.from_seat, pcId: r.from_pc },
  to: { roomId: r.to_room, seat: r.to_seat, pcId: r.to_pc },
  reason: r.reason,
  at: r.at,
  by: r.by,
});

/** Seat switches to reserve PCs (append-only; writes run inside the caller's durable transaction). */
export class SwitchStore {
  constructor(private readonly db: Db) {}

  add(s: Omit<SeatSwitch, 'id'>): number {
    return Number(
      stmt(
        this.db,
        `INSERT INTO custody_seat_switches (session_id, participant_number, participant_name, from_room, from_seat, from_pc,
           to_room, to_seat, to_pc, reason, at, by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        s.sessionId,
        s.participantNumber,
        s.participantName,
        s.from.roomId,
        s.from.seat,
        s.from.pcId,
        s.to.roomId,
        s.to.seat,
        s.to.pcId,
        s.reason,
        s.at,
        s.by,
      ).lastInsertRowid,
    );
  }

  /** Oldest first: the order they happened in (a participant can move twice). */
  list(sessionId?: string): SeatSwitch[] {
    const rows = (
      sessionId === undefined
        ? stmt(this.db, 'SELECT * FROM custody_seat_switches ORDER BY id').all()
        : stmt(this.db, 'SELECT * FROM custody_seat_switches WHERE session_id = ? ORDER BY id').all(sessionId)
    ) as Row[];
    return rows.map(toSwitch);
  }

  get(id: number): SeatSwitch | undefined {
    const r = stmt(this.db, 'SELECT * FROM custody_seat_switches WHERE id = ?').get(id) as Row | undefined;
    return r ? toSwitch(r) : undefined;
  }
}
