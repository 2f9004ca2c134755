import type { RandomSource } from '../../protocol/ports.js';
import type { RegionRole } from '../../protocol/region.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { newToken, tokenHash } from '../auth/tokens.js';
import type { AuthUser } from '../auth/users.js';
import type { RegionStore } from './store.js';

export { REGION_ROLES, type RegionRole } from '../../protocol/region.js';

/** A regional login lasts a working day. */
const SESSION_MS = 12 * 3600_000;

/** Regional users and their bearer sessions, in PostgreSQL (tokens and passwords only as hashes). */
export class RegionUsers {
  constructor(
    private readonly store: RegionStore,
    private readonly random: RandomSource,
  ) {}

  async count(): Promise<number> {
    const { rows } = await this.store.pool.query<{ n: string }>('SELECT count(*) AS n FROM users');
    return Number(rows[0]!.n);
  }

  async put(username: string, role: RegionRole, password: string, now: Date): Promise<void> {
    await this.store.pool.query(
      `INSERT INTO users (username, role, password_hash, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (username) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash`,
      [username, role, await hashPassword(password, this.random), now],
    );
  }

  /** Every regional user: name, role, since when (never a password hash or a session). */
  async list(): Promise<Array<{ username: string; role: RegionRole; createdAt: string }>> {
    const { rows } = await this.store.pool.query<{ username: string; role: RegionRole; created_at: Date }>(
      'SELECT username, role, created_at FROM users ORDER BY username',
    );
    return rows.map((r) => ({ username: r.username, role: r.role, createdAt: r.created_at.toISOString() }));
  }

  async login(username: string, password: string, now: Date): Promise<{ token: string; user: AuthUser; expiresAt: string } | undefined> {
    const { rows } = await this.store.pool.query<{ role: string; password_hash: string }>(
      'SELECT role, password_hash FROM users WHERE username = $1',
      [username],
    );
    const row = rows[0];
    if (!row || !(await verifyPassword(password, row.password_hash))) return undefined;
    const token = newToken(this.random);
    const expiresAt = new Date(now.getTime() + SESSION_MS);
    await this.store.pool.query('INSERT INTO sessions (token_hash, username, expires_at) VALUES ($1, $2, $3)', [
      tokenHash(token),
      username,
      expiresAt,
    ]);
    return { token, user: { username, role: row.role }, expiresAt: expiresAt.toISOString() };
  }

  async authenticate(token: string, now: Date): Promise<AuthUser | undefined> {
    const { rows } = await this.store.pool.query<{ username: string; role: string }>(
      `SELECT u.username, u.role FROM sessions s JOIN users u USING (username) WHERE s.token_hash = $1 AND s.expires_at > $2`,
      [tokenHash(token), now],
    );
    return rows[0];
  }

  async logout(token: string): Promise<void> {
    await this.store.pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash(token)]);
  }
}
