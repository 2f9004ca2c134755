import { createHash } from 'node:crypto';
import { AppError } from '../../protocol/errors.js';
import {
  MAX_PAYLOAD_BYTES,
  isTombstone,
  secretsIn,
  type OutboxEvent,
  type OutboxKind,
  type RefusedEvent,
  type RegionLinkStatus,
} from '../../protocol/region.js';
import type { Clock } from '../../protocol/ports.js';
import type { Db } from '../db/open.js';
import { statements } from '../db/statements.js';

/** The narrow interface other features use: append what the region may see. */
export interface Outbox {
  /**
   * Appends `payload` about `key` (default '': the venue as a whole) unless it equals the subject's
   * last payload. Returns the new sequence, or null when nothing changed. Refuses secrets.
   */
  append(kind: OutboxKind, payload: Record<string, unknown>, key?: string): number | null;
}

/** An outbox event as stored: its payload is the JSON text of an object, written by `append`. */
export interface StoredEvent {
  seq: number;
  kind: OutboxKind;
  key: string;
  at: string;
  payload: string;
}

export interface RegionLink {
  regionUrl: string;
  caFingerprint: string;
  caPem: string;
  venueId: string;
  venueKey: string;
  ackedSeq: number;
  lastPushAt: string | null;
  lastError: LinkError | null;
}

/** Why the last push failed: a code and what to do, in both languages. */
export interface LinkError {
  code: string;
  id: string;
  en: string;
}

const TOMBSTONE = { deleted: true } as const;

export class OutboxStore implements Outbox {
  private readonly sql: ReturnType<typeof statements>;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly onAppend: () => void = () => {},
  ) {
    this.sql = statements(db);
  }

  append(kind: OutboxKind, payload: Record<string, unknown>, key = ''): number | null {
    const found = secretsIn(payload);
    if (found.length > 0) {
      // The payload itself is never logged or echoed: only where the problem is.
      throw new AppError('outbox-secret', {
        id: `Data untuk wilayah (${kind}) memuat data rahasia/pribadi dan tidak dikirim: ${found.join('; ')}.`,
        en: `Data for the region (${kind}) carries secret or personal data and is not sent: ${found.join('; ')}.`,
      });
    }
    const text = JSON.stringify(payload);
    if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES) {
      throw new AppError('outbox-too-large', {
        id: `Data untuk wilayah (${kind} ${key}) lebih dari ${MAX_PAYLOAD_BYTES} bita dan tidak dikirim.`,
        en: `Data for the region (${kind} ${key}) is over ${MAX_PAYLOAD_BYTES} bytes and is not sent.`,
      });
    }
    const hash = createHash('sha256').update(text).digest('hex');
    const deleted = isTombstone(payload) ? 1 : 0;
    const seq = this.db.transaction(() => {
      const last = this.sql('SELECT hash FROM outbox_latest WHERE kind = ? AND key = ?').get(kind, key) as { hash: string } | undefined;
      if (last?.hash === hash) return null;
      const at = this.clock.now().toISOString();
      const info = this.sql('INSERT INTO outbox (kind, key, at, payload) VALUES (?, ?, ?, ?)').run(kind, key, at, text);
      const seq = Number(info.lastInsertRowid);
      this.sql(
        `INSERT INTO outbox_latest (kind, key, seq, hash, deleted) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(kind, key) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, deleted = excluded.deleted`,
      ).run(kind, key, seq, hash, deleted);
      return seq;
    })();
    if (seq !== null) this.onAppend();
    return seq;
  }

  /** Marks every live subject of `kind` (those `within` says) not in `keys` as deleted (a session or incident removed). */
  retire(kind: OutboxKind, keys: ReadonlySet<string>, within: (key: string) => boolean = () => true): number {
    const live = this.sql('SELECT key FROM outbox_latest WHERE kind = ? AND deleted = 0').all(kind) as Array<{ key: string }>;
    let count = 0;
    for (const { key } of live) {
      if (within(key) && !keys.has(key) && this.append(kind, { ...TOMBSTONE }, key) !== null) count += 1;
    }
    return count;
  }

  head(): number {
    const row = this.sql('SELECT MAX(seq) AS seq FROM outbox').get() as { seq: number | null };
    return row.seq ?? 0;
  }

  /** Events after `seq`, oldest first, at most `limit`. */
  after(seq: number, limit: number): OutboxEvent[] {
    return this.afterAsText(seq, limit).map((r) => ({ ...r, payload: JSON.parse(r.payload) as Record<string, unknown> }));
  }

  /** The same events with each payload as the JSON text `append` stored (the pusher sends it as it is). */
  afterAsText(seq: number, limit: number): StoredEvent[] {
    return this.sql('SELECT seq, kind, key, at, payload FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?').all(seq, limit) as StoredEvent[];
  }

  link(): RegionLink | undefined {
    const row = this.sql('SELECT * FROM outbox_link WHERE id = 1').get() as Record<string, unknown> | undefined;
    if (!row) return undefined;
    return {
      regionUrl: row.region_url as string,
      caFingerprint: row.ca_fingerprint as string,
      caPem: row.ca_pem as string,
      venueId: row.venue_id as string,
      venueKey: row.venue_key as string,
      ackedSeq: row.acked_seq as number,
      lastPushAt: (row.last_push_at as string | null) ?? null,
      lastError: row.last_error
        ? {
            code: (row.last_error_code as string | null) ?? 'push-failed',
            id: (row.last_error_id as string | null) ?? (row.last_error as string),
            en: row.last_error as string,
          }
        : null,
    };
  }

  saveLink(link: Omit<RegionLink, 'lastPushAt' | 'lastError'>): void {
    this.sql(
      `INSERT INTO outbox_link (id, region_url, ca_fingerprint, ca_pem, venue_id, venue_key, acked_seq) VALUES (1, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET region_url = excluded.region_url, ca_fingerprint = excluded.ca_fingerprint,
         ca_pem = excluded.ca_pem, venue_id = excluded.venue_id, venue_key = excluded.venue_key, acked_seq = excluded.acked_seq,
         last_push_at = NULL, last_error = NULL, last_error_id = NULL, last_error_code = NULL`,
    ).run(link.regionUrl, link.caFingerprint, link.caPem, link.venueId, link.venueKey, link.ackedSeq);
  }

  /** After a push: the region's acknowledgement (it may go back, when the region lost data) and when. */
  recordPush(ackedSeq: number, at: string): void {
    this.sql(
      'UPDATE outbox_link SET acked_seq = ?, last_push_at = ?, last_error = NULL, last_error_id = NULL, last_error_code = NULL WHERE id = 1',
    ).run(ackedSeq, at);
  }

  recordError(error: LinkError): void {
    this.sql('UPDATE outbox_link SET last_error = ?, last_error_id = ?, last_error_code = ? WHERE id = 1').run(
      error.en.slice(0, 500),
      error.id.slice(0, 500),
      error.code.slice(0, 40),
    );
  }

  /** The venue's next key (a rotation): stored before it is ever used, so a crash never loses it. */
  saveKey(venueKey: string): void {
    this.sql('UPDATE outbox_link SET venue_key = ? WHERE id = 1').run(venueKey);
  }

  /** Events the region refused: kept once each (a retried push reports them again). */
  recordRefusals(refused: readonly RefusedEvent[], at: string): number {
    let added = 0;
    for (const r of refused) {
      const mine = this.sql('SELECT kind, key FROM outbox WHERE seq = ?').get(r.seq) as { kind: string; key: string } | undefined;
      const info = this.sql(
        'INSERT INTO outbox_refusals (seq, kind, key, refused_at, reason_id, reason_en) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(seq) DO NOTHING',
      ).run(r.seq, mine?.kind ?? r.kind, mine?.key ?? r.key, at, r.reason.id.slice(0, 1000), r.reason.en.slice(0, 1000));
      added += info.changes;
    }
    return added;
  }

  /** The link's state for the dashboard: never the key. */
  status(limit = 20): RegionLinkStatus {
    const link = this.link();
    const head = this.head();
    const acked = link?.ackedSeq ?? 0;
    const rows = this.sql('SELECT seq, kind, key, refused_at, reason_id, reason_en FROM outbox_refusals ORDER BY seq DESC LIMIT ?').all(
      limit,
    ) as Array<{ seq: number; kind: string; key: string; refused_at: string; reason_id: string; reason_en: string }>;
    const count = (this.sql('SELECT COUNT(*) AS n FROM outbox_refusals').get() as { n: number }).n;
    return {
      linked: link !== undefined,
      regionUrl: link?.regionUrl ?? null,
      venueId: link?.venueId ?? null,
      caFingerprint: link?.caFingerprint ?? null,
      lastPushAt: link?.lastPushAt ?? null,
      ackedSeq: acked,
      head,
      pending: Math.max(0, head - acked),
      lastError: link?.lastError ?? null,
      refused: rows.map((r) => ({
        seq: r.seq,
        kind: r.kind,
        key: r.key,
        refusedAt: r.refused_at,
        reason: { id: r.reason_id, en: r.reason_en },
      })),
      refusedCount: count,
    };
  }
}
