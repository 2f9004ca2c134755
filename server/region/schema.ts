/**
 * The regional store on PostgreSQL: one schema, `siapcat_region`, changed only by these migrations
 * (in order, each once, in a transaction, under an advisory lock so two regions starting together
 * cannot race). A name once released is never edited, only followed by a new one.
 */
export const REGION_SCHEMA = 'siapcat_region';

export interface PgMigration {
  name: string;
  sql: string;
}

export const REGION_MIGRATIONS: readonly PgMigration[] = [
  {
    name: '0001-region',
    sql: `
      CREATE TABLE users (
        username TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('regional-admin', 'regional-monitor')),
        password_hash TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        username TEXT NOT NULL REFERENCES users(username) ON DELETE CASCADE,
        expires_at TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE venues (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        key_hash TEXT UNIQUE,
        created_at TIMESTAMPTZ NOT NULL,
        joined_at TIMESTAMPTZ,
        last_heard_at TIMESTAMPTZ,
        acked_seq BIGINT NOT NULL DEFAULT 0,
        head_seq BIGINT NOT NULL DEFAULT 0
      );
      -- One-time venue codes: only the hash is kept; used_at set once.
      CREATE TABLE venue_codes (
        code_hash TEXT PRIMARY KEY,
        venue_id TEXT NOT NULL REFERENCES venues(id) ON DELETE CASCADE,
        created_by TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        expires_at TIMESTAMPTZ NOT NULL,
        used_at TIMESTAMPTZ
      );
      -- Every event each venue pushed, once: a retried batch hits the primary key and is not counted twice.
      CREATE TABLE events (
        venue_id TEXT NOT NULL REFERENCES venues(id) ON DELETE CASCADE,
        seq BIGINT NOT NULL,
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        at TIMESTAMPTZ NOT NULL,
        received_at TIMESTAMPTZ NOT NULL,
        payload JSONB NOT NULL,
        PRIMARY KEY (venue_id, seq)
      );
      -- The newest state of each subject (a venue's readiness, a session's counts, an incident):
      -- only a higher sequence replaces it, so late or replayed events never roll it back.
      CREATE TABLE subjects (
        venue_id TEXT NOT NULL REFERENCES venues(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        seq BIGINT NOT NULL,
        at TIMESTAMPTZ NOT NULL,
        deleted BOOLEAN NOT NULL,
        payload JSONB NOT NULL,
        PRIMARY KEY (venue_id, kind, key)
      );
    `,
  },
  {
    name: '0002-refusals-and-keys',
    sql: `
      -- An event the region refused keeps its place (its payload dropped, the reason kept), so the
      -- acknowledgement walks past it and the venue's later events are not held behind it.
      ALTER TABLE events ADD COLUMN refused JSONB;
      -- Key rotation: the next key works at once; the first push with it retires the old one.
      -- Revocation clears both; the venue's data stays, its pushes are refused until it joins again.
      ALTER TABLE venues ADD COLUMN pending_key_hash TEXT UNIQUE;
      ALTER TABLE venues ADD COLUMN rotate_requested BOOLEAN NOT NULL DEFAULT FALSE;
      ALTER TABLE venues ADD COLUMN revoked_at TIMESTAMPTZ;
      ALTER TABLE venues ADD COLUMN revoked_by TEXT;
    `,
  },
];
