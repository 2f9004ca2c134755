import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { keysPathOf, readKeysFile } from '../db/keys.js';
import { runningHub } from '../db/running.js';
import type { ChainReport } from '../exam/audit/chain.js';
import { verifyAuditDb } from '../exam/audit/store.js';
import { fingerprintOf, TLS_FILES } from '../tls/index.js';
import { unpack } from './bundle.js';
import { describeDb, type DbSummary } from './describe.js';
import { backupError, damaged } from './errors.js';
import { decrypt, MAX_BACKUP_BYTES } from './format.js';
import type { Manifest } from './take.js';

export interface RestoreOptions {
  file: string;
  dbPath: string;
  passphrase: string;
  force: boolean;
  now: Date;
}

export interface Restored {
  createdAt: string;
  dbPath: string;
  keysPath: string;
  tlsDir?: string;
  caFingerprint?: string;
  summary: DbSummary;
  chain: ChainReport;
  /** Files that were in the way (with --force), renamed rather than deleted. */
  movedAside: string[];
}

/**
 * Restores a backup beside `dbPath`: the database, its keys file, and the `tls` folder (where
 * `siapcat hub` looks for it). Everything is decrypted into a staging folder first, checked (tag,
 * SQLite's quick_check, the audit chain with the restored keys), and only then moved into place.
 */
export async function restoreBackup(options: RestoreOptions): Promise<Restored> {
  const file = resolve(options.file);
  const dbPath = resolve(options.dbPath);
  const hub = runningHub(dbPath);
  if (hub) {
    throw backupError(
      'restore-hub-running',
      `Hub (proses ${hub.pid}, sejak ${hub.startedAt}) sedang memakai ${dbPath}; pemulihan ditolak, juga dengan --force. Hentikan hub dulu (Ctrl+C), atau pulihkan ke --db lain.`,
      `A hub (process ${hub.pid}, since ${hub.startedAt}) is using ${dbPath}; restore refused, also with --force. Stop the hub first (Ctrl+C), or restore to another --db.`,
    );
  }
  const dir = dirname(dbPath);
  const keysPath = keysPathOf(dbPath);
  const tlsDir = join(dir, 'tls');
  const inTheWay = [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, keysPath].filter((p) => existsSync(p));
  if (!options.force && (inTheWay.length > 0 || existsSync(tlsDir))) {
    throw backupError(
      'restore-exists',
      `Sudah ada data di tujuan: ${[...inTheWay, ...(existsSync(tlsDir) ? [tlsDir] : [])].join(', ')}. Pilih --db di folder kosong, atau tambahkan --force (berkas lama diganti nama, tidak dihapus).`,
      `There is data at the destination already: ${[...inTheWay, ...(existsSync(tlsDir) ? [tlsDir] : [])].join(', ')}. Choose a --db in an empty folder, or add --force (old files are renamed, not deleted).`,
    );
  }
  const stats = await stat(file).catch((err: NodeJS.ErrnoException) => {
    throw backupError(
      'backup-missing',
      `Berkas cadangan ${file} tidak bisa dibaca (${err.code ?? err.message}). Periksa nama berkasnya.`,
      `Cannot read the backup file ${file} (${err.code ?? err.message}). Check the file name.`,
    );
  });
  mkdirSync(dir, { recursive: true });
  const staging = await mkdtemp(join(dir, '.siapcat-restore-'));
  try {
    let names: string[] = [];
    let manifest: Manifest | undefined;
    const header = await decrypt(file, stats, options.passphrase, async (plaintext) => {
      const unpacked = await unpack(plaintext, staging, file, MAX_BACKUP_BYTES);
      names = unpacked.names;
      manifest = unpacked.manifest as Manifest;
    });
    if (!names.includes('db') || !names.includes('keys') || manifest?.format !== 1)
      throw damaged(file, 'basis data, kunci atau manifes tidak ada', 'the database, keys or manifest is missing');
    const stagedDb = join(staging, 'db');
    const keys = readKeysFile(join(staging, 'keys'));
    const db = new Database(stagedDb, { fileMustExist: true });
    let summary: DbSummary;
    let chain: ChainReport;
    try {
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw damaged(file, `SQLite quick_check: ${String(check)}`, `SQLite quick_check: ${String(check)}`);
      chain = verifyAuditDb(db, { key: keys.auditKey, fromSeq: keys.auditKeyedFromSeq });
      summary = describeDb(db);
    } finally {
      db.close();
    }
    if (chain.broken) {
      throw backupError(
        'restore-audit-broken',
        `Rantai audit di cadangan ${file} RUSAK pada entri #${chain.broken.seq}: ${chain.broken.text.id}. Tidak ada yang dipulihkan; pakai cadangan lain.`,
        `The audit chain in the backup ${file} is BROKEN at entry #${chain.broken.seq}: ${chain.broken.text.en}. Nothing was restored; use another backup.`,
      );
    }
    const stamp = options.now.toISOString().replace(/[:.]/g, '-');
    const movedAside: string[] = [];
    for (const path of [...inTheWay, ...(existsSync(tlsDir) ? [tlsDir] : [])]) {
      const aside = `${path}.before-restore-${stamp}`;
      await rename(path, aside);
      movedAside.push(aside);
    }
    await rename(stagedDb, dbPath);
    await rename(join(staging, 'keys'), keysPath);
    await chmod(keysPath, 0o600);
    const restoredTls = existsSync(join(staging, 'tls'));
    if (restoredTls) await rename(join(staging, 'tls'), tlsDir);
    const caFile = join(tlsDir, TLS_FILES.ca);
    const caFingerprint = restoredTls && existsSync(caFile) ? fingerprintOf(readFileSync(caFile, 'utf8')) : undefined;
    return {
      createdAt: header.createdAt,
      dbPath,
      keysPath,
      ...(restoredTls ? { tlsDir } : {}),
      ...(caFingerprint ? { caFingerprint } : {}),
      summary,
      chain,
      movedAside,
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
