import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseOptions } from '../../../cli/args.js';
import { EXIT, type CliIO } from '../../../cli/io.js';
import { AppError } from '../../../protocol/errors.js';
import { keysPathOf, readKeysFile } from '../../db/keys.js';
import { verifyAuditDb } from './store.js';

const USAGE = 'siapcat audit verify [--db ./data/siapcat.db] [--keys DB.keys] [--json]';

function badFile(path: string, why: string, whyEn: string, cause?: unknown): AppError {
  return new AppError(
    'audit-db',
    {
      id: `Berkas basis data ${path} tidak dapat diperiksa: ${why}. Periksa --db (hub memakai ./data/siapcat.db kecuali diatur lain).`,
      en: `Cannot check the database file ${path}: ${whyEn}. Check --db (the hub uses ./data/siapcat.db unless told otherwise).`,
    },
    { exitCode: EXIT.input, cause },
  );
}

/**
 * `siapcat audit verify`: walks the hash chain of the audit log in the hub's database (read-only,
 * safe while the hub runs) and names the first broken entry. Exit 0 intact, 1 broken, 3 usage, 4 bad file.
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseOptions(
    argv,
    { db: { type: 'string' }, keys: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
  );
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  const path = resolve(io.cwd, values.db ?? io.env.SIAPCAT_DB ?? './data/siapcat.db');
  if (!existsSync(path)) throw badFile(path, 'berkas tidak ada', 'the file does not exist');
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw badFile(path, (err as Error).message, (err as Error).message, err);
  }
  try {
    // The chain is keyed with the HMAC key of the keys file beside the database (server/db/keys.ts).
    const keysPath = resolve(io.cwd, values.keys ?? keysPathOf(path));
    const moved = (() => {
      try {
        return db.prepare("SELECT value FROM settings WHERE key = 'keys.external'").get() !== undefined;
      } catch {
        return false;
      }
    })();
    if (!existsSync(keysPath) && moved) {
      throw badFile(
        path,
        `berkas kunci ${keysPath} tidak ada (tanpa kunci HMAC rantai tidak dapat diperiksa; pakai --keys)`,
        `the keys file ${keysPath} is missing (without the HMAC key the chain cannot be checked; use --keys)`,
      );
    }
    const keys = existsSync(keysPath) ? readKeysFile(keysPath) : undefined;
    let report;
    try {
      report = verifyAuditDb(db, keys ? { key: keys.auditKey, fromSeq: keys.auditKeyedFromSeq } : undefined);
    } catch (err) {
      const message = (err as Error).message;
      if (/no such table: audit_log/.test(message))
        throw badFile(
          path,
          'tidak ada log audit (bukan basis data hub SiapCAT)',
          'it has no audit log (not a SiapCAT hub database)',
          err,
        );
      throw badFile(path, message, message, err);
    }
    if (values.json) {
      io.stdout(`${JSON.stringify({ intact: report.broken === null, ...report }, null, 2)}\n`);
    } else if (report.broken) {
      io.stdout(
        `Rantai audit RUSAK pada entri #${report.broken.seq}: ${report.broken.text.id}\n` +
          `Audit chain BROKEN at entry #${report.broken.seq}: ${report.broken.text.en}\n` +
          `Entri #1–#${report.count} utuh. / Entries #1–#${report.count} are intact.\n`,
      );
    } else if (report.head) {
      io.stdout(
        `Rantai audit utuh: ${report.count} entri, terakhir #${report.head.seq} (hash ${report.head.hash}).\n` +
          `Audit chain intact: ${report.count} entries, last #${report.head.seq} (hash ${report.head.hash}).\n`,
      );
    } else {
      io.stdout('Log audit masih kosong: belum ada yang dicatat.\nThe audit log is empty: nothing recorded yet.\n');
    }
    return report.broken ? EXIT.notReady : EXIT.ok;
  } finally {
    db.close();
  }
}
