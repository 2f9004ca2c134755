import type { Migration } from '../db/migrate.js';

export const AUTH_MIGRATIONS: readonly Migration[] = [
  {
    name: '0001-auth',
    sql: `
      CREATE TABLE users (
        username TEXT PRIMARY KEY,
        password_hash TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT 'admin',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE auth_sessions (
        token_hash TEXT PRIMARY KEY,
        username TEXT NOT NULL REFERENCES users(username) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    name: '0002-auth-login-throttle',
    sql: `
      CREATE TABLE login_throttle (
        key TEXT PRIMARY KEY,
        failures TEXT NOT NULL,
        last_ms INTEGER NOT NULL
      ) STRICT;
    `,
  },
];
