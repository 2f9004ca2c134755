import { afterAll, beforeAll } from 'vitest';
import { startLocalPostgres, type LocalPostgres } from '../../server/region/local-pg.js';

/**
 * A real throw-away PostgreSQL for one test file: started before its tests, stopped after. Each
 * test asks `fresh()` for an empty database of its own.
 */
export function usePostgres(): { fresh(): Promise<string>; readonly cluster: LocalPostgres } {
  let cluster: LocalPostgres | undefined;
  let n = 0;
  beforeAll(async () => {
    cluster = await startLocalPostgres();
  }, 60_000);
  afterAll(() => cluster?.stop());
  return {
    get cluster() {
      if (!cluster) throw new Error('postgres not started');
      return cluster;
    },
    fresh: () => {
      if (!cluster) throw new Error('postgres not started');
      n += 1;
      return cluster.createDatabase(`t${process.pid}_${n}`);
    },
  };
}
