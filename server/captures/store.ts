import type { CaptureRecord } from '../../protocol/captures.js';
import type { ReadinessReport } from '../../protocol/check.js';
import type { Role, Verdict } from '../../protocol/terms.js';
import { durably, type Db } from '../db/open.js';

interface Row {
  id: number;
  file_name: string;
  host: string | null;
  role: Role;
  source: CaptureRecord['source'];
  captured_at: string;
  imported_at: string;
  imported_by: string;
  verdict: Verdict;
  report: string;
}

function toRecord(row: Row): CaptureRecord {
  const report = JSON.parse(row.report) as ReadinessReport;
  const counts = { pass: 0, warn: 0, fail: 0, unknown: 0 };
  for (const check of report.checks) if (check.status in counts) counts[check.status as keyof typeof counts]++;
  return {
    id: row.id,
    fileName: row.file_name,
    host: row.host,
    role: row.role,
    source: row.source,
    capturedAt: row.captured_at,
    importedAt: row.imported_at,
    importedBy: row.imported_by,
    verdict: row.verdict,
    counts,
    report,
  };
}

const COLUMNS = 'id, file_name, host, role, source, captured_at, imported_at, imported_by, verdict, report';

/** Imported machine files in SQLite, the newest `keep` of them. */
export class CaptureStore {
  constructor(
    private readonly db: Db,
    private readonly keep: number,
  ) {}

  add(entry: Omit<Row, 'id'>): CaptureRecord {
    return durably(this.db, () => {
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO captures (file_name, host, role, source, captured_at, imported_at, imported_by, verdict, report)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          entry.file_name,
          entry.host,
          entry.role,
          entry.source,
          entry.captured_at,
          entry.imported_at,
          entry.imported_by,
          entry.verdict,
          entry.report,
        );
      // A flood of uploads never grows the table past `keep`: the oldest go first.
      this.db.prepare('DELETE FROM captures WHERE id <= ?').run(Number(lastInsertRowid) - this.keep);
      return toRecord(this.db.prepare(`SELECT ${COLUMNS} FROM captures WHERE id = ?`).get(lastInsertRowid) as Row);
    });
  }

  list(limit: number): CaptureRecord[] {
    return (this.db.prepare(`SELECT ${COLUMNS} FROM captures ORDER BY id DESC LIMIT ?`).all(limit) as Row[]).map(toRecord);
  }

  remove(id: number): boolean {
    return durably(this.db, () => this.db.prepare('DELETE FROM captures WHERE id = ?').run(id).changes > 0);
  }
}
