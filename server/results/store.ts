import type { ResultSource } from '../../protocol/results.js';
import type { Db } from '../db/open.js';
import { stmt } from '../db/statements.js';

/** One stored result entry. */
export interface EntryRecord {
  id: number;
  number: string;
  scores: Record<string, number>;
  total: number;
  track: string;
  recordedAt: string;
  source: ResultSource;
  supersedes: number | null;
  reason: string;
  at: string;
  by: string;
}

export interface NewEntry {
  number: string;
  scores: Record<string, number>;
  total: number;
  track: string;
  recordedAt: string;
  source: ResultSource;
  importId?: number | null;
  supersedes?: number | null;
  reason?: string;
  at: string;
  by: string;
}

interface EntryRow {
  id: number;
  number: string;
  scores: string;
  total: number;
  track: string;
  recorded_at: string;
  source: ResultSource;
  supersedes: number | null;
  reason: string;
  at: string;
  by: string;
}

type CurrentArray = [
  id: number,
  number: string,
  scores: string,
  total: number,
  track: string,
  recordedAt: string,
  source: ResultSource,
  reason: string,
];

/** A participant's latest entry as judging reads it, with how many entries they have. */
export type CurrentEntry = Omit<EntryRecord, 'supersedes' | 'at' | 'by'> & { count: number };

const fromRow = (r: EntryRow): EntryRecord => ({
  id: r.id,
  number: r.number,
  scores: JSON.parse(r.scores) as Record<string, number>,
  total: r.total,
  track: r.track,
  recordedAt: r.recorded_at,
  source: r.source,
  supersedes: r.supersedes,
  reason: r.reason,
  at: r.at,
  by: r.by,
});

export interface ExplanationRecord {
  kind: string;
  number: string;
  text: string;
  at: string;
  by: string;
}

/** One entry of an import: its import, time and user are the import's. */
export interface ImportedEntry {
  number: string;
  scores: Record<string, number>;
  total: number;
  track: string;
  recordedAt: string;
  source: 'import' | 'correction';
  supersedes: number | null;
  reason: string;
}

/** Rows per INSERT of an import (12 values each: far under SQLite's limit of bound values). */
const IMPORT_CHUNK = 50;
const insertEntries = (n: number) =>
  'INSERT INTO results_entries (session_id, number, scores, total, track, recorded_at, source, import_id, supersedes, reason, at, by) VALUES ' +
  Array.from({ length: n }, () => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
const INSERT_ONE = insertEntries(1);
const INSERT_CHUNK = insertEntries(IMPORT_CHUNK);

/** The results of every session in SQLite, append-only. Writes run inside the caller's transaction. */
export class ResultStore {
  constructor(private readonly db: Db) {}

  /** Every participant's latest entry, with how many entries they have, oldest first. */
  current(sessionId: string): CurrentEntry[] {
    const rows = stmt(
      this.db,
      // One walk of the (session, number, id) index, rows as arrays: each number's entries come together, the
      // latest last. Grouping and ordering in SQL sorted every wide row in a temporary B-tree: 3x slower. Only the
      // columns judging and reconciling read (who wrote an entry, and when, is in the history and the audit).
      `SELECT id, number, scores, total, track, recorded_at, source, reason
         FROM results_entries WHERE session_id = ? ORDER BY number, id`,
    )
      .raw()
      .all(sessionId) as CurrentArray[];
    const latest: CurrentEntry[] = [];
    let count = 0;
    rows.forEach((row, i) => {
      count++;
      if (rows[i + 1]?.[1] === row[1]) return;
      const [id, number, scores, total, track, recordedAt, source, reason] = row;
      latest.push({ id, number, scores: JSON.parse(scores) as Record<string, number>, total, track, recordedAt, source, reason, count });
      count = 0;
    });
    return latest.sort((x, y) => x.id - y.id);
  }

  /** Every participant's latest entry, by number: one read for a whole import. */
  latestAll(sessionId: string): Map<string, EntryRecord> {
    const rows = stmt(
      this.db,
      `SELECT * FROM results_entries WHERE id IN (SELECT max(id) FROM results_entries WHERE session_id = ? GROUP BY number)`,
    ).all(sessionId) as EntryRow[];
    return new Map(rows.map((r) => [r.number, fromRow(r)]));
  }

  latest(sessionId: string, number: string): EntryRecord | undefined {
    const row = stmt(this.db, 'SELECT * FROM results_entries WHERE session_id = ? AND number = ? ORDER BY id DESC LIMIT 1').get(
      sessionId,
      number,
    ) as EntryRow | undefined;
    return row ? fromRow(row) : undefined;
  }

  /** Every entry of one participant, oldest first (the correction history). */
  history(sessionId: string, number: string): EntryRecord[] {
    return (
      stmt(this.db, 'SELECT * FROM results_entries WHERE session_id = ? AND number = ? ORDER BY id').all(sessionId, number) as EntryRow[]
    ).map(fromRow);
  }

  append(sessionId: string, e: NewEntry): number {
    const info = stmt(this.db, INSERT_ONE).run(
      sessionId,
      e.number,
      JSON.stringify(e.scores),
      e.total,
      e.track,
      e.recordedAt,
      e.source,
      e.importId ?? null,
      e.supersedes ?? null,
      e.reason ?? '',
      e.at,
      e.by,
    );
    return Number(info.lastInsertRowid);
  }

  /**
   * The entries of one import, appended in statements of IMPORT_CHUNK rows: binding 2,000 rows one statement at a
   * time cost about a fifth more than in chunks (each run crosses into SQLite once). Runs inside the caller's
   * transaction, like `append`; every row is the same as `append` would write.
   */
  appendImported(sessionId: string, importId: number, entries: readonly ImportedEntry[], at: string, by: string): void {
    const chunk = stmt(this.db, INSERT_CHUNK);
    const one = stmt(this.db, INSERT_ONE);
    const params: unknown[] = [];
    const bind = (e: ImportedEntry) =>
      params.push(
        sessionId,
        e.number,
        JSON.stringify(e.scores),
        e.total,
        e.track,
        e.recordedAt,
        e.source,
        importId,
        e.supersedes,
        e.reason,
        at,
        by,
      );
    let i = 0;
    for (; i + IMPORT_CHUNK <= entries.length; i += IMPORT_CHUNK) {
      params.length = 0;
      for (let k = i; k < i + IMPORT_CHUNK; k++) bind(entries[k]!);
      chunk.run(params);
    }
    for (; i < entries.length; i++) {
      params.length = 0;
      bind(entries[i]!);
      one.run(params);
    }
  }

  recordImport(
    sessionId: string,
    i: { at: string; by: string; format: string; sha256: string; imported: number; unchanged: number; rejected: number },
  ): number {
    const info = stmt(
      this.db,
      `INSERT INTO results_imports (session_id, at, by, format, sha256, imported, unchanged, rejected)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(sessionId, i.at, i.by, i.format, i.sha256, i.imported, i.unchanged, i.rejected);
    return Number(info.lastInsertRowid);
  }

  explain(sessionId: string, e: ExplanationRecord): void {
    stmt(this.db, 'INSERT INTO results_explanations (session_id, kind, number, text, at, by) VALUES (?, ?, ?, ?, ?, ?)').run(
      sessionId,
      e.kind,
      e.number,
      e.text,
      e.at,
      e.by,
    );
  }

  /** The latest explanation per (kind, number). */
  explanations(sessionId: string): ExplanationRecord[] {
    return stmt(
      this.db,
      `SELECT kind, number, text, at, by FROM results_explanations x
        WHERE session_id = ? AND id = (SELECT max(id) FROM results_explanations y
                                        WHERE y.session_id = x.session_id AND y.kind = x.kind AND y.number = x.number)`,
    ).all(sessionId) as ExplanationRecord[];
  }

  saveLetter(l: { code: string; sessionId: string; number: string; content: string; issuedAt: string; issuedBy: string }): void {
    stmt(this.db, 'INSERT INTO results_letters (code, session_id, number, content, issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?)').run(
      l.code,
      l.sessionId,
      l.number,
      l.content,
      l.issuedAt,
      l.issuedBy,
    );
  }

  letter(
    code: string,
  ): { code: string; sessionId: string; number: string; content: string; issuedAt: string; issuedBy: string } | undefined {
    return stmt(
      this.db,
      `SELECT code, session_id AS sessionId, number, content, issued_at AS issuedAt, issued_by AS issuedBy
         FROM results_letters WHERE code = ?`,
    ).get(code) as ReturnType<ResultStore['letter']>;
  }
}
