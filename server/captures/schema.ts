import type { Migration } from '../db/migrate.js';

/** Machine files imported on the hub (old-PC captures, agent snapshots) with the report they were judged into. */
export const CAPTURE_MIGRATIONS: readonly Migration[] = [
  {
    name: 'captures-0001-machine-files',
    sql: `
      CREATE TABLE captures (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        file_name TEXT NOT NULL,
        host TEXT,
        role TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('capture', 'snapshot')),
        captured_at TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        verdict TEXT NOT NULL,
        report TEXT NOT NULL
      ) STRICT;
    `,
  },
];
