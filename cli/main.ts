import { isAppError } from '../protocol/errors.js';
import { COMMANDS, findCommand } from './commands.js';
import { EXIT, type CliIO } from '../cmdline/io.js';

function helpText(io: CliIO): string {
  const lines = [
    io.lang === 'en' ? 'SiapCAT — CAT exam site readiness and exam-day toolkit' : 'SiapCAT — kesiapan lokasi dan hari ujian CAT',
    '',
    io.lang === 'en' ? 'Commands:' : 'Perintah:',
  ];
  for (const command of COMMANDS) {
    lines.push(`  siapcat ${command.path.join(' ').padEnd(18)} ${command.summary[io.lang]}`);
  }
  lines.push(
    '',
    io.lang === 'en' ? 'Add --help after a command for its options.' : 'Tambahkan --help setelah perintah untuk melihat opsinya.',
  );
  return lines.join('\n') + '\n';
}

/** Runs one CLI invocation and returns its exit code. Never throws. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') {
    io.stdout(helpText(io));
    return argv.length === 0 ? EXIT.usage : EXIT.ok;
  }
  const found = findCommand(argv);
  if (!found) {
    io.stderr(
      `Perintah tidak dikenal: ${argv.join(' ')}. Jalankan 'siapcat help' untuk daftar perintah.\n` +
        `Unknown command: ${argv.join(' ')}. Run 'siapcat help' for the list of commands.\n`,
    );
    return EXIT.usage;
  }
  try {
    const module = await found.command.load();
    return await module.run(found.rest, io);
  } catch (err) {
    return reportError(err, io);
  }
}

/** Prints an error in Indonesian then English; a stack trace only with SIAPCAT_DEBUG=1. */
export function reportError(err: unknown, io: CliIO): number {
  if (isAppError(err)) {
    io.stderr(`Galat: ${err.text.id}\nError: ${err.text.en}\n`);
    return err.exitCode;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr(
    `Galat internal: ${message}\nInternal error: ${message}\n` +
      `Laporkan ke tim TI dengan SIAPCAT_DEBUG=1 untuk detail. / Report it to IT; run with SIAPCAT_DEBUG=1 for details.\n`,
  );
  if (io.env.SIAPCAT_DEBUG === '1' && err instanceof Error && err.stack) io.stderr(err.stack + '\n');
  return EXIT.internal;
}
