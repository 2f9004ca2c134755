import type { CliIO } from '../../cmdline/io.js';
import { runWith } from './cli.js';
import { loadReportSource } from './source.js';

/** `siapcat agent run`: the link to the hub, checking this PC with the real checklist. */
export function run(argv: string[], io: CliIO): Promise<number> {
  return runWith(argv, io, loadReportSource);
}
