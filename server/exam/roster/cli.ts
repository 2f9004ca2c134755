import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseOptions } from '../../../cmdline/args.js';
import { EXIT, type CliIO } from '../../../cmdline/io.js';
import { AppError } from '../../../protocol/errors.js';
import { FIELD_LABELS, type RosterField } from './headers.js';
import { parseRoster } from './parse.js';

const USAGE = 'siapcat roster check FILE.csv|FILE.xlsx [--json]';

/**
 * `siapcat roster check FILE`: reads a roster file exactly as the hub's import would and lists
 * every row it would refuse, before exam day and without a hub. Exit 0 all rows valid, 1 some
 * rows refused, 3 usage, 4 the file cannot be read.
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(argv, { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, USAGE, {
    allowPositionals: true,
  });
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    throw new AppError(
      'usage',
      {
        id: `Sebutkan satu berkas daftar peserta.\nCara pakai: ${USAGE}`,
        en: `Name one roster file.\nUsage: ${USAGE}`,
      },
      { exitCode: EXIT.usage },
    );
  }
  const path = resolve(io.cwd, positionals[0]!);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (err) {
    throw new AppError(
      'roster-unreadable',
      {
        id: `Berkas ${path} tidak dapat dibaca (${(err as Error).message}).`,
        en: `Cannot read ${path} (${(err as Error).message}).`,
      },
      { exitCode: EXIT.input, cause: err },
    );
  }
  const roster = await parseRoster(bytes);
  if (values.json) {
    const { rows, ...rest } = roster;
    io.stdout(`${JSON.stringify({ valid: rows.length, ...rest }, null, 2)}\n`);
  } else {
    const columns = Object.entries(roster.columns)
      .map(([field, title]) => `${FIELD_LABELS[field as RosterField].id} ← "${title}"`)
      .join(', ');
    io.stdout(
      `${roster.format.toUpperCase()}, baris judul ${roster.headerLine} (${columns}).\n` +
        `${roster.rows.length} peserta valid, ${roster.rejected.length} baris ditolak. / ${roster.rows.length} valid participants, ${roster.rejected.length} row(s) refused.\n`,
    );
    for (const r of roster.rejected) io.stdout(`  baris ${r.line}: ${r.reason}\n  row ${r.line}: ${r.en}\n`);
  }
  return roster.rejected.length > 0 ? EXIT.notReady : EXIT.ok;
}
