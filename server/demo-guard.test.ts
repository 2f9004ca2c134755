import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../test/helpers/tmp.js';
import { demoPassword } from './demo.js';
import { demoDatabaseAt, markDemoDatabase } from './demo-guard.js';
import { Settings } from './settings.js';

let tmp: ReturnType<typeof tempDir> | undefined;
afterEach(() => tmp?.cleanup());

describe('the demo database guard', () => {
  it('tells nothing, its own database and anything else apart', () => {
    tmp = tempDir();
    const path = join(tmp.dir, 'x.db');
    expect(demoDatabaseAt(path)).toBe('absent');
    writeFileSync(path, 'not a database');
    expect(demoDatabaseAt(path)).toBe('foreign');
    const hubDb = join(tmp.dir, 'hub.db');
    const db = new Database(hubDb);
    db.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    expect(demoDatabaseAt(hubDb)).toBe('foreign');
    markDemoDatabase(new Settings(db));
    db.close();
    expect(demoDatabaseAt(hubDb)).toBe('demo');
  });

  it('makes a readable random password', () => {
    expect(demoPassword(new Uint8Array(12).fill(0))).toBe('222222222222');
    expect(demoPassword()).toMatch(/^[2-9a-z]{12}$/);
    expect(demoPassword()).not.toBe(demoPassword());
  });
});
