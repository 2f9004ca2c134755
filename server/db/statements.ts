import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A prepared statement, compiled once per connection and reused: preparing compiles the SQL, which
 * costs far more than running a small statement (on the check-in path it was a tenth of the CPU
 * time; authenticating every API request prepared one more each time).
 */
export function stmt(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

/** `stmt` bound to one connection, for repositories that run many statements. */
export function statements(db: Database.Database): (sql: string) => Database.Statement {
  return (sql) => stmt(db, sql);
}
