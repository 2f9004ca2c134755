import type { Migration } from '../db/migrate.js';

/**
 * Exam-day tables. Times are ISO 8601 UTC strings; a session keeps its venue zone for display.
 * Check-ins, PINs, refusals and the audit log are only ever appended or marked (revoked_at,
 * deleted_at), never deleted, except with their whole session before anyone checked in.
 */
export const EXAM_MIGRATIONS: readonly Migration[] = [
  {
    name: 'exam-0001-sessions-roster-desk-audit',
    sql: `
      CREATE TABLE exam_sessions (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        starts_at TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL,
        blind_duration_minutes INTEGER NOT NULL,
        pin_close_minutes INTEGER NOT NULL,
        registration_opens_minutes INTEGER NOT NULL DEFAULT 240,
        rooms TEXT NOT NULL DEFAULT '[]',
        venue_name TEXT NOT NULL DEFAULT '',
        venue_address TEXT NOT NULL DEFAULT '',
        signatories TEXT NOT NULL DEFAULT '{"panselda":[],"timCat":[],"pengawas":[]}',
        actual_start_at TEXT,
        actual_end_at TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT
      ) STRICT;

      CREATE TABLE exam_participants (
        session_id TEXT NOT NULL REFERENCES exam_sessions(id) ON DELETE CASCADE,
        number TEXT NOT NULL,
        nik TEXT NOT NULL,
        name TEXT NOT NULL,
        jabatan TEXT NOT NULL DEFAULT '',
        room TEXT NOT NULL DEFAULT '',
        seat TEXT NOT NULL DEFAULT '',
        disability TEXT NOT NULL DEFAULT '',
        blind INTEGER NOT NULL DEFAULT 0,
        birth_date TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL,
        updated_at TEXT,
        PRIMARY KEY (session_id, number)
      ) STRICT;
      CREATE INDEX exam_participants_nik ON exam_participants (session_id, nik);
      CREATE INDEX exam_participants_number ON exam_participants (number);

      CREATE TABLE exam_imports (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES exam_sessions(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        format TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        added INTEGER NOT NULL,
        updated INTEGER NOT NULL,
        unchanged INTEGER NOT NULL,
        rejected INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE exam_checkins (
        session_id TEXT NOT NULL,
        number TEXT NOT NULL,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        override_by TEXT,
        override_reason TEXT,
        PRIMARY KEY (session_id, number),
        FOREIGN KEY (session_id, number) REFERENCES exam_participants(session_id, number) ON DELETE CASCADE
      ) STRICT;

      CREATE TABLE exam_pins (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL,
        number TEXT NOT NULL,
        pin_hash TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        issued_by TEXT NOT NULL,
        reason TEXT NOT NULL,
        override_by TEXT,
        override_reason TEXT,
        revoked_at TEXT,
        revoked_by TEXT,
        revoke_reason TEXT,
        FOREIGN KEY (session_id, number) REFERENCES exam_participants(session_id, number) ON DELETE CASCADE
      ) STRICT;
      CREATE UNIQUE INDEX exam_pins_unique ON exam_pins (session_id, pin_hash);
      CREATE UNIQUE INDEX exam_pins_active ON exam_pins (session_id, number) WHERE revoked_at IS NULL;
      CREATE INDEX exam_pins_participant ON exam_pins (session_id, number);

      CREATE TABLE exam_refusals (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES exam_sessions(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        code TEXT NOT NULL,
        number TEXT,
        scanned TEXT NOT NULL,
        nik_masked TEXT NOT NULL
      ) STRICT;
      CREATE INDEX exam_refusals_session ON exam_refusals (session_id, number);

      CREATE TABLE exam_incidents (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES exam_sessions(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        room TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,
        description TEXT NOT NULL,
        minutes_lost INTEGER NOT NULL DEFAULT 0,
        time_added INTEGER NOT NULL DEFAULT 0,
        added_minutes INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT,
        updated_by TEXT,
        deleted_at TEXT,
        deleted_by TEXT
      ) STRICT;

      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        session_id TEXT,
        subject TEXT,
        data TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_session ON audit_log (session_id, seq);
    `,
  },
  {
    name: 'exam-0002-pin-source',
    sql: `
      ALTER TABLE exam_sessions ADD COLUMN pin_source TEXT NOT NULL DEFAULT 'siapcat' CHECK (pin_source IN ('siapcat', 'bkn'));
      ALTER TABLE exam_checkins ADD COLUMN slip_ref TEXT;
    `,
  },
];
