import type Database from 'better-sqlite3';

/**
 * Prepared statements kept per SQL text: preparing compiles the SQL, which costs far more than
 * running a small statement, so repositories on hot paths (an agent's hello, a report) reuse them.
 */
export function statements(db: Database.Database): (sql: string) => Database.Statement {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
}
