import type { PinSource, SessionKind, Signatories, TimeZone } from '../../../protocol/exam.js';
import type { Db } from '../../db/open.js';
import { stmt } from '../../db/statements.js';

/** A session as stored. */
export interface SessionRecord {
  id: string;
  name: string;
  kind: SessionKind;
  /** ISO 8601 UTC. */
  startsAt: string;
  timeZone: TimeZone;
  durationMinutes: number;
  blindDurationMinutes: number;
  pinCloseMinutes: number;
  registrationOpensMinutes: number;
  pinSource: PinSource;
  rooms: string[];
  venueName: string;
  venueAddress: string;
  signatories: Signatories;
  actualStartAt: string | null;
  actualEndAt: string | null;
  notes: string;
  createdAt: string;
  createdBy: string;
}

interface Row {
  id: string;
  name: string;
  kind: string;
  starts_at: string;
  time_zone: string;
  duration_minutes: number;
  blind_duration_minutes: number;
  pin_close_minutes: number;
  registration_opens_minutes: number;
  pin_source: string;
  rooms: string;
  venue_name: string;
  venue_address: string;
  signatories: string;
  actual_start_at: string | null;
  actual_end_at: string | null;
  notes: string;
  created_at: string;
  created_by: string;
}

function fromRow(r: Row): SessionRecord {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as SessionKind,
    startsAt: r.starts_at,
    timeZone: r.time_zone as TimeZone,
    durationMinutes: r.duration_minutes,
    blindDurationMinutes: r.blind_duration_minutes,
    pinCloseMinutes: r.pin_close_minutes,
    registrationOpensMinutes: r.registration_opens_minutes,
    pinSource: r.pin_source === 'bkn' ? 'bkn' : 'siapcat',
    rooms: JSON.parse(r.rooms) as string[],
    venueName: r.venue_name,
    venueAddress: r.venue_address,
    signatories: JSON.parse(r.signatories) as Signatories,
    actualStartAt: r.actual_start_at,
    actualEndAt: r.actual_end_at,
    notes: r.notes,
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}

/** Exam sessions in SQLite. */
export class SessionStore {
  constructor(private readonly db: Db) {}

  ids(): string[] {
    return (stmt(this.db, 'SELECT id FROM exam_sessions').all() as Array<{ id: string }>).map((r) => r.id);
  }

  get(id: string): SessionRecord | undefined {
    const row = stmt(this.db, 'SELECT * FROM exam_sessions WHERE id = ?').get(id) as Row | undefined;
    return row && fromRow(row);
  }

  list(): SessionRecord[] {
    return (stmt(this.db, 'SELECT * FROM exam_sessions ORDER BY starts_at, id').all() as Row[]).map(fromRow);
  }

  /** Inserts or replaces every field of the session. */
  save(s: SessionRecord, updatedAt: string | null = null): void {
    stmt(
      this.db,
      `INSERT INTO exam_sessions (id, name, kind, starts_at, time_zone, duration_minutes, blind_duration_minutes,
           pin_close_minutes, registration_opens_minutes, pin_source, rooms, venue_name, venue_address, signatories, actual_start_at, actual_end_at, notes,
           created_at, created_by, updated_at)
         VALUES (@id, @name, @kind, @startsAt, @timeZone, @durationMinutes, @blindDurationMinutes, @pinCloseMinutes, @registrationOpensMinutes,
           @pinSource, @rooms, @venueName, @venueAddress, @signatories, @actualStartAt, @actualEndAt, @notes, @createdAt, @createdBy, @updatedAt)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, starts_at = excluded.starts_at,
           time_zone = excluded.time_zone, duration_minutes = excluded.duration_minutes,
           blind_duration_minutes = excluded.blind_duration_minutes, pin_close_minutes = excluded.pin_close_minutes,
           registration_opens_minutes = excluded.registration_opens_minutes, pin_source = excluded.pin_source,
           rooms = excluded.rooms, venue_name = excluded.venue_name, venue_address = excluded.venue_address,
           signatories = excluded.signatories, actual_start_at = excluded.actual_start_at,
           actual_end_at = excluded.actual_end_at, notes = excluded.notes, updated_at = excluded.updated_at`,
    ).run({ ...s, rooms: JSON.stringify(s.rooms), signatories: JSON.stringify(s.signatories), updatedAt });
  }

  delete(id: string): void {
    stmt(this.db, 'DELETE FROM exam_sessions WHERE id = ?').run(id);
  }
}
