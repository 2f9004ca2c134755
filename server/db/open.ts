import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../protocol/errors.js';
import { migrate, type Migration } from './migrate.js';

export type Db = Database.Database;

/**
 * Opens the hub's SQLite file: WAL, foreign keys, a busy timeout, and `synchronous=NORMAL` for
 * the connection (re-sendable data such as heartbeats). Writes whose loss matters (check-ins,
 * PINs, audit) go through `durably()`, which raises it to FULL for that transaction.
 */
export function openDb(path: string, migrations: readonly Migration[]): Db {
  if (path !== ':memory:') {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (err) {
      throw new AppError(
        'db-dir',
        {
          id: `Folder basis data tidak bisa dibuat: ${dirname(path)}. Periksa izin tulis atau pilih --db lain.`,
          en: `Cannot create the database folder ${dirname(path)}. Check write permission or choose another --db.`,
        },
        { exitCode: 4, cause: err },
      );
    }
  }
  let db: Db;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (err) {
    throw new AppError(
      'db-open',
      {
        id: `Berkas basis data tidak bisa dibuka: ${path} (${(err as Error).message}). Pastikan itu berkas SiapCAT dan tidak rusak.`,
        en: `Cannot open the database file ${path} (${(err as Error).message}). Make sure it is a SiapCAT database and not damaged.`,
      },
      { exitCode: 4, cause: err },
    );
  }
  migrate(db, migrations);
  return db;
}

/**
 * Runs `work` in one transaction with `synchronous=FULL`, so once it returns the commit is on
 * disk and survives a power cut or SIGKILL. Use for anything the API acknowledges as recorded
 * for good: check-ins, PINs, audit entries.
 */
export function durably<T>(db: Db, work: () => T): T {
  // Inside a caller's transaction (a change recorded with its audit entry): a savepoint of it; the
  // caller's commit is the one that must be durable, and SQLite refuses to change it mid-transaction.
  if (db.inTransaction) return db.transaction(work)();
  db.pragma('synchronous = FULL');
  try {
    return db.transaction(work)();
  } finally {
    db.pragma('synchronous = NORMAL');
  }
}
