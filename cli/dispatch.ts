import { isAppError } from '../protocol/errors.js';
import type { Command } from './commands-type.js';
import { EXIT, type CliIO } from './io.js';

/** The command whose path is the longest prefix of argv, and the remaining arguments. */
export function findIn(commands: readonly Command[], argv: string[]): { command: Command; rest: string[] } | undefined {
  let best: Command | undefined;
  for (const command of commands) {
    const matches = command.path.every((word, i) => argv[i] === word);
    if (matches && (!best || command.path.length > best.path.length)) best = command;
  }
  return best ? { command: best, rest: argv.slice(best.path.length) } : undefined;
}

/**
 * Runs one command of `commands` and returns its exit code; never throws. Shared by `siapcat`
 * and the single-file agent, which knows only the agent's commands (so no hub module is bundled).
 */
export async function dispatch(argv: string[], io: CliIO, commands: readonly Command[], program: string): Promise<number> {
  const found = findIn(commands, argv);
  if (!found) {
    io.stderr(
      `Perintah tidak dikenal: ${argv.join(' ')}. Jalankan '${program} help' untuk daftar perintah.\n` +
        `Unknown command: ${argv.join(' ')}. Run '${program} help' for the list of commands.\n`,
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
