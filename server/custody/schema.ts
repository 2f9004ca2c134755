import type { Migration } from '../db/migrate.js';

/**
 * Custody and rehearsal records. Append-only except where a record is completed (a seal opened,
 * a trial finished, a drill's marks): nothing here is ever deleted. Times are ISO 8601 UTC.
 */
export const CUSTODY_MIGRATIONS: readonly Migration[] = [
  {
    name: 'custody-0001-seals-handovers-trials',
    sql: `
      CREATE TABLE custody_seals (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        room_id TEXT NOT NULL,
        seal_number TEXT NOT NULL,
        installed_at TEXT NOT NULL,
        installed_by TEXT NOT NULL,
        install_witness TEXT NOT NULL,
        opened_at TEXT,
        opened_by TEXT,
        open_witness TEXT,
        seal_number_read TEXT,
        intact INTEGER,
        session_id TEXT,
        incident_id INTEGER,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX custody_seals_room ON custody_seals (room_id, id);
      CREATE UNIQUE INDEX custody_seals_one_open ON custody_seals (room_id) WHERE opened_at IS NULL;

      CREATE TABLE custody_handovers (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
        at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        body TEXT NOT NULL
      ) STRICT;

      CREATE TABLE custody_witnesses (
        record_kind TEXT NOT NULL CHECK (record_kind IN ('seal', 'handover', 'trial')),
        record_id INTEGER NOT NULL,
        username TEXT NOT NULL,
        role TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (record_kind, record_id, username)
      ) STRICT;

      CREATE TABLE custody_trials (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('network', 'power')),
        status TEXT NOT NULL CHECK (status IN ('running', 'complete')),
        started_at TEXT NOT NULL,
        ended_at TEXT,
        started_by TEXT NOT NULL,
        probe_bytes INTEGER NOT NULL,
        schedule TEXT NOT NULL,
        thresholds TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        drill TEXT
      ) STRICT;

      CREATE TABLE custody_trial_results (
        trial_id INTEGER NOT NULL REFERENCES custody_trials (id),
        agent_id TEXT NOT NULL,
        role TEXT NOT NULL,
        room_id TEXT,
        server_id TEXT,
        seat INTEGER,
        status TEXT NOT NULL CHECK (status IN ('waiting', 'answered', 'no-answer')),
        result TEXT,
        connected_at_end INTEGER,
        PRIMARY KEY (trial_id, agent_id)
      ) STRICT;
    `,
  },
  {
    name: 'custody-0002-seat-switches',
    sql: `
      CREATE TABLE custody_seat_switches (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT NOT NULL,
        participant_number TEXT NOT NULL,
        participant_name TEXT NOT NULL,
        from_room TEXT NOT NULL,
        from_seat INTEGER NOT NULL,
        from_pc TEXT,
        to_room TEXT NOT NULL,
        to_seat INTEGER NOT NULL,
        to_pc TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL,
        by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX custody_seat_switches_session ON custody_seat_switches (session_id, id);
    `,
  },
  {
    // Photos as evidence: the bytes once per sha256 (a photo attached twice is kept once), and each
    // record part it is attached to. In the database rather than as files: one backup holds the
    // records and their evidence, a photo and its audit entry are written in one transaction, and
    // no file name from outside is ever used.
    name: 'custody-0003-photos',
    sql: `
      CREATE TABLE custody_photos (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        type TEXT NOT NULL CHECK (type IN ('image/jpeg', 'image/png', 'image/webp')),
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        bytes BLOB NOT NULL,
        at TEXT NOT NULL,
        by TEXT NOT NULL
      ) STRICT;

      CREATE TABLE custody_photo_links (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        sha256 TEXT NOT NULL REFERENCES custody_photos (sha256),
        kind TEXT NOT NULL CHECK (kind IN ('seal', 'handover', 'incident')),
        subject_id TEXT NOT NULL,
        part TEXT NOT NULL,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        UNIQUE (kind, subject_id, part, sha256)
      ) STRICT;
    `,
  },
];
