import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate.js';
import { CAPTURE_MIGRATIONS } from './schema.js';
import { CaptureStore } from './store.js';

const report = (verdict: string) => JSON.stringify({ role: 'client', verdict, checks: [{ id: 'ram-size', status: 'fail' }] });

describe('CaptureStore', () => {
  it('a flood of uploads never grows the table past what it keeps: the oldest go first', () => {
    const db = new Database(':memory:');
    migrate(db, CAPTURE_MIGRATIONS);
    const store = new CaptureStore(db, 3);
    for (let i = 1; i <= 10; i++) {
      store.add({
        file_name: `PC-${i}-siapcat.txt`,
        host: `PC-${i}`,
        role: 'client',
        source: 'capture',
        captured_at: '2026-12-03T01:00:00Z',
        imported_at: '2026-12-03T02:00:00Z',
        imported_by: 'admin',
        verdict: 'not-ready',
        report: report('not-ready'),
      });
    }
    const kept = store.list(100);
    expect(kept.map((r) => r.host)).toEqual(['PC-10', 'PC-9', 'PC-8']);
    expect(kept[0]!.counts).toEqual({ pass: 0, warn: 0, fail: 1, unknown: 0 });
    expect(store.remove(kept[2]!.id)).toBe(true);
    expect(store.remove(kept[2]!.id)).toBe(false);
  });
});
