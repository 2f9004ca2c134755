import type { CliIO } from '../../cmdline/io.js';
import { runWith } from './cli.js';
import { loadFixtureHardware } from './hardware.js';

/** `siapcat simulate`: many agents with hardware from captured snapshots, judged by the real checklist. */
export function run(argv: string[], io: CliIO): Promise<number> {
  return runWith(argv, io, loadFixtureHardware);
}
