import type { Refusal } from '../../../protocol/exam-responses.js';
import type { Db } from '../../db/open.js';
import { stmt } from '../../db/statements.js';

/** Stored as the desk answers it. */
export type RefusalRecord = Refusal;

/** Check-ins, PINs and refusals in SQLite. Callers wrap writes in durably(). */
export class DeskStore {
  constructor(private readonly db: Db) {}

  checkin(sessionId: string, number: string): { at: string; by: string } | undefined {
    return stmt(this.db, 'SELECT at, by FROM exam_checkins WHERE session_id = ? AND number = ?').get(sessionId, number) as
      { at: string; by: string } | undefined;
  }

  addCheckin(
    sessionId: string,
    number: string,
    at: string,
    by: string,
    override: { by: string; reason: string } | null,
    slipRef: string | null = null,
  ): void {
    stmt(
      this.db,
      'INSERT INTO exam_checkins (session_id, number, at, by, override_by, override_reason, slip_ref) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(sessionId, number, at, by, override?.by ?? null, override?.reason ?? null, slipRef);
  }

  pinHashTaken(sessionId: string, hash: string): boolean {
    return stmt(this.db, 'SELECT 1 FROM exam_pins WHERE session_id = ? AND pin_hash = ?').get(sessionId, hash) !== undefined;
  }

  activePin(sessionId: string, number: string): { id: number; hash: string; issuedAt: string } | undefined {
    return stmt(
      this.db,
      'SELECT id, pin_hash AS hash, issued_at AS issuedAt FROM exam_pins WHERE session_id = ? AND number = ? AND revoked_at IS NULL',
    ).get(sessionId, number) as { id: number; hash: string; issuedAt: string } | undefined;
  }

  addPin(p: {
    sessionId: string;
    number: string;
    hash: string;
    at: string;
    by: string;
    reason: 'checkin' | 'reissue';
    override: { by: string; reason: string } | null;
  }): number {
    return Number(
      stmt(
        this.db,
        `INSERT INTO exam_pins (session_id, number, pin_hash, issued_at, issued_by, reason, override_by, override_reason)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(p.sessionId, p.number, p.hash, p.at, p.by, p.reason, p.override?.by ?? null, p.override?.reason ?? null).lastInsertRowid,
    );
  }

  revokePin(id: number, at: string, by: string, reason: string): void {
    stmt(this.db, 'UPDATE exam_pins SET revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE id = ?').run(at, by, reason, id);
  }

  addRefusal(r: RefusalRecord): number {
    return Number(
      stmt(this.db, 'INSERT INTO exam_refusals (session_id, at, by, code, number, scanned, nik_masked) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        r.sessionId,
        r.at,
        r.by,
        r.code,
        r.number,
        r.scanned,
        r.nikMasked,
      ).lastInsertRowid,
    );
  }

  /** Refusal attempts of a session by code, for the berita acara. */
  refusalCounts(sessionId: string): Record<string, number> {
    const rows = stmt(this.db, 'SELECT code, count(*) AS n FROM exam_refusals WHERE session_id = ? GROUP BY code').all(sessionId) as Array<{
      code: string;
      n: number;
    }>;
    return Object.fromEntries(rows.map((r) => [r.code, r.n]));
  }

  refusals(sessionId: string, limit = 200): RefusalRecord[] {
    return stmt(
      this.db,
      `SELECT session_id AS sessionId, at, by, code, number, scanned, nik_masked AS nikMasked
         FROM exam_refusals WHERE session_id = ? ORDER BY id DESC LIMIT ?`,
    ).all(sessionId, limit) as RefusalRecord[];
  }

  /** Re-issues of a session (PINs issued for a reason other than the check-in). */
  reissueCount(sessionId: string): number {
    return (
      stmt(this.db, "SELECT count(*) AS n FROM exam_pins WHERE session_id = ? AND reason = 'reissue'").get(sessionId) as { n: number }
    ).n;
  }

  checkinCount(sessionId: string): number {
    return (stmt(this.db, 'SELECT count(*) AS n FROM exam_checkins WHERE session_id = ?').get(sessionId) as { n: number }).n;
  }
}
