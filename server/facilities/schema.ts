import type { Migration } from '../db/migrate.js';

/** The facility checklist's ticks: one row per item, the latest status with who and when. */
export const FACILITY_MIGRATIONS: readonly Migration[] = [
  {
    name: '0100-facility-checks',
    sql: `
      CREATE TABLE facility_checks (
        item_id TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('ok', 'not-ok', 'na')),
        note TEXT NOT NULL DEFAULT '',
        checked_by TEXT NOT NULL,
        checked_at TEXT NOT NULL
      ) STRICT;
    `,
  },
];
