import { dispatch } from '../../cli/dispatch.js';
import { EXIT, type CliIO } from '../../cli/io.js';
import { AGENT_COMMANDS } from '../cli/commands.js';
import { versionText } from './version-text.js';

export const PROGRAM = 'siapcat-agent';

function helpText(io: CliIO): string {
  const lines = [
    io.lang === 'en' ? 'SiapCAT agent — readiness of this exam PC, linked to the venue hub' : 'Agen SiapCAT — kesiapan PC ujian ini, tersambung ke hub lokasi',
    '',
    io.lang === 'en' ? 'Commands:' : 'Perintah:',
  ];
  for (const command of AGENT_COMMANDS) {
    lines.push(`  ${PROGRAM} ${command.path.slice(1).join(' ').padEnd(10)} ${command.summary[io.lang]}`);
  }
  lines.push(`  ${PROGRAM} --version`);
  lines.push('', io.lang === 'en' ? 'Add --help after a command for its options.' : 'Tambahkan --help setelah perintah untuk melihat opsinya.');
  return lines.join('\n') + '\n';
}

/**
 * The single-file agent's command line: `siapcat-agent check …` is `siapcat agent check …` (same
 * options, output, languages and exit codes), and nothing of the hub is reachable from here.
 */
export async function agentMain(argv: string[], io: CliIO): Promise<number> {
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') {
    io.stdout(helpText(io));
    return argv.length === 0 ? EXIT.usage : EXIT.ok;
  }
  if (argv[0] === '--version' || argv[0] === 'version') {
    io.stdout(versionText(PROGRAM));
    return EXIT.ok;
  }
  return dispatch(['agent', ...argv], io, AGENT_COMMANDS, PROGRAM);
}
