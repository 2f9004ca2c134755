import type pg from 'pg';
import { REGION_MIGRATIONS, REGION_SCHEMA, type PgMigration } from './schema.js';

/** An arbitrary constant: the advisory lock key of region migrations. */
const MIGRATION_LOCK = 0x51a9ca7;

/** Creates the schema and runs the migrations not yet applied. Returns the names it ran. */
export async function migrateRegion(pool: pg.Pool, migrations: readonly PgMigration[] = REGION_MIGRATIONS): Promise<string[]> {
  const client = await pool.connect();
  const ran: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${REGION_SCHEMA}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${REGION_SCHEMA}.schema_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)`,
    );
    const { rows } = await client.query<{ name: string }>(`SELECT name FROM ${REGION_SCHEMA}.schema_migrations`);
    const applied = new Set(rows.map((r) => r.name));
    for (const migration of migrations) {
      if (applied.has(migration.name)) continue;
      await client.query('BEGIN');
      try {
        await client.query(`SET LOCAL search_path TO ${REGION_SCHEMA}`);
        await client.query(migration.sql);
        await client.query(`INSERT INTO ${REGION_SCHEMA}.schema_migrations (name, applied_at) VALUES ($1, now())`, [migration.name]);
        await client.query('COMMIT');
        ran.push(migration.name);
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
  return ran;
}
