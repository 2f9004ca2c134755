import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const AGENT_BIN = join(ROOT, 'dist', 'agent-bin');
export const LINUX_EXE = join(AGENT_BIN, 'siapcat-agent-linux-x64');
export const WINDOWS_EXE = join(AGENT_BIN, 'siapcat-agent-win-x64.exe');

/** The single-file agents, built by `npm run build:agent` (npm test's pretest does it). */
export function requireAgentBin(): void {
  for (const file of [LINUX_EXE, WINDOWS_EXE]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run 'npm run build:agent' first`);
  }
}

/** Debian's wine64 loader (not on PATH: /usr/lib/wine/wine64), or wine64 on PATH. */
export function wine64(): string {
  for (const candidate of ['/usr/lib/wine/wine64', '/usr/bin/wine64']) if (existsSync(candidate)) return candidate;
  try {
    return execFileSync('sh', ['-c', 'command -v wine64'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error("wine64 is missing: install Debian's wine64 (apt-get install -y wine64; .ci/run does it)");
  }
}

/**
 * How Node's Windows build runs under Wine: Wine reports an old Windows (NODE_SKIP_PLATFORM_CHECK),
 * its debug chatter off, one Wine prefix kept between runs (making one takes seconds).
 */
export function wineEnv(): NodeJS.ProcessEnv {
  const prefix = join(ROOT, 'node_modules', '.cache', 'siapcat-wine');
  mkdirSync(prefix, { recursive: true });
  return { WINEPREFIX: prefix, WINEDEBUG: '-all', NODE_SKIP_PLATFORM_CHECK: '1' };
}

/** A Linux path as the Windows program sees it through Wine's Z: drive. */
export const winPath = (path: string) => `Z:${path.replace(/\//g, '\\')}`;
