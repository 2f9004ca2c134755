import type { Db } from '../db/open.js';
import { stmt } from '../db/statements.js';
import type { ThrottleState, ThrottleStore } from './throttle.js';

/** The login throttle's counters in SQLite (table login_throttle), so a restart keeps them. */
export class SqliteThrottleStore implements ThrottleStore {
  constructor(private readonly db: Db) {}

  get(key: string): ThrottleState | undefined {
    const row = stmt(this.db, 'SELECT failures FROM login_throttle WHERE key = ?').get(key) as { failures: string } | undefined;
    if (!row) return undefined;
    const failures = JSON.parse(row.failures) as unknown;
    return Array.isArray(failures) ? { failures: failures.filter((t): t is number => typeof t === 'number') } : undefined;
  }

  set(key: string, state: ThrottleState): void {
    stmt(
      this.db,
      `INSERT INTO login_throttle (key, failures, last_ms) VALUES (?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET failures = excluded.failures, last_ms = excluded.last_ms`,
    ).run(key, JSON.stringify(state.failures), state.failures.at(-1) ?? 0);
  }

  delete(key: string): void {
    stmt(this.db, 'DELETE FROM login_throttle WHERE key = ?').run(key);
  }

  /** Drops counters whose last failure is older than `olderThanMs` (cron). */
  sweep(olderThanMs: number): number {
    return stmt(this.db, 'DELETE FROM login_throttle WHERE last_ms < ?').run(olderThanMs).changes;
  }
}
