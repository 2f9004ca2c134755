import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Settings } from './settings.js';

/** The settings key `siapcat demo` writes into every database it creates. */
export const DEMO_MARK_KEY = 'demo.database';
const DEMO_MARK = 'created by siapcat demo';

/**
 * What is at the path `siapcat demo --db` was given: nothing, a database the demo made (marked),
 * or anything else (a real hub's database, another file), which the demo must not delete.
 */
export function demoDatabaseAt(path: string): 'absent' | 'demo' | 'foreign' {
  if (!existsSync(path)) return 'absent';
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(DEMO_MARK_KEY) as { value: string } | undefined;
    return row?.value === DEMO_MARK ? 'demo' : 'foreign';
  } catch {
    return 'foreign';
  } finally {
    db?.close();
  }
}

export function markDemoDatabase(settings: Settings): void {
  settings.set(DEMO_MARK_KEY, DEMO_MARK);
}
