import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MAX_SMALL_ENTRY, pack, type Entry } from './bundle.js';
import { describeDb, type DbSummary } from './describe.js';
import { backupError } from './errors.js';
import type { HubContext } from '../context.js';
import { keysPathOf } from '../db/keys.js';
import { encrypt, type BackupKey } from './format.js';

export interface BackupSource {
  /** Writes a consistent copy of the database to `path` with SQLite's online backup API. */
  snapshot(path: string): Promise<void>;
  /** The database file's name (shown in the manifest). */
  dbPath: string;
  /** `<db>.keys`: the audit and PIN keys; a backup without them could not be verified or used. */
  keysPath: string;
  /** The `tls` folder (CA and server certificate) when the hub has one. */
  tlsDir?: string;
}

export interface BackupWritten {
  out: string;
  bytes: number;
  createdAt: string;
  files: string[];
  summary: DbSummary;
}

/** The manifest inside every backup (encrypted with the rest). */
export interface Manifest {
  format: 1;
  createdAt: string;
  database: string;
  summary: DbSummary;
  files: string[];
}

function tlsEntries(dir: string | undefined): Entry[] {
  if (!dir || !existsSync(dir)) return [];
  const entries: Entry[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    // Regular files only: a symlink in tls/ is not followed into the backup.
    if (!lstatSync(path).isFile() || statSync(path).size > MAX_SMALL_ENTRY || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(name)) continue;
    entries.push({ name: `tls/${name}`, bytes: readFileSync(path) });
  }
  return entries;
}

/**
 * Takes a backup: a snapshot of the database (into a private temporary folder, removed after), the
 * keys file and the tls folder, packed and encrypted into `out` (written beside it first, then renamed,
 * so `out` is never a half-written backup).
 */
export async function writeBackup(source: BackupSource, out: string, key: BackupKey, now: Date): Promise<BackupWritten> {
  if (!existsSync(source.keysPath)) {
    throw backupError(
      'backup-keys-missing',
      `Berkas kunci ${source.keysPath} tidak ada: cadangan tanpa kunci tidak bisa dipakai (PIN dan rantai audit). Jalankan hub sekali pada basis data ini, atau pulihkan kuncinya dulu.`,
      `The keys file ${source.keysPath} is missing: a backup without it is unusable (PINs and the audit chain). Start the hub once on this database, or restore its keys first.`,
    );
  }
  const work = await mkdtemp(join(tmpdir(), 'siapcat-backup-'));
  const part = `${out}.${randomBytes(4).toString('hex')}.part`;
  try {
    const snapshot = join(work, 'db');
    await source.snapshot(snapshot);
    const copy = new Database(snapshot, { readonly: true, fileMustExist: true });
    let summary: DbSummary;
    try {
      summary = describeDb(copy);
    } finally {
      copy.close();
    }
    const createdAt = now.toISOString();
    const small = [{ name: 'keys', bytes: readFileSync(source.keysPath) }, ...tlsEntries(source.tlsDir)];
    const files = ['db', ...small.map((e) => e.name)];
    const manifest: Manifest = { format: 1, createdAt, database: basename(source.dbPath), summary, files };
    const entries: Entry[] = [
      { name: 'manifest.json', bytes: Buffer.from(JSON.stringify(manifest)) },
      { name: 'db', file: snapshot, size: statSync(snapshot).size },
      ...small,
    ];
    await pipeline(Readable.from(encrypt(pack(entries), key, createdAt)), createWriteStream(part, { mode: 0o600, flags: 'wx' }));
    await rename(part, out);
    return { out, bytes: statSync(out).size, createdAt, files, summary };
  } catch (err) {
    await rm(part, { force: true });
    throw err;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The snapshot of a database file opened by this process alone (the CLI): one step, one read transaction. */
export function fileSnapshot(db: Database.Database): (path: string) => Promise<void> {
  // All pages in one step: a single read transaction, so writes by the running hub (another
  // connection) neither restart the copy nor end up half in it.
  return async (path) => {
    await db.backup(path, { progress: () => 0x7fffffff });
  };
}

/**
 * The running hub as a backup source: its own connection (writes it makes during the copy update
 * the copy too, so the copy goes in small steps without stalling the hub), its keys file and its
 * TLS folder. Used by the rolling backups and the dashboard's download alike.
 */
export function liveBackupSource(ctx: Pick<HubContext, 'db' | 'config'>, dbPath: string): BackupSource {
  return {
    snapshot: async (path) => void (await ctx.db.backup(path, { progress: () => 512 })),
    dbPath,
    keysPath: keysPathOf(dbPath),
    ...(ctx.config.tls?.dir ? { tlsDir: ctx.config.tls.dir } : {}),
  };
}
