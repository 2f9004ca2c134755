import { COMMANDS } from './commands.js';
import { dispatch } from './dispatch.js';
import { EXIT, type CliIO } from './io.js';

export { reportError } from './dispatch.js';

function helpText(io: CliIO): string {
  const lines = [
    io.lang === 'en' ? 'SiapCAT — CAT exam site readiness and exam-day toolkit' : 'SiapCAT — kesiapan lokasi dan hari ujian CAT',
    '',
    io.lang === 'en' ? 'Commands:' : 'Perintah:',
  ];
  for (const command of COMMANDS) {
    lines.push(`  siapcat ${command.path.join(' ').padEnd(18)} ${command.summary[io.lang]}`);
  }
  lines.push('', io.lang === 'en' ? 'Add --help after a command for its options.' : 'Tambahkan --help setelah perintah untuk melihat opsinya.');
  return lines.join('\n') + '\n';
}

/** Runs one CLI invocation and returns its exit code. Never throws. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') {
    io.stdout(helpText(io));
    return argv.length === 0 ? EXIT.usage : EXIT.ok;
  }
  if (argv[0] === '--version' || (argv[0] === 'agent' && argv[1] === '--version' && argv.length === 2)) {
    const { versionText } = await import('../agent/bin/version-text.js');
    io.stdout(versionText('siapcat'));
    return EXIT.ok;
  }
  return dispatch(argv, io, COMMANDS, 'siapcat');
}
