import type Database from 'better-sqlite3';

/**
 * A schema change. `name` is unique and never reused; migrations run once each, in the order
 * of the list, inside a transaction. Feature areas keep their own lists (see migrations.ts).
 */
export interface Migration {
  name: string;
  sql: string;
}

export function migrate(db: Database.Database, migrations: readonly Migration[]): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const applied = new Set(
    db
      .prepare('SELECT name FROM schema_migrations')
      .all()
      .map((row) => (row as { name: string }).name),
  );
  const names = new Set<string>();
  const ran: string[] = [];
  for (const migration of migrations) {
    if (names.has(migration.name)) throw new Error(`duplicate migration name ${migration.name}`);
    names.add(migration.name);
    if (applied.has(migration.name)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(migration.name, new Date().toISOString());
    })();
    ran.push(migration.name);
  }
  return ran;
}
