import { existsSync, readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';

/** Where a NIK was found unmasked: `table.column` for database values, `file:<name>` for raw bytes, `log` for log lines. */
export type NikHit = { nik: string; where: string };

/** A NIK written the ways it could be stored: bare digits, or grouped by spaces, dots or dashes. */
function spellings(nik: string): RegExp {
  return new RegExp(nik.split('').join('[ .\\-]?'));
}

/**
 * Every place a NIK appears unmasked: every text value of every table (but `allowedTables`, the
 * roster that must keep it), every log line, and the raw bytes of the SQLite file and its WAL
 * (for NIKs that may appear nowhere at all: those never on the roster).
 */
export function unmaskedNiks(options: {
  db: Database.Database;
  dbPath: string;
  lines: readonly string[];
  niks: readonly string[];
  allowedTables?: readonly string[];
  /** NIKs that must not be in the file's bytes at all (not on the roster). */
  nowhere?: readonly string[];
}): NikHit[] {
  const hits: NikHit[] = [];
  const patterns = options.niks.map((nik) => ({ nik, re: spellings(nik) }));
  const tables = options.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as Array<{ name: string }>;
  for (const { name } of tables) {
    if (options.allowedTables?.includes(name)) continue;
    for (const row of options.db.prepare(`SELECT * FROM "${name}"`).iterate() as IterableIterator<Record<string, unknown>>) {
      for (const [column, value] of Object.entries(row)) {
        const text = typeof value === 'string' ? value : Buffer.isBuffer(value) ? value.toString('latin1') : String(value);
        for (const { nik, re } of patterns) if (re.test(text)) hits.push({ nik, where: `${name}.${column}` });
      }
    }
  }
  for (const line of options.lines) {
    for (const { nik, re } of patterns) if (re.test(line)) hits.push({ nik, where: 'log' });
  }
  for (const file of [options.dbPath, `${options.dbPath}-wal`]) {
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file).toString('latin1');
    for (const nik of options.nowhere ?? []) if (bytes.includes(nik)) hits.push({ nik, where: `file:${file.endsWith('-wal') ? 'wal' : 'db'}` });
  }
  return hits;
}
