import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/tmp.js';
import { durably, openDb, type Db } from '../db/open.js';
import { CommitQueue } from './commit.js';

const dirs: Array<() => void> = [];
afterEach(() => {
  for (const c of dirs.splice(0)) c();
});

function db(): Db {
  const tmp = tempDir();
  dirs.push(tmp.cleanup);
  const d = openDb(join(tmp.dir, 'q.db'), [{ name: 't', sql: 'CREATE TABLE t (x INTEGER PRIMARY KEY) STRICT' }]);
  dirs.unshift(() => d.close());
  return d;
}

const count = (d: Db) => (d.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n;

describe('CommitQueue', () => {
  it('commits writes queued in the same turn together, each answered after the commit', async () => {
    const d = db();
    const commits: number[] = [];
    const queue = new CommitQueue(d, 64, (database, work) => {
      const result = durably(database, work);
      commits.push(count(database));
      return result;
    });
    const answers = await Promise.all([1, 2, 3].map((x) => queue.run(() => d.prepare('INSERT INTO t VALUES (?)').run(x).changes)));
    expect(answers).toEqual([1, 1, 1]);
    expect(commits).toEqual([3]);
    await queue.run(() => d.prepare('INSERT INTO t VALUES (4)').run());
    expect(commits).toEqual([3, 4]);
  });

  it('rolls back a failing write alone and answers it with its error', async () => {
    const d = db();
    const queue = new CommitQueue(d);
    const results = await Promise.allSettled([
      queue.run(() => d.prepare('INSERT INTO t VALUES (1)').run()),
      queue.run(() => {
        d.prepare('INSERT INTO t VALUES (2)').run();
        throw new Error('refused');
      }),
      queue.run(() => d.prepare('INSERT INTO t VALUES (1)').run()),
      queue.run(() => d.prepare('INSERT INTO t VALUES (3)').run()),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('refused');
    expect(d.prepare('SELECT x FROM t ORDER BY x').all()).toEqual([{ x: 1 }, { x: 3 }]);
  });

  it('rejects the whole batch when the commit fails, recording nothing', async () => {
    const d = db();
    const queue = new CommitQueue(d, 64, (database, work) =>
      database.transaction(() => {
        work();
        throw new Error('disk I/O error');
      })(),
    );
    const results = await Promise.allSettled([1, 2].map((x) => queue.run(() => d.prepare('INSERT INTO t VALUES (?)').run(x))));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(count(d)).toBe(0);
  });

  it('splits a long queue into batches of at most maxBatch', async () => {
    const d = db();
    const sizes: number[] = [];
    let before = 0;
    const queue = new CommitQueue(d, 2, (database, work) => {
      const r = durably(database, work);
      const now = count(database);
      sizes.push(now - before);
      before = now;
      return r;
    });
    await Promise.all([1, 2, 3, 4, 5].map((x) => queue.run(() => d.prepare('INSERT INTO t VALUES (?)').run(x))));
    expect(sizes).toEqual([2, 2, 1]);
  });
});
