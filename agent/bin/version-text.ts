import { AGENT_VERSION } from '../version.js';

/** `--version`: the program, its version, and the Node.js inside it (the single file carries its own). */
export function versionText(program: string): string {
  return `${program} ${AGENT_VERSION} (Node.js ${process.version}, ${process.platform}-${process.arch})\n`;
}
