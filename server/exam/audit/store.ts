import type { AuditAction, AuditEntry } from '../../../protocol/exam.js';
import type { Clock } from '../../../protocol/ports.js';
import type { Db } from '../../db/open.js';
import { canonicalJson } from './canonical.js';
import { entryHash, GENESIS_HASH, verifyChain, type AuditKeying, type ChainReport } from './chain.js';
import { stmt } from '../../db/statements.js';

interface Row {
  seq: number;
  at: string;
  actor: string;
  action: string;
  session_id: string | null;
  subject: string | null;
  data: string;
  prev_hash: string;
  hash: string;
}

export interface AuditRecord {
  actor: string;
  action: AuditAction;
  sessionId?: string | null;
  subject?: string | null;
  data?: Record<string, unknown>;
}

/** The hash-chained audit log in SQLite. `append` must run inside the transaction of what it records. */
export class AuditLog {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    /** The HMAC key from the keys file (server/db/keys.ts); without it entries are plain SHA-256 (tests of the chain itself). */
    private readonly keying?: AuditKeying,
  ) {}

  append(record: AuditRecord): AuditEntry {
    if (!this.db.inTransaction) throw new Error('AuditLog.append must run inside the transaction it records');
    const last = stmt(this.db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
      { seq: number; hash: string } | undefined;
    const unhashed = {
      seq: (last?.seq ?? 0) + 1,
      at: this.clock.now().toISOString(),
      actor: record.actor,
      action: record.action,
      sessionId: record.sessionId ?? null,
      subject: record.subject ?? null,
      data: record.data ?? {},
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    const entry: AuditEntry = { ...unhashed, hash: entryHash(unhashed, this.keying) };
    stmt(
      this.db,
      `INSERT INTO audit_log (seq, at, actor, action, session_id, subject, data, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      entry.seq,
      entry.at,
      entry.actor,
      entry.action,
      entry.sessionId,
      entry.subject,
      canonicalJson(entry.data),
      entry.prevHash,
      entry.hash,
    );
    return entry;
  }

  head(): { seq: number; hash: string } | null {
    return (
      (stmt(this.db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
        { seq: number; hash: string } | undefined) ?? null
    );
  }

  /** Entries of one session, newest first. */
  forSession(sessionId: string, limit = 200, beforeSeq = Number.MAX_SAFE_INTEGER): AuditEntry[] {
    const rows = stmt(
      this.db,
      'SELECT * FROM audit_log WHERE session_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?',
    ).all(sessionId, beforeSeq, limit) as Row[];
    return rows.map((row) => {
      const entry = fromRow(row);
      return 'unreadable' in entry ? { ...toEntryShell(row), data: { unreadable: entry.unreadable } } : entry;
    });
  }

  verify(): ChainReport {
    return verifyAuditDb(this.db, this.keying);
  }
}

function toEntryShell(row: Row): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    sessionId: row.session_id,
    subject: row.subject,
    data: {},
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

function fromRow(row: Row): AuditEntry | { seq: number; unreadable: string } {
  let data: unknown;
  try {
    data = JSON.parse(row.data);
  } catch {
    return { seq: row.seq, unreadable: 'data is not JSON' };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { seq: row.seq, unreadable: 'data is not an object' };
  return { ...toEntryShell(row), data: data as Record<string, unknown> };
}

/** Verifies the whole chain of a database, streaming rows in order. */
export function verifyAuditDb(db: Db, keying?: AuditKeying): ChainReport {
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<Row>;
  function* entries() {
    for (const row of rows) yield fromRow(row);
  }
  const iterator = entries();
  try {
    return verifyChain(iterator, keying);
  } finally {
    iterator.return(undefined);
  }
}
