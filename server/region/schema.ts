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
  {
    name: '0003-push-in-one-call',
    sql: `
      -- One venue push in one call (one round trip instead of seven): lock the venue, store each event
      -- once, keep the newest state per subject, place the refused events, walk the acknowledgement as far
      -- as sequences follow one another (at most 20,000 past it per push), record it. One statement is
      -- one transaction: all of it or nothing.
      CREATE FUNCTION push_events(
        p_venue TEXT, p_now TIMESTAMPTZ, p_head BIGINT,
        e_seq BIGINT[], e_kind TEXT[], e_key TEXT[], e_at TIMESTAMPTZ[], e_deleted BOOLEAN[], e_payload JSONB[],
        r_seq BIGINT[], r_kind TEXT[], r_reason JSONB[]
      ) RETURNS TABLE (acked BIGINT, stored BIGINT, rotate BOOLEAN)
      LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
      DECLARE
        v_acked BIGINT;
        v_stored BIGINT := 0;
        v_rotate BOOLEAN;
      BEGIN
        SELECT v.acked_seq INTO v_acked FROM venues v WHERE v.id = p_venue FOR UPDATE;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'unknown venue %', p_venue;
        END IF;
        IF cardinality(e_seq) > 0 THEN
          INSERT INTO events (venue_id, seq, kind, key, at, received_at, payload)
            SELECT p_venue, e.seq, e.kind, e.key, e.at, p_now, e.payload
              FROM unnest(e_seq, e_kind, e_key, e_at, e_payload) AS e(seq, kind, key, at, payload)
            ON CONFLICT (venue_id, seq) DO NOTHING;
          GET DIAGNOSTICS v_stored = ROW_COUNT;
          INSERT INTO subjects AS s (venue_id, kind, key, seq, at, deleted, payload)
            SELECT DISTINCT ON (e.kind, e.key) p_venue, e.kind, e.key, e.seq, e.at, e.deleted, e.payload
              FROM unnest(e_seq, e_kind, e_key, e_at, e_deleted, e_payload) AS e(seq, kind, key, at, deleted, payload)
             ORDER BY e.kind, e.key, e.seq DESC
            ON CONFLICT (venue_id, kind, key) DO UPDATE
              SET seq = excluded.seq, at = excluded.at, deleted = excluded.deleted, payload = excluded.payload
              WHERE s.seq < excluded.seq;
        END IF;
        IF cardinality(r_seq) > 0 THEN
          INSERT INTO events (venue_id, seq, kind, key, at, received_at, payload, refused)
            SELECT p_venue, r.seq, r.kind, '', p_now, p_now, '{}'::jsonb, r.reason
              FROM unnest(r_seq, r_kind, r_reason) AS r(seq, kind, reason)
            ON CONFLICT (venue_id, seq) DO NOTHING;
        END IF;
        -- Past the acknowledgement, the n-th stored sequence is acked + n exactly while nothing is missing.
        SELECT COALESCE(max(w.seq), v_acked) INTO v_acked
          FROM (SELECT x.seq, row_number() OVER (ORDER BY x.seq) AS n
                  FROM (SELECT ev.seq FROM events ev WHERE ev.venue_id = p_venue AND ev.seq > v_acked ORDER BY ev.seq LIMIT 20000) x) w
         WHERE w.seq = v_acked + w.n;
        UPDATE venues v SET acked_seq = v_acked, head_seq = GREATEST(p_head, v_acked), last_heard_at = p_now
         WHERE v.id = p_venue RETURNING v.rotate_requested INTO v_rotate;
        RETURN QUERY SELECT v_acked, v_stored, v_rotate;
      END;
      $fn$;
    `,
  },
  {
    name: '0004-push-as-one-json',
    sql: `
      -- The same push in one call, its events given as ONE json text (as the venue sent them) rather than
      -- nine arrays: the region no longer serializes each payload into an array literal (half of its CPU
      -- per push was that and the checks), and PostgreSQL reads the text once (MATERIALIZED) for both
      -- the events insert and the newest-state upsert. Semantics unchanged (see 0003).
      -- The events' foreign key to venues goes: it was a trigger and a lookup per event (a third of a
      -- 500-event push's time in PostgreSQL), checking what push_events has already made sure of: it
      -- locks the venue's row first and raises for an unknown venue, and venues are never deleted
      -- (a revoked venue keeps its data). The newest-state table keeps its key (a few rows per push).
      ALTER TABLE events DROP CONSTRAINT events_venue_id_fkey;
      DROP FUNCTION push_events(TEXT, TIMESTAMPTZ, BIGINT, BIGINT[], TEXT[], TEXT[], TIMESTAMPTZ[], BOOLEAN[], JSONB[], BIGINT[], TEXT[], JSONB[]);
      CREATE FUNCTION push_events(p_venue TEXT, p_now TIMESTAMPTZ, p_head BIGINT, p_events JSON, p_refused JSON)
      RETURNS TABLE (acked BIGINT, stored BIGINT, rotate BOOLEAN)
      LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
      DECLARE
        v_acked BIGINT;
        v_stored BIGINT := 0;
        v_rotate BOOLEAN;
      BEGIN
        SELECT v.acked_seq INTO v_acked FROM venues v WHERE v.id = p_venue FOR UPDATE;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'unknown venue %', p_venue;
        END IF;
        IF json_array_length(p_events) > 0 THEN
          WITH e AS MATERIALIZED (
                 SELECT * FROM json_to_recordset(p_events)
                   AS x(seq BIGINT, kind TEXT, key TEXT, at TIMESTAMPTZ, deleted BOOLEAN, payload JSONB)
               ),
               stored AS (
                 INSERT INTO events (venue_id, seq, kind, key, at, received_at, payload)
                   SELECT p_venue, e.seq, e.kind, e.key, e.at, p_now, e.payload FROM e
                 ON CONFLICT (venue_id, seq) DO NOTHING
                 RETURNING 1
               ),
               newest AS (
                 INSERT INTO subjects AS s (venue_id, kind, key, seq, at, deleted, payload)
                   SELECT DISTINCT ON (e.kind, e.key) p_venue, e.kind, e.key, e.seq, e.at, e.deleted, e.payload
                     FROM e ORDER BY e.kind, e.key, e.seq DESC
                 ON CONFLICT (venue_id, kind, key) DO UPDATE
                   SET seq = excluded.seq, at = excluded.at, deleted = excluded.deleted, payload = excluded.payload
                   WHERE s.seq < excluded.seq
               )
          SELECT count(*) INTO v_stored FROM stored;
        END IF;
        IF json_array_length(p_refused) > 0 THEN
          INSERT INTO events (venue_id, seq, kind, key, at, received_at, payload, refused)
            SELECT p_venue, r.seq, r.kind, '', p_now, p_now, '{}'::jsonb, r.reason
              FROM json_to_recordset(p_refused) AS r(seq BIGINT, kind TEXT, reason JSONB)
            ON CONFLICT (venue_id, seq) DO NOTHING;
        END IF;
        -- Past the acknowledgement, the n-th stored sequence is acked + n exactly while nothing is missing.
        SELECT COALESCE(max(w.seq), v_acked) INTO v_acked
          FROM (SELECT x.seq, row_number() OVER (ORDER BY x.seq) AS n
                  FROM (SELECT ev.seq FROM events ev WHERE ev.venue_id = p_venue AND ev.seq > v_acked ORDER BY ev.seq LIMIT 20000) x) w
         WHERE w.seq = v_acked + w.n;
        UPDATE venues v SET acked_seq = v_acked, head_seq = GREATEST(p_head, v_acked), last_heard_at = p_now
         WHERE v.id = p_venue RETURNING v.rotate_requested INTO v_rotate;
        RETURN QUERY SELECT v_acked, v_stored, v_rotate;
      END;
      $fn$;
    `,
  },
  {
    name: '0005-push-as-jsonb',
    sql: `
      -- The same push, for about half the PostgreSQL CPU (bench/region, 2026-12-04): the events come as ONE
      -- jsonb value, read once when the call is bound, and each payload is taken from it as it is; with a
      -- json text, PostgreSQL parsed the text again inside the function and converted every payload on its
      -- own, and that work, done inside the function, made the backend grow and shrink its memory on every
      -- push (page faults about six times per event). The events go straight into the insert (no
      -- materialized copy of the push, no sort of whole payloads); the newest state per subject is taken
      -- from the rows this push stored and read back by key. Semantics unchanged (see 0003): an event stored
      -- by an earlier push already updated its subject in that push's transaction, so only newly stored
      -- events can move a subject forward. A tombstone is the payload {"deleted": true} exactly, as the hub
      -- writes it (protocol isTombstone); the events no longer carry a "deleted" field. A sequence is read as
      -- a number and then made whole: the region has checked it is a safe integer, and the venue may have
      -- written it 5.0 (which bigint's own reading refuses).
      DROP FUNCTION push_events(TEXT, TIMESTAMPTZ, BIGINT, JSON, JSON);
      CREATE FUNCTION push_events(p_venue TEXT, p_now TIMESTAMPTZ, p_head BIGINT, p_events JSONB, p_refused JSON)
      RETURNS TABLE (acked BIGINT, stored BIGINT, rotate BOOLEAN)
      LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
      DECLARE
        v_acked BIGINT;
        v_stored BIGINT;
        v_newest BIGINT[];
        v_rotate BOOLEAN;
      BEGIN
        SELECT v.acked_seq INTO v_acked FROM venues v WHERE v.id = p_venue FOR UPDATE;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'unknown venue %', p_venue;
        END IF;
        WITH stored AS (
               INSERT INTO events (venue_id, seq, kind, key, at, received_at, payload)
                 SELECT p_venue, e.seq::bigint, e.kind, e.key, e.at, p_now, e.payload
                   FROM jsonb_to_recordset(p_events) AS e(seq NUMERIC, kind TEXT, key TEXT, at TIMESTAMPTZ, payload JSONB)
               ON CONFLICT (venue_id, seq) DO NOTHING
               RETURNING seq, kind, key
             )
        SELECT count(*), array_agg(n.seq) FILTER (WHERE n.newest)
          INTO v_stored, v_newest
          FROM (SELECT s.seq, s.seq = max(s.seq) OVER (PARTITION BY s.kind, s.key) AS newest FROM stored s) n;
        IF v_stored > 0 THEN
          -- A second statement: it sees the rows the first one stored.
          INSERT INTO subjects AS s (venue_id, kind, key, seq, at, deleted, payload)
            SELECT ev.venue_id, ev.kind, ev.key, ev.seq, ev.at, ev.payload = '{"deleted": true}'::jsonb, ev.payload
              FROM events ev WHERE ev.venue_id = p_venue AND ev.seq = ANY (v_newest)
          ON CONFLICT (venue_id, kind, key) DO UPDATE
            SET seq = excluded.seq, at = excluded.at, deleted = excluded.deleted, payload = excluded.payload
            WHERE s.seq < excluded.seq;
        END IF;
        IF json_array_length(p_refused) > 0 THEN
          INSERT INTO events (venue_id, seq, kind, key, at, received_at, payload, refused)
            SELECT p_venue, r.seq, r.kind, '', p_now, p_now, '{}'::jsonb, r.reason
              FROM json_to_recordset(p_refused) AS r(seq BIGINT, kind TEXT, reason JSONB)
            ON CONFLICT (venue_id, seq) DO NOTHING;
        END IF;
        -- Past the acknowledgement, the n-th stored sequence is acked + n exactly while nothing is missing.
        SELECT COALESCE(max(w.seq), v_acked) INTO v_acked
          FROM (SELECT x.seq, row_number() OVER (ORDER BY x.seq) AS n
                  FROM (SELECT ev.seq FROM events ev WHERE ev.venue_id = p_venue AND ev.seq > v_acked ORDER BY ev.seq LIMIT 20000) x) w
         WHERE w.seq = v_acked + w.n;
        UPDATE venues v SET acked_seq = v_acked, head_seq = GREATEST(p_head, v_acked), last_heard_at = p_now
         WHERE v.id = p_venue RETURNING v.rotate_requested INTO v_rotate;
        RETURN QUERY SELECT v_acked, v_stored, v_rotate;
      END;
      $fn$;
    `,
  },
];
