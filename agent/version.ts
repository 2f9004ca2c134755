import { readFileSync } from 'node:fs';

/** Set by the bundler for the single-file agent (scripts/build-agent-bin.mjs); absent otherwise. */
declare const SIAPCAT_BUILD_VERSION: string | undefined;

/** The agent's version (package.json), stamped into every snapshot. */
export const AGENT_VERSION: string = (() => {
  if (typeof SIAPCAT_BUILD_VERSION === 'string') return SIAPCAT_BUILD_VERSION;
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
