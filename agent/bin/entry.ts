import { processIO } from '../../cli/io.js';
import { guardChildPipes } from './guard.js';
import { agentMain } from './main.js';

/** The single-file agent's entry point (bundled by scripts/build-agent-bin.mjs). */
guardChildPipes();
void agentMain(process.argv.slice(2), processIO()).then((code) => {
  // Long-running commands (run) resolve only when stopped.
  process.exitCode = code;
});
