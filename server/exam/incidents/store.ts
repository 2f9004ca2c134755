import type { IncidentKind } from '../../../protocol/exam-reports.js';
import type { Db } from '../../db/open.js';
import { stmt } from '../../db/statements.js';

export interface IncidentRecord {
  id: number;
  sessionId: string;
  at: string;
  room: string;
  kind: IncidentKind;
  description: string;
  minutesLost: number;
  timeAdded: boolean;
  addedMinutes: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string | null;
  updatedBy: string | null;
}

export type IncidentFields = Pick<IncidentRecord, 'at' | 'room' | 'kind' | 'description' | 'minutesLost' | 'timeAdded' | 'addedMinutes'>;

const COLUMNS = `id, session_id AS sessionId, at, room, kind, description, minutes_lost AS minutesLost, time_added AS timeAdded,
  added_minutes AS addedMinutes, created_at AS createdAt, created_by AS createdBy, updated_at AS updatedAt, updated_by AS updatedBy`;

type Row = Omit<IncidentRecord, 'timeAdded'> & { timeAdded: number };
const fromRow = (r: Row): IncidentRecord => ({ ...r, timeAdded: r.timeAdded === 1 });

/** Incidents in SQLite. A deleted incident is only marked, so the audit log and the record agree. */
export class IncidentStore {
  constructor(private readonly db: Db) {}

  list(sessionId: string): IncidentRecord[] {
    return (
      stmt(this.db, `SELECT ${COLUMNS} FROM exam_incidents WHERE session_id = ? AND deleted_at IS NULL ORDER BY at, id`).all(
        sessionId,
      ) as Row[]
    ).map(fromRow);
  }

  get(sessionId: string, id: number): IncidentRecord | undefined {
    const row = stmt(this.db, `SELECT ${COLUMNS} FROM exam_incidents WHERE session_id = ? AND id = ? AND deleted_at IS NULL`).get(
      sessionId,
      id,
    ) as Row | undefined;
    return row && fromRow(row);
  }

  add(sessionId: string, f: IncidentFields, at: string, by: string): number {
    return Number(
      stmt(
        this.db,
        `INSERT INTO exam_incidents (session_id, at, room, kind, description, minutes_lost, time_added, added_minutes, created_at, created_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(sessionId, f.at, f.room, f.kind, f.description, f.minutesLost, f.timeAdded ? 1 : 0, f.addedMinutes, at, by).lastInsertRowid,
    );
  }

  update(sessionId: string, id: number, f: IncidentFields, at: string, by: string): void {
    stmt(
      this.db,
      `UPDATE exam_incidents SET at = ?, room = ?, kind = ?, description = ?, minutes_lost = ?, time_added = ?, added_minutes = ?,
           updated_at = ?, updated_by = ? WHERE session_id = ? AND id = ?`,
    ).run(f.at, f.room, f.kind, f.description, f.minutesLost, f.timeAdded ? 1 : 0, f.addedMinutes, at, by, sessionId, id);
  }

  markDeleted(sessionId: string, id: number, at: string, by: string): void {
    stmt(this.db, 'UPDATE exam_incidents SET deleted_at = ?, deleted_by = ? WHERE session_id = ? AND id = ?').run(at, by, sessionId, id);
  }
}
