import type pg from 'pg';
import { isTombstone, type OutboxEvent, type PushResponse, type RefusedEvent } from '../../protocol/region.js';

/** A push split by the route: the events that passed every check, and those refused (with why). */
export interface CheckedPush {
  head: number;
  events: OutboxEvent[];
  refused: RefusedEvent[];
}

/** How far past the acknowledgement the contiguity walk looks in one push. */
const WALK_LIMIT = 20_000;

/**
 * Stores one push of a venue in one transaction: every event once (unique venue + sequence), the
 * newest state per subject (only a higher sequence replaces it), and the acknowledgement: the
 * highest sequence up to which nothing is missing. Out-of-order batches are kept and counted once
 * the gap before them is filled. A refused event keeps its place (payload dropped, reason kept) so
 * it never holds the venue's later events. Pushes of one venue are serialized by a row lock on the venue.
 */
export async function ingest(client: pg.PoolClient, venueId: string, push: CheckedPush, now: Date): Promise<PushResponse> {
  await client.query('BEGIN');
  try {
    const venue = await client.query<{ acked_seq: string }>('SELECT acked_seq FROM venues WHERE id = $1 FOR UPDATE', [venueId]);
    let acked = Number(venue.rows[0]!.acked_seq);
    const events = push.events;
    let stored = 0;
    if (events.length > 0) {
      const inserted = await client.query(
        `INSERT INTO events (venue_id, seq, kind, key, at, received_at, payload)
         SELECT $1, e.seq, e.kind, e.key, e.at, $2, e.payload
           FROM unnest($3::bigint[], $4::text[], $5::text[], $6::timestamptz[], $7::jsonb[]) AS e(seq, kind, key, at, payload)
         ON CONFLICT (venue_id, seq) DO NOTHING`,
        [
          venueId,
          now,
          events.map((e) => e.seq),
          events.map((e) => e.kind),
          events.map((e) => e.key),
          events.map((e) => e.at),
          events.map((e) => JSON.stringify(e.payload)),
        ],
      );
      stored = inserted.rowCount ?? 0;
      const latest = newestPerSubject(events);
      await client.query(
        `INSERT INTO subjects (venue_id, kind, key, seq, at, deleted, payload)
         SELECT $1, s.kind, s.key, s.seq, s.at, s.deleted, s.payload
           FROM unnest($2::text[], $3::text[], $4::bigint[], $5::timestamptz[], $6::boolean[], $7::jsonb[]) AS s(kind, key, seq, at, deleted, payload)
         ON CONFLICT (venue_id, kind, key) DO UPDATE
           SET seq = excluded.seq, at = excluded.at, deleted = excluded.deleted, payload = excluded.payload
         WHERE subjects.seq < excluded.seq`,
        [
          venueId,
          latest.map((e) => e.kind),
          latest.map((e) => e.key),
          latest.map((e) => e.seq),
          latest.map((e) => e.at),
          latest.map((e) => isTombstone(e.payload)),
          latest.map((e) => JSON.stringify(e.payload)),
        ],
      );
    }
    if (push.refused.length > 0) {
      await client.query(
        `INSERT INTO events (venue_id, seq, kind, key, at, received_at, payload, refused)
         SELECT $1, r.seq, r.kind, '', $2, $2, '{}'::jsonb, r.reason
           FROM unnest($3::bigint[], $4::text[], $5::jsonb[]) AS r(seq, kind, reason)
         ON CONFLICT (venue_id, seq) DO NOTHING`,
        [venueId, now, push.refused.map((r) => r.seq), push.refused.map((r) => r.kind), push.refused.map((r) => JSON.stringify(r.reason))],
      );
    }
    const seqs = [...events.map((e) => e.seq), ...push.refused.map((r) => r.seq)];
    if (seqs.length > 0) acked = await contiguousFrom(client, venueId, acked, seqs);
    const updated = await client.query<{ rotate_requested: boolean }>(
      `UPDATE venues SET acked_seq = $2::bigint, head_seq = GREATEST($3::bigint, $2::bigint), last_heard_at = $4 WHERE id = $1
       RETURNING rotate_requested`,
      [venueId, acked, push.head, now],
    );
    await client.query('COMMIT');
    const response: PushResponse = { ackedSeq: acked, stored };
    if (push.refused.length > 0) response.refused = push.refused;
    if (updated.rows[0]?.rotate_requested) response.rotateKey = true;
    return response;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** The last event of each (kind, key) in a batch: one upsert row per subject. */
export function newestPerSubject(events: readonly OutboxEvent[]): OutboxEvent[] {
  const bySubject = new Map<string, OutboxEvent>();
  for (const e of events) {
    const id = `${e.kind}\u0000${e.key}`;
    const have = bySubject.get(id);
    if (!have || have.seq < e.seq) bySubject.set(id, e);
  }
  return [...bySubject.values()];
}

/**
 * The new acknowledgement: from `acked`, as far as sequences follow one another. The common case
 * (a batch starting right after the acknowledgement, in order) needs no query.
 */
async function contiguousFrom(client: pg.PoolClient, venueId: string, acked: number, pushed: readonly number[]): Promise<number> {
  const seqs = [...pushed].sort((a, b) => a - b);
  let next = acked;
  for (const seq of seqs) {
    if (seq === next + 1) next = seq;
    else if (seq > next + 1) break;
  }
  // Anything stored earlier beyond a gap this batch filled?
  const { rows } = await client.query<{ seq: string }>('SELECT seq FROM events WHERE venue_id = $1 AND seq > $2 ORDER BY seq LIMIT $3', [
    venueId,
    next,
    WALK_LIMIT,
  ]);
  for (const row of rows) {
    const seq = Number(row.seq);
    if (seq !== next + 1) break;
    next = seq;
  }
  return next;
}
