import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseOptions } from '../../cmdline/args.js';
import { EXIT, type CliIO } from '../../cmdline/io.js';
import { keysPathOf } from '../db/keys.js';
import { summaryText } from './describe.js';
import { backupError } from './errors.js';
import { deriveKey } from './format.js';
import { readPassphrase, refuseSecretArguments, terminalAsker } from './passphrase.js';
import { backupFileName } from './rolling.js';
import { fileSnapshot, writeBackup } from './take.js';

const USAGE = 'siapcat backup [--db ./data/siapcat.db] [--out FILE] [--passphrase-file FILE] [--tls-dir DIR] [--json]';

/**
 * `siapcat backup`: a consistent copy of the hub's database (safe while the hub runs and writes),
 * its keys file and its tls folder, in one file encrypted with a passphrase.
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  refuseSecretArguments(argv);
  const { values } = parseOptions(
    argv,
    {
      db: { type: 'string' },
      out: { type: 'string' },
      'passphrase-file': { type: 'string' },
      'tls-dir': { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  const dbPath = resolve(io.cwd, values.db ?? io.env.SIAPCAT_DB ?? './data/siapcat.db');
  if (!existsSync(dbPath)) {
    throw backupError(
      'backup-no-db',
      `Basis data ${dbPath} tidak ada. Periksa --db (hub memakai ./data/siapcat.db kecuali diatur lain).`,
      `The database ${dbPath} does not exist. Check --db (the hub uses ./data/siapcat.db unless told otherwise).`,
    );
  }
  const out = resolve(io.cwd, values.out ?? backupFileName(new Date()));
  if (existsSync(out)) {
    throw backupError('backup-out-exists', `${out} sudah ada; pilih --out lain.`, `${out} exists already; choose another --out.`);
  }
  if (!existsSync(dirname(out))) {
    throw backupError('backup-out-dir', `Folder ${dirname(out)} tidak ada.`, `The folder ${dirname(out)} does not exist.`);
  }
  const passphrase = await readPassphrase(
    { ...(values['passphrase-file'] ? { file: values['passphrase-file'] } : {}), env: io.env, cwd: io.cwd, ask: terminalAsker(io.lang) },
    'new',
  );
  const key = await deriveKey(passphrase);
  let db: Database.Database;
  try {
    db = new Database(dbPath, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw backupError(
      'backup-no-db',
      `Basis data ${dbPath} tidak bisa dibuka (${(err as Error).message}).`,
      `Cannot open the database ${dbPath} (${(err as Error).message}).`,
      { cause: err },
    );
  }
  try {
    const tlsDir = resolve(io.cwd, values['tls-dir'] ?? join(dirname(dbPath), 'tls'));
    const written = await writeBackup({ snapshot: fileSnapshot(db), dbPath, keysPath: keysPathOf(dbPath), tlsDir }, out, key, new Date());
    if (values.json) {
      io.stdout(`${JSON.stringify(written, null, 2)}\n`);
    } else {
      const what = summaryText(written.summary);
      io.stdout(
        `Cadangan ditulis: ${written.out} (${written.bytes} bita, terenkripsi; isi: ${written.files.join(', ')}).\n` +
          `  ${what.id}.\n  Simpan di luar PC hub (USB, PC lain) dan catat frasa sandinya: tanpa itu cadangan tidak bisa dipulihkan.\n` +
          `Backup written: ${written.out} (${written.bytes} bytes, encrypted; holds: ${written.files.join(', ')}).\n` +
          `  ${what.en}.\n  Keep it off the hub PC (USB, another PC) and keep the passphrase: without it the backup cannot be restored.\n`,
      );
    }
    return EXIT.ok;
  } finally {
    db.close();
  }
}
