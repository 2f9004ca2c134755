import type { Migration } from '../db/migrate.js';

/**
 * Machines (one per agent identity) with their placement and latest report, and every report
 * received (history). The capacity triggers are the database's own guard of the 200 rule: the hub
 * decides placements in one synchronous transaction, and SQLite refuses any write that would
 * still overfill a server or lower a limit below the clients placed.
 */
export const AGENT_MIGRATIONS: readonly Migration[] = [
  {
    name: 'agents-0001-machines',
    sql: `
      CREATE TABLE machines (
        id TEXT PRIMARY KEY,
        role TEXT NOT NULL,
        key_hash TEXT NOT NULL,
        key_confirmed INTEGER NOT NULL DEFAULT 0,
        server_id TEXT REFERENCES servers(id),
        room_id TEXT REFERENCES rooms(id),
        seat INTEGER,
        wanted_server_id TEXT,
        wanted_room_id TEXT,
        wanted_seat INTEGER,
        placed_by TEXT NOT NULL DEFAULT 'agent',
        refusal TEXT,
        waiting INTEGER NOT NULL DEFAULT 0,
        refused_at TEXT,
        last_seq INTEGER NOT NULL DEFAULT 0,
        verdict TEXT,
        checklist TEXT,
        reported_at TEXT,
        checks TEXT,
        failing TEXT NOT NULL DEFAULT '[]',
        unknowns TEXT NOT NULL DEFAULT '[]',
        enrolled_at TEXT NOT NULL,
        last_seen_at TEXT,
        host TEXT,
        addresses TEXT NOT NULL DEFAULT '[]',
        agent_version TEXT
      ) STRICT;
      CREATE INDEX machines_server ON machines(server_id);
      CREATE INDEX machines_wanted ON machines(wanted_server_id) WHERE waiting = 1;
      CREATE UNIQUE INDEX machines_seat ON machines(room_id, seat) WHERE room_id IS NOT NULL AND seat IS NOT NULL;

      CREATE TABLE machine_reports (
        machine_id TEXT NOT NULL REFERENCES machines(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        received_at TEXT NOT NULL,
        gathered_at TEXT NOT NULL,
        verdict TEXT NOT NULL,
        checklist TEXT NOT NULL,
        report TEXT NOT NULL,
        changes TEXT NOT NULL,
        PRIMARY KEY (machine_id, seq)
      ) STRICT;

      CREATE TRIGGER machines_capacity_insert BEFORE INSERT ON machines
      WHEN NEW.role = 'client' AND NEW.server_id IS NOT NULL
        AND (SELECT count(*) FROM machines WHERE server_id = NEW.server_id AND role = 'client')
          >= (SELECT client_limit FROM servers WHERE id = NEW.server_id)
      BEGIN SELECT RAISE(ABORT, 'server-full'); END;

      CREATE TRIGGER machines_capacity_update BEFORE UPDATE OF server_id, role ON machines
      WHEN NEW.role = 'client' AND NEW.server_id IS NOT NULL
        AND (OLD.server_id IS NOT NEW.server_id OR OLD.role <> 'client')
        AND (SELECT count(*) FROM machines WHERE server_id = NEW.server_id AND role = 'client' AND id <> NEW.id)
          >= (SELECT client_limit FROM servers WHERE id = NEW.server_id)
      BEGIN SELECT RAISE(ABORT, 'server-full'); END;

      CREATE TRIGGER servers_limit_update BEFORE UPDATE OF client_limit ON servers
      WHEN NEW.client_limit < (SELECT count(*) FROM machines WHERE server_id = NEW.id AND role = 'client')
      BEGIN SELECT RAISE(ABORT, 'limit-below-placed'); END;
    `,
  },
  {
    // The machine's serial number as its agent reads it (BIOS/DMI), to match a BAST's mobile server.
    name: 'agents-0002-serial',
    sql: `ALTER TABLE machines ADD COLUMN serial TEXT;`,
  },
  {
    name: 'agents-0003-enrollment-codes',
    sql: `
      CREATE TABLE enrollment_codes (
        id TEXT PRIMARY KEY,
        code_hash TEXT NOT NULL UNIQUE,
        label TEXT NOT NULL,
        role TEXT NOT NULL,
        room_id TEXT,
        machine_id TEXT,
        max_uses INTEGER NOT NULL CHECK (max_uses >= 1),
        uses INTEGER NOT NULL DEFAULT 0,
        expires_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      ) STRICT;
      ALTER TABLE machines ADD COLUMN approval TEXT NOT NULL DEFAULT 'approved';
      ALTER TABLE machines ADD COLUMN enrolled_with TEXT;
    `,
  },
];
