import { resolve } from 'node:path';
import { parseOptions, requireOption } from '../../cmdline/args.js';
import { EXIT, type CliIO } from '../../cmdline/io.js';
import { summaryText } from './describe.js';
import { backupError } from './errors.js';
import { readPassphrase, refuseSecretArguments, terminalAsker } from './passphrase.js';
import { restoreBackup } from './restore.js';

const USAGE = 'siapcat restore FILE --db PATH [--force] [--passphrase-file FILE] [--json]';

/** `siapcat restore`: brings a backup back beside --db (database, keys file, tls folder), checked first. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  refuseSecretArguments(argv);
  const { values, positionals } = parseOptions(
    argv,
    {
      db: { type: 'string' },
      force: { type: 'boolean' },
      'passphrase-file': { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
    { allowPositionals: true },
  );
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    throw backupError(
      'usage',
      `Sebutkan tepat satu berkas cadangan.\nCara pakai: ${USAGE}`,
      `Name exactly one backup file.\nUsage: ${USAGE}`,
      { exitCode: EXIT.usage },
    );
  }
  const file = positionals[0]!;
  const dbPath = requireOption('db', values.db, USAGE);
  const passphrase = await readPassphrase(
    { ...(values['passphrase-file'] ? { file: values['passphrase-file'] } : {}), env: io.env, cwd: io.cwd, ask: terminalAsker(io.lang) },
    'open',
  );
  const restored = await restoreBackup({
    file: resolve(io.cwd, file),
    dbPath: resolve(io.cwd, dbPath),
    passphrase,
    force: values.force === true,
    now: new Date(),
  });
  if (values.json) {
    io.stdout(`${JSON.stringify(restored, null, 2)}\n`);
    return EXIT.ok;
  }
  const what = summaryText(restored.summary);
  const head = restored.chain.head;
  const lines = [
    `Dipulihkan dari cadangan ${restored.createdAt}: ${restored.dbPath} (+ ${restored.keysPath}${restored.tlsDir ? `, ${restored.tlsDir}` : ''}).`,
    `  ${what.id}.`,
    `  Rantai audit utuh: ${restored.chain.count} entri${head ? `, terakhir #${head.seq} (hash ${head.hash})` : ''}.`,
    ...(restored.caFingerprint
      ? [`  Sidik jari CA hub (SHA-256): ${restored.caFingerprint} (sama dengan sebelumnya: agen dan peramban tetap percaya).`]
      : []),
    ...restored.movedAside.map((p) => `  Berkas lama disimpan sebagai ${p}.`),
    `  Jalankan: siapcat hub --db ${restored.dbPath}`,
    `Restored from the backup of ${restored.createdAt}: ${restored.dbPath} (+ ${restored.keysPath}${restored.tlsDir ? `, ${restored.tlsDir}` : ''}).`,
    `  ${what.en}.`,
    `  Audit chain intact: ${restored.chain.count} entries${head ? `, last #${head.seq} (hash ${head.hash})` : ''}.`,
    ...(restored.caFingerprint
      ? [`  Hub CA fingerprint (SHA-256): ${restored.caFingerprint} (the same as before: agents and browsers keep trusting it).`]
      : []),
    ...restored.movedAside.map((p) => `  The old file was kept as ${p}.`),
    `  Next: siapcat hub --db ${restored.dbPath}`,
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
