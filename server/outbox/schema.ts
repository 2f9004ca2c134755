import type { Migration } from '../db/migrate.js';

/**
 * The hub's outbox: what the region may see, numbered and append-only (triggers refuse UPDATE and
 * DELETE). `outbox_latest` remembers each subject's newest payload hash, so an unchanged summary is
 * never appended twice. `outbox_link` holds the one regional link (address, pinned CA, venue key,
 * the sequence the region acknowledged).
 */
export const OUTBOX_MIGRATIONS: readonly Migration[] = [
  {
    name: '0600-outbox',
    sql: `
      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        at TEXT NOT NULL,
        payload TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER outbox_no_update BEFORE UPDATE ON outbox BEGIN SELECT RAISE(ABORT, 'outbox is append-only'); END;
      CREATE TRIGGER outbox_no_delete BEFORE DELETE ON outbox BEGIN SELECT RAISE(ABORT, 'outbox is append-only'); END;
      CREATE TABLE outbox_latest (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (kind, key)
      ) STRICT;
      CREATE TABLE outbox_link (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        region_url TEXT NOT NULL,
        ca_fingerprint TEXT NOT NULL,
        ca_pem TEXT NOT NULL,
        venue_id TEXT NOT NULL,
        venue_key TEXT NOT NULL,
        acked_seq INTEGER NOT NULL DEFAULT 0,
        last_push_at TEXT,
        last_error TEXT
      ) STRICT;
    `,
  },
  {
    name: '0601-outbox-refusals',
    sql: `
      -- Events the region refused (unknown kind, off the contract): recorded here and skipped, so the
      -- venue's later events still reach the region; shown on the dashboard with what to do.
      CREATE TABLE outbox_refusals (
        seq INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        refused_at TEXT NOT NULL,
        reason_id TEXT NOT NULL,
        reason_en TEXT NOT NULL
      ) STRICT;
      -- The last failure in both languages, and its code (venue-key: the key was revoked).
      ALTER TABLE outbox_link ADD COLUMN last_error_id TEXT;
      ALTER TABLE outbox_link ADD COLUMN last_error_code TEXT;
    `,
  },
];
