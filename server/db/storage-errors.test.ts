import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { storageError } from './storage-errors.js';

const sqlite = (code: string, message: string) => new Database.SqliteError(message, code);

describe('storageError', () => {
  it('names a full disk, a read-only database and an I/O error in both languages, with what to do', () => {
    const full = storageError(sqlite('SQLITE_FULL', 'database or disk is full'), '/data/siapcat.db')!;
    expect(full).toMatchObject({ code: 'storage-full', status: 503, details: { sqlite: 'SQLITE_FULL' } });
    expect(full.text.id).toContain('Disk PC hub penuh');
    expect(full.text.id).toContain('TIDAK tersimpan');
    expect(full.text.en).toContain('Free space on the disk holding /data/siapcat.db');

    for (const code of ['SQLITE_READONLY', 'SQLITE_READONLY_DBMOVED', 'SQLITE_READONLY_DIRECTORY']) {
      const ro = storageError(sqlite(code, 'attempt to write a readonly database'), 'x.db')!;
      expect(ro.code).toBe('storage-readonly');
      expect(ro.text.en).toContain('Check write permission on x.db');
    }
    for (const code of ['SQLITE_IOERR', 'SQLITE_IOERR_WRITE', 'SQLITE_IOERR_FSYNC', 'SQLITE_CANTOPEN']) {
      const io = storageError(sqlite(code, 'disk I/O error'), 'x.db')!;
      expect(io.code).toBe('storage-io');
      expect(io.text.id).toContain('galat I/O');
    }
  });

  it('leaves every other error alone (constraints, bugs, plain errors)', () => {
    expect(storageError(sqlite('SQLITE_CONSTRAINT_UNIQUE', 'UNIQUE constraint failed'), 'x.db')).toBeUndefined();
    expect(storageError(sqlite('SQLITE_BUSY', 'database is locked'), 'x.db')).toBeUndefined();
    expect(storageError(new Error('boom'), 'x.db')).toBeUndefined();
    expect(storageError(null, 'x.db')).toBeUndefined();
  });
});
