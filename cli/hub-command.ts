import { judgeMachineFile } from '../agent/capture/judge-file.js';
import type { CliIO } from '../cmdline/io.js';
import { systemClock } from '../protocol/ports.js';
import { run as runHub } from '../server/cli.js';

/** `siapcat hub`, with the agent's judge of uploaded machine files wired in (only cli/ joins agent and server). */
export function run(argv: string[], io: CliIO): Promise<number> {
  return runHub(argv, io, { judgeMachineFile: (bytes, role) => judgeMachineFile(bytes, role, systemClock) });
}
