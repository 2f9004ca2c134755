import type Database from 'better-sqlite3';
import type { Localized } from '../../protocol/i18n.js';

/** What a database holds, as counted for the backup and restore reports (read-only; tables may be absent). */
export interface DbSummary {
  sessions: number;
  participants: number;
  checkins: number;
  auditEntries: number;
  auditHead?: { seq: number; at: string; hash: string };
}

function count(db: Database.Database, table: string): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
  return exists ? (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n : 0;
}

export function describeDb(db: Database.Database): DbSummary {
  const summary: DbSummary = {
    sessions: count(db, 'exam_sessions'),
    participants: count(db, 'exam_participants'),
    checkins: count(db, 'exam_checkins'),
    auditEntries: count(db, 'audit_log'),
  };
  if (summary.auditEntries > 0) {
    summary.auditHead = db.prepare('SELECT seq, at, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as DbSummary['auditHead'];
  }
  return summary;
}

export function summaryText(s: DbSummary): Localized {
  const head = s.auditHead;
  return {
    id: `${s.sessions} sesi, ${s.participants} peserta, ${s.checkins} kehadiran, ${s.auditEntries} entri audit${head ? ` (terakhir #${head.seq} pada ${head.at})` : ''}`,
    en: `${s.sessions} sessions, ${s.participants} participants, ${s.checkins} check-ins, ${s.auditEntries} audit entries${head ? ` (last #${head.seq} at ${head.at})` : ''}`,
  };
}
