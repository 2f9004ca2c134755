import type { Migration } from '../db/migrate.js';

/**
 * Results tables. Append-only: a participant's current result is their latest entry; a correction
 * is a new entry naming the one it replaces and why. Explanations of anomalies are appended too.
 * Rows go only with their whole session (which exam day deletes only before anyone checked in).
 */
export const RESULTS_MIGRATIONS: readonly Migration[] = [
  {
    name: 'results-0001-entries-imports-explanations-letters',
    sql: `
      CREATE TABLE results_imports (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES exam_sessions(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        format TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        imported INTEGER NOT NULL,
        unchanged INTEGER NOT NULL,
        rejected INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE results_entries (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES exam_sessions(id) ON DELETE CASCADE,
        number TEXT NOT NULL,
        scores TEXT NOT NULL,
        total REAL NOT NULL,
        track TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('import', 'manual', 'correction')),
        import_id INTEGER REFERENCES results_imports(id),
        supersedes INTEGER REFERENCES results_entries(id),
        reason TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX results_entries_participant ON results_entries (session_id, number, id);

      CREATE TABLE results_explanations (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES exam_sessions(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        number TEXT NOT NULL,
        text TEXT NOT NULL,
        at TEXT NOT NULL,
        by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX results_explanations_session ON results_explanations (session_id, kind, number, id);

      CREATE TABLE results_letters (
        code TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES exam_sessions(id) ON DELETE CASCADE,
        number TEXT NOT NULL,
        content TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        issued_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX results_letters_participant ON results_letters (session_id, number);
    `,
  },
];
