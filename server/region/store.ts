import pg from 'pg';
import type { PushResponse } from '../../protocol/region.js';
import type { RegionVenue } from '../../protocol/region-responses.js';
import { ingest, type CheckedPush } from './ingest.js';
import { migrateRegion } from './migrate.js';
import { REGION_SCHEMA } from './schema.js';
import { venueView, type SubjectRow, type VenueRow } from './view.js';

/** bigint columns come back as strings from pg; ours fit in a double. */
const num = (v: unknown): number => Number(v);

/** The regional service's PostgreSQL: a pool bound to the one schema, and its queries. */
export class RegionStore {
  constructor(readonly pool: pg.Pool) {}

  static async open(connectionString: string, max = 10): Promise<RegionStore> {
    const pool = new pg.Pool({ connectionString, max, options: `-c search_path=${REGION_SCHEMA}` });
    // An idle client losing its server must not crash the region: pg emits it on the pool.
    pool.on('error', () => undefined);
    await migrateRegion(pool);
    return new RegionStore(pool);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  async push(venueId: string, request: CheckedPush, now: Date, asSent?: Uint8Array): Promise<PushResponse> {
    return ingest(this.pool, venueId, request, now, asSent);
  }

  /**
   * The venue a push key belongs to. A venue's next key (after a rotation) is taken here: its first
   * use makes it the only key, so the old one stops working once the hub has the new one.
   */
  async venueByKeyHash(keyHash: string): Promise<{ id: string } | undefined> {
    const { rows } = await this.pool.query<{ id: string }>(
      `WITH promoted AS (
         UPDATE venues SET key_hash = pending_key_hash, pending_key_hash = NULL, rotate_requested = FALSE
          WHERE pending_key_hash = $1 AND revoked_at IS NULL RETURNING id
       )
       SELECT id FROM promoted UNION ALL SELECT id FROM venues WHERE key_hash = $1 AND revoked_at IS NULL LIMIT 1`,
      [keyHash],
    );
    return rows[0];
  }

  async createVenue(id: string, name: string, codeHash: string, by: string, now: Date, expiresAt: Date): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('INSERT INTO venues (id, name, created_at) VALUES ($1, $2, $3)', [id, name, now]);
      await client.query('INSERT INTO venue_codes (code_hash, venue_id, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
        codeHash,
        id,
        by,
        now,
        expiresAt,
      ]);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async venueExists(id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('SELECT 1 FROM venues WHERE id = $1', [id]);
    return (rowCount ?? 0) > 0;
  }

  /** Uses a one-time code (once, before it expires): sets the venue's key. The venue id, or undefined. */
  async join(codeHash: string, keyHash: string, name: string, now: Date): Promise<{ venueId: string; ackedSeq: number } | undefined> {
    const { rows } = await this.pool.query<{ venue_id: string; acked_seq: string }>(
      `WITH used AS (
         UPDATE venue_codes SET used_at = $3 WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $3 RETURNING venue_id
       )
       UPDATE venues v SET key_hash = $2, pending_key_hash = NULL, rotate_requested = FALSE, revoked_at = NULL, revoked_by = NULL,
           joined_at = $3, name = CASE WHEN v.name = '' THEN $4 ELSE v.name END
         FROM used WHERE v.id = used.venue_id
       RETURNING v.id AS venue_id, v.acked_seq`,
      [codeHash, keyHash, now, name],
    );
    const row = rows[0];
    return row ? { venueId: row.venue_id, ackedSeq: num(row.acked_seq) } : undefined;
  }

  /** Every venue's view (or one venue's), from two queries. */
  async venues(now: Date, staleAfterMs: number, onlyId?: string): Promise<RegionVenue[]> {
    const filter = onlyId === undefined ? '' : 'WHERE id = $1';
    const params = onlyId === undefined ? [] : [onlyId];
    const venues = await this.pool.query(
      `SELECT id, name, joined_at, last_heard_at, acked_seq, head_seq FROM venues ${filter} ORDER BY name, id`,
      params,
    );
    const subjects = await this.pool.query(
      `SELECT venue_id, kind, key, deleted, payload FROM subjects ${onlyId === undefined ? '' : 'WHERE venue_id = $1'}`,
      params,
    );
    const byVenue = new Map<string, SubjectRow[]>();
    for (const r of subjects.rows) {
      const list = byVenue.get(r.venue_id) ?? [];
      list.push({ venueId: r.venue_id, kind: r.kind, key: r.key, deleted: r.deleted, payload: r.payload });
      byVenue.set(r.venue_id, list);
    }
    return venues.rows.map((r) => {
      const row: VenueRow = {
        id: r.id,
        name: r.name,
        joinedAt: r.joined_at,
        lastHeardAt: r.last_heard_at,
        ackedSeq: num(r.acked_seq),
        headSeq: num(r.head_seq),
      };
      return venueView(row, byVenue.get(r.id) ?? [], now, staleAfterMs);
    });
  }
}
