import type pg from 'pg';
import type { OutboxEvent, PushResponse, RefusedEvent } from '../../protocol/region.js';

/** A push split by the route: the events that passed every check, and those refused (with why). */
export interface CheckedPush {
  head: number;
  events: OutboxEvent[];
  refused: RefusedEvent[];
}

interface PushRow {
  acked: string;
  stored: string;
  rotate: boolean | null;
}

/** jsonb's binary input: format version 1, then the JSON text (a Buffer parameter is sent in binary by pg). */
function jsonbBinary(text: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(text.byteLength + 1);
  out[0] = 1;
  out.set(text, 1);
  return out;
}

/** A data exception (class 22) or a program limit (class 54, e.g. stack depth): the input, not the database. */
function unreadable(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('54'));
}

/**
 * Stores one push of a venue in one call of `push_events` (migrations 0003 to 0005): every event once (unique
 * venue + sequence), the newest state per subject (only a higher sequence replaces it), and the
 * acknowledgement: the highest sequence up to which nothing is missing. Out-of-order batches are kept
 * and counted once the gap before them is filled. A refused event keeps its place (payload dropped,
 * reason kept) so it never holds the venue's later events. Pushes of one venue are serialized by a
 * row lock on the venue. One statement: one round trip, one transaction.
 */
export async function ingest(
  db: pg.Pool | pg.PoolClient,
  venueId: string,
  push: CheckedPush,
  now: Date,
  asSent?: Uint8Array,
): Promise<PushResponse> {
  const { events, refused } = push;
  const refusedJson = JSON.stringify(refused.map((r) => ({ seq: r.seq, kind: r.kind, reason: r.reason })));
  // The events as one jsonb value (migration 0005): PostgreSQL reads it once, when the call is bound, and
  // takes each payload from it as it is. A tombstone is told by its payload there.
  const serialized = () =>
    db.query<PushRow>('SELECT acked, stored, rotate FROM push_events($1, $2, $3, $4::jsonb, $5::json)', [
      venueId,
      now,
      push.head,
      JSON.stringify(events.map((e) => ({ seq: e.seq, kind: e.kind, key: e.key, at: e.at, payload: e.payload }))),
      refusedJson,
    ]);
  let result: pg.QueryResult<PushRow>;
  if (asSent) {
    try {
      // The push's body as the venue sent it (routes.ts asSent: exactly what was checked, nothing refused),
      // in jsonb's binary form (a version byte, then the text): not serialized again, not re-encoded.
      result = await db.query<PushRow>("SELECT acked, stored, rotate FROM push_events($1, $2, $3, $4::jsonb -> 'events', $5::json)", [
        venueId,
        now,
        push.head,
        jsonbBinary(asSent),
        refusedJson,
      ]);
    } catch (err) {
      // What PostgreSQL cannot read in the body as a whole (nesting deeper than its stack in a field the
      // region ignores, a value beyond its limits) is left out by serializing the checked events instead.
      // The statement failed as a whole: nothing of it was stored.
      if (!unreadable(err)) throw err;
      result = await serialized();
    }
  } else result = await serialized();
  const { rows } = result;
  const row = rows[0]!;
  const response: PushResponse = { ackedSeq: Number(row.acked), stored: Number(row.stored) };
  if (refused.length > 0) response.refused = refused;
  if (row.rotate) response.rotateKey = true;
  return response;
}
