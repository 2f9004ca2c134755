import type { Db } from '../db/open.js';
import type { Clock, RandomSource } from '../../protocol/ports.js';
import { stmt } from '../db/statements.js';
import { hashPassword, needsRehash, OWASP_SCRYPT, verifyPassword, type PasswordCost } from './passwords.js';
import { newToken, tokenHash } from './tokens.js';

/** Login sessions last one exam day and a half: long enough for 06:00 to the last session's minutes. */
export const SESSION_HOURS = 36;

export interface AuthUser {
  username: string;
  role: string;
}

/** Storage of users and their login sessions. */
export class UserStore {
  private readonly endedListeners = new Set<() => void>();

  /** A hash of a random password at the current cost: checked against when the username does not exist. */
  private dummy: Promise<string> | undefined;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly random: RandomSource,
    /** scrypt cost for new hashes; lower ones are rehashed at login. Tests may lower it for speed. */
    readonly cost: PasswordCost = OWASP_SCRYPT,
  ) {}

  /**
   * Calls `fn` after logins may have ended (logout, user changed or deleted, expiry sweep), so
   * holders of long-lived sockets re-check their tokens and close the ones no longer valid.
   */
  onSessionsEnded(fn: () => void): () => void {
    this.endedListeners.add(fn);
    return () => this.endedListeners.delete(fn);
  }

  private ended(): void {
    for (const fn of this.endedListeners) fn();
  }

  count(): number {
    return (stmt(this.db, 'SELECT count(*) AS n FROM users').get() as { n: number }).n;
  }

  /** Creates or replaces a user's password. */
  async setPassword(username: string, password: string, role = 'admin'): Promise<void> {
    const hash = await hashPassword(password, this.random, this.cost);
    stmt(
      this.db,
      `INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(username) DO UPDATE SET password_hash = excluded.password_hash`,
    ).run(username, hash, role, this.clock.now().toISOString());
  }

  /** Checks a password and, when right, opens a session; undefined when wrong or unknown. */
  async login(username: string, password: string): Promise<{ token: string; expiresAt: string; user: AuthUser } | undefined> {
    const row = stmt(this.db, 'SELECT username, password_hash, role FROM users WHERE username = ?').get(username) as
      { username: string; password_hash: string; role: string } | undefined;
    // An unknown name costs the same scrypt as a known one: the answer's timing does not tell which names exist.
    this.dummy ??= hashPassword(Buffer.from(this.random.bytes(16)).toString('hex'), this.random, this.cost);
    const right = await verifyPassword(password, row?.password_hash ?? (await this.dummy));
    if (!row || !right) return undefined;
    if (needsRehash(row.password_hash, this.cost)) {
      // Transparent upgrade: the password is known right now, so its hash moves to the current cost.
      const upgraded = await hashPassword(password, this.random, this.cost);
      stmt(this.db, 'UPDATE users SET password_hash = ? WHERE username = ? AND password_hash = ?').run(
        upgraded,
        row.username,
        row.password_hash,
      );
    }
    if (!this.get(row.username)) return undefined;
    const token = newToken(this.random);
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString();
    stmt(this.db, 'INSERT INTO auth_sessions (token_hash, username, created_at, expires_at) VALUES (?, ?, ?, ?)').run(
      tokenHash(token),
      row.username,
      now.toISOString(),
      expiresAt,
    );
    return { token, expiresAt, user: { username: row.username, role: row.role } };
  }

  /** The user a bearer token belongs to, if the session is still valid. */
  authenticate(token: string): AuthUser | undefined {
    const row = stmt(
      this.db,
      `SELECT u.username, u.role, s.expires_at FROM auth_sessions s JOIN users u USING (username)
       WHERE s.token_hash = ?`,
    ).get(tokenHash(token)) as { username: string; role: string; expires_at: string } | undefined;
    if (!row || row.expires_at <= this.clock.now().toISOString()) return undefined;
    return { username: row.username, role: row.role };
  }

  list(): Array<{ username: string; role: string; createdAt: string; sessions: number }> {
    return stmt(
      this.db,
      `SELECT u.username, u.role, u.created_at AS createdAt,
              (SELECT count(*) FROM auth_sessions s WHERE s.username = u.username AND s.expires_at > ?) AS sessions
       FROM users u ORDER BY u.username`,
    ).all(this.clock.now().toISOString()) as Array<{ username: string; role: string; createdAt: string; sessions: number }>;
  }

  get(username: string): AuthUser | undefined {
    return stmt(this.db, 'SELECT username, role FROM users WHERE username = ?').get(username) as AuthUser | undefined;
  }

  /** Adds a user; false when the name is taken. */
  /** `write` runs the insert (after the hash, which is async): the routes pass the audit's one-transaction writer. */
  async create(username: string, password: string, role: string, write: <T>(work: () => T) => T = (w) => w()): Promise<boolean> {
    const hash = await hashPassword(password, this.random, this.cost);
    const result = write(() =>
      stmt(this.db, 'INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING').run(
        username,
        hash,
        role,
        this.clock.now().toISOString(),
      ),
    );
    return result.changes === 1;
  }

  /** Changes the password and/or role and ends the user's logins (they log in again with the new ones). */
  async update(
    username: string,
    change: { password?: string | undefined; role?: string | undefined },
    write: <T>(work: () => T) => T = (w) => w(),
  ): Promise<void> {
    const hash = change.password === undefined ? undefined : await hashPassword(change.password, this.random, this.cost);
    write(() =>
      this.db.transaction(() => {
        if (hash !== undefined) this.db.prepare('UPDATE users SET password_hash = ? WHERE username = ?').run(hash, username);
        if (change.role !== undefined) stmt(this.db, 'UPDATE users SET role = ? WHERE username = ?').run(change.role, username);
        stmt(this.db, 'DELETE FROM auth_sessions WHERE username = ?').run(username);
      })(),
    );
    this.ended();
  }

  /** Removes a user and their logins (what they recorded keeps their name). */
  remove(username: string): void {
    stmt(this.db, 'DELETE FROM users WHERE username = ?').run(username);
    this.ended();
  }

  countRole(role: string): number {
    return (stmt(this.db, 'SELECT count(*) AS n FROM users WHERE role = ?').get(role) as { n: number }).n;
  }

  logout(token: string): void {
    stmt(this.db, 'DELETE FROM auth_sessions WHERE token_hash = ?').run(tokenHash(token));
    this.ended();
  }

  /** Drops expired sessions (run by a cron job). */
  sweepExpired(): number {
    const swept = stmt(this.db, 'DELETE FROM auth_sessions WHERE expires_at <= ?').run(this.clock.now().toISOString()).changes;
    if (swept > 0) this.ended();
    return swept;
  }
}
