import { createHash, createHmac } from 'node:crypto';
import type { AuditEntry } from '../../../protocol/exam.js';
import type { Localized } from '../../../protocol/i18n.js';
import { canonicalJson } from './canonical.js';

/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export type UnhashedEntry = Omit<AuditEntry, 'hash'>;

/**
 * How entries are hashed: HMAC-SHA256 with a key kept outside the database from `fromSeq` on, so a
 * copy of the database cannot be re-chained unnoticed; entries before it (made before the key
 * existed) stay plain SHA-256.
 */
export interface AuditKeying {
  key: Uint8Array;
  fromSeq: number;
}

/** The entry's hash over its canonical JSON (every field but `hash`, `prevHash` included). */
export function entryHash(entry: UnhashedEntry, keying?: AuditKeying): string {
  const { seq, at, actor, action, sessionId, subject, data, prevHash } = entry;
  const text = canonicalJson({ seq, at, actor, action, sessionId, subject, data, prevHash });
  if (keying && seq >= keying.fromSeq) return createHmac('sha256', keying.key).update(text).digest('hex');
  return createHash('sha256').update(text).digest('hex');
}

export interface ChainBreak {
  seq: number;
  /** What is wrong, for the person reading `siapcat audit verify`. */
  text: Localized;
}

export interface ChainReport {
  count: number;
  head: { seq: number; hash: string } | null;
  broken: ChainBreak | null;
}

/**
 * Walks the chain in order and stops at the first entry that does not hold: a gap or repeat in
 * the numbering, a previous-hash that is not the hash of the entry before, or a hash that does
 * not match the entry's content. Entries that cannot even be read arrive as `unreadable`.
 */
export function verifyChain(entries: Iterable<AuditEntry | { seq: number; unreadable: string }>, keying?: AuditKeying): ChainReport {
  let count = 0;
  let prev: { seq: number; hash: string } | null = null;
  for (const entry of entries) {
    const expectedSeq: number = (prev?.seq ?? 0) + 1;
    const broken = (id: string, en: string): ChainReport => ({
      count,
      head: prev,
      broken: { seq: entry.seq, text: { id, en } },
    });
    if ('unreadable' in entry) {
      return broken(
        `Entri #${entry.seq} tidak terbaca: ${entry.unreadable}.`,
        `Entry #${entry.seq} cannot be read: ${entry.unreadable}.`,
      );
    }
    if (entry.seq !== expectedSeq) {
      return broken(
        `Entri #${entry.seq} datang setelah #${prev?.seq ?? 0}: entri #${expectedSeq} hilang atau nomor diubah.`,
        `Entry #${entry.seq} follows #${prev?.seq ?? 0}: entry #${expectedSeq} is missing or was renumbered.`,
      );
    }
    const prevHash = prev?.hash ?? GENESIS_HASH;
    if (entry.prevHash !== prevHash) {
      return broken(
        `Entri #${entry.seq} tidak menyambung: hash sebelumnya tidak sama dengan hash entri #${prev?.seq ?? 0} (entri itu atau yang ini telah diubah).`,
        `Entry #${entry.seq} does not link: its previous hash is not the hash of entry #${prev?.seq ?? 0} (that entry or this one was changed).`,
      );
    }
    if (entryHash(entry, keying) !== entry.hash) {
      return broken(
        `Isi entri #${entry.seq} (${entry.action}, ${entry.at}) telah diubah: hash tidak cocok.`,
        `Entry #${entry.seq} (${entry.action}, ${entry.at}) was changed: its hash does not match.`,
      );
    }
    count += 1;
    prev = { seq: entry.seq, hash: entry.hash };
  }
  return { count, head: prev, broken: null };
}
