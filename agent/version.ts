import { readFileSync } from 'node:fs';

/** The agent's version (package.json), stamped into every snapshot. */
export const AGENT_VERSION: string = (() => {
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'siapcat' && pkg.version) return pkg.version;
    } catch {
      // try the next place: sources run from agent/, the build from dist/agent/
    }
  }
  return '0.0.0';
})();
