import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from './migrate.js';

describe('migrate', () => {
  it('runs each migration once, in order, and remembers it', () => {
    const db = new Database(':memory:');
    const list = [
      { name: 'a', sql: 'CREATE TABLE t (x INTEGER)' },
      { name: 'b', sql: 'INSERT INTO t VALUES (1)' },
    ];
    expect(migrate(db, list)).toEqual(['a', 'b']);
    expect(migrate(db, list)).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 1 });
    expect(migrate(db, [...list, { name: 'c', sql: 'INSERT INTO t VALUES (2)' }])).toEqual(['c']);
  });

  it('leaves nothing half-applied when a migration fails', () => {
    const db = new Database(':memory:');
    const list = [{ name: 'bad', sql: 'CREATE TABLE u (x INTEGER); INSERT INTO nope VALUES (1)' }];
    expect(() => migrate(db, list)).toThrow();
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'u'").get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: 0 });
  });

  it('refuses a list that repeats a name', () => {
    const db = new Database(':memory:');
    expect(() =>
      migrate(db, [
        { name: 'a', sql: 'SELECT 1' },
        { name: 'a', sql: 'SELECT 1' },
      ]),
    ).toThrow(/duplicate/);
  });
});
