import type { Db } from '../db/open.js';
import type { Clock, RandomSource } from '../../protocol/ports.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { newToken, tokenHash } from './tokens.js';

/** Login sessions last one exam day and a half: long enough for 06:00 to the last session's minutes. */
export const SESSION_HOURS = 36;

export interface AuthUser {
  username: string;
  role: string;
}

/** Storage of users and their login sessions. */
export class UserStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly random: RandomSource,
  ) {}

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
  }

  /** Creates or replaces a user's password. */
  setPassword(username: string, password: string, role = 'admin'): void {
    this.db
      .prepare(
        `INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(username) DO UPDATE SET password_hash = excluded.password_hash`,
      )
      .run(username, hashPassword(password, this.random), role, this.clock.now().toISOString());
  }

  /** Checks a password and, when right, opens a session; undefined when wrong or unknown. */
  login(username: string, password: string): { token: string; expiresAt: string; user: AuthUser } | undefined {
    const row = this.db.prepare('SELECT username, password_hash, role FROM users WHERE username = ?').get(username) as
      | { username: string; password_hash: string; role: string }
      | undefined;
    if (!row || !verifyPassword(password, row.password_hash)) return undefined;
    const token = newToken(this.random);
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString();
    this.db
      .prepare('INSERT INTO auth_sessions (token_hash, username, created_at, expires_at) VALUES (?, ?, ?, ?)')
      .run(tokenHash(token), row.username, now.toISOString(), expiresAt);
    return { token, expiresAt, user: { username: row.username, role: row.role } };
  }

  /** The user a bearer token belongs to, if the session is still valid. */
  authenticate(token: string): AuthUser | undefined {
    const row = this.db
      .prepare(
        `SELECT u.username, u.role, s.expires_at FROM auth_sessions s JOIN users u USING (username)
         WHERE s.token_hash = ?`,
      )
      .get(tokenHash(token)) as { username: string; role: string; expires_at: string } | undefined;
    if (!row || row.expires_at <= this.clock.now().toISOString()) return undefined;
    return { username: row.username, role: row.role };
  }

  logout(token: string): void {
    this.db.prepare('DELETE FROM auth_sessions WHERE token_hash = ?').run(tokenHash(token));
  }

  /** Drops expired sessions (run by a cron job). */
  sweepExpired(): number {
    return this.db.prepare('DELETE FROM auth_sessions WHERE expires_at <= ?').run(this.clock.now().toISOString())
      .changes;
  }
}
