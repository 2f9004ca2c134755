import type { Localized } from '../protocol/i18n.js';
import type { CliIO } from './io.js';

export interface CommandModule {
  run(argv: string[], io: CliIO): Promise<number>;
}

export interface Command {
  /** Words that select the command, e.g. ['agent', 'check']. */
  path: string[];
  summary: Localized;
  /** Loaded lazily so `agent check` never pays for the hub's modules, and the other way round. */
  load: () => Promise<CommandModule>;
}
