import type { Migration } from '../db/migrate.js';

/** The venue model: one venue, its rooms with seat grids, and its servers (at most 200 clients each). */
export const VENUE_MIGRATIONS: readonly Migration[] = [
  {
    name: 'venue-0001-model',
    sql: `
      CREATE TABLE venue (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        address TEXT NOT NULL,
        time_zone TEXT NOT NULL
      ) STRICT;
      CREATE TABLE rooms (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        rows INTEGER NOT NULL,
        cols INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE servers (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        room_id TEXT REFERENCES rooms(id) ON DELETE SET NULL,
        client_limit INTEGER NOT NULL CHECK (client_limit BETWEEN 1 AND 200),
        registered_by TEXT NOT NULL DEFAULT 'admin'
      ) STRICT;
      CREATE TABLE seats (
        room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        row INTEGER NOT NULL,
        col INTEGER NOT NULL,
        server_id TEXT REFERENCES servers(id) ON DELETE SET NULL,
        PRIMARY KEY (room_id, number)
      ) STRICT;
    `,
  },
  {
    // The town the berita acara is signed in ("Batulicin, 4 Desember 2026").
    name: 'venue-0002-city',
    sql: `ALTER TABLE venue ADD COLUMN city TEXT NOT NULL DEFAULT '';`,
  },
];
