import type pg from 'pg';
import type { OutboxEvent } from '../../protocol/region.js';

/**
 * The bare side of bench/region's throughput ratio: the same rows as the region got, in the same
 * batches (500 rows of one venue) over 10 connections, inserted with nothing else into a table with
 * the event table's essential shape, as parallel arrays (unnest), as one json text (json_to_recordset,
 * the way the region passed a push until migration 0005) or as one jsonb value (jsonb_to_recordset,
 * the way it passes one now). The fastest way is the baseline.
 */
export const BARE_WAYS = ['arrays', 'json', 'jsonb'] as const;
export type BareWay = (typeof BARE_WAYS)[number];
export type BaselineRow = OutboxEvent & { venue: string };

export async function createBaselineTables(pool: pg.Pool): Promise<void> {
  for (const way of BARE_WAYS) {
    await pool.query(`CREATE TABLE baseline_${way} (venue_id TEXT NOT NULL, seq BIGINT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL,
      at TIMESTAMPTZ NOT NULL, received_at TIMESTAMPTZ NOT NULL, payload JSONB NOT NULL, PRIMARY KEY (venue_id, seq))`);
  }
}

/** The batch as one json or jsonb value, read back into rows by PostgreSQL's (json|jsonb)_to_recordset. */
function recordset(pool: pg.Pool, type: 'json' | 'jsonb', b: BaselineRow[]): Promise<unknown> {
  return pool.query(
    `INSERT INTO baseline_${type} (venue_id, seq, kind, key, at, received_at, payload)
     SELECT $1, e.seq, e.kind, e.key, e.at, now(), e.payload
       FROM ${type}_to_recordset($2::${type}) AS e(seq BIGINT, kind TEXT, key TEXT, at TIMESTAMPTZ, payload JSONB)
     ON CONFLICT (venue_id, seq) DO NOTHING`,
    [b[0]!.venue, JSON.stringify(b.map((e) => ({ seq: e.seq, kind: e.kind, key: e.key, at: e.at, payload: e.payload })))],
  );
}

const BARE_SQL: Record<BareWay, (pool: pg.Pool, b: BaselineRow[]) => Promise<unknown>> = {
  arrays: (pool, b) =>
    pool.query(
      `INSERT INTO baseline_arrays (venue_id, seq, kind, key, at, received_at, payload)
       SELECT $1, e.seq, e.kind, e.key, e.at, now(), e.payload
         FROM unnest($2::bigint[], $3::text[], $4::text[], $5::timestamptz[], $6::jsonb[]) AS e(seq, kind, key, at, payload)
       ON CONFLICT (venue_id, seq) DO NOTHING`,
      [
        b[0]!.venue,
        b.map((e) => e.seq),
        b.map((e) => e.kind),
        b.map((e) => e.key),
        b.map((e) => e.at),
        b.map((e) => JSON.stringify(e.payload)),
      ],
    ),
  json: (pool, b) => recordset(pool, 'json', b),
  jsonb: (pool, b) => recordset(pool, 'jsonb', b),
};

/** Inserts `rows` bare, one way; rows per second. */
export async function bareInsert(pool: pg.Pool, way: BareWay, venueIds: string[], rows: BaselineRow[]): Promise<number> {
  const batches: BaselineRow[][] = [];
  for (const id of venueIds) {
    const mine = rows.filter((r) => r.venue === id);
    for (let i = 0; i < mine.length; i += 500) batches.push(mine.slice(i, i + 500));
  }
  const started = Date.now();
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      for (let b = batches.shift(); b; b = batches.shift()) await BARE_SQL[way](pool, b);
    }),
  );
  return rows.length / ((Date.now() - started) / 1000);
}
