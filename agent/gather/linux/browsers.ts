import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { runFile } from '../run.js';

/** Programs to ask for `--version`, per browser, in order of preference. */
export const LINUX_BROWSERS = {
  chrome: ['google-chrome-stable', 'google-chrome'],
  chromium: ['chromium', 'chromium-browser'],
  firefox: ['firefox', 'firefox-esr'],
} as const;

/** "Google Chrome 131.0.6778.85", "Chromium 150.0.7871.100 built on Debian", "Mozilla Firefox 140.12.0esr" -> the version. */
export function versionFromBanner(text: string): string | undefined {
  return /\b(\d{1,4}\.\d+(?:\.\d+)*(?:[a-z]+\d*)?)\b/i.exec(text)?.[1];
}

async function which(name: string, pathEnv: string): Promise<string | undefined> {
  for (const dir of pathEnv.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

type Found = { version: string; path: string } | null;

/**
 * Browser versions from the programs on PATH, each asked with `--version` under its own time
 * limit. A browser not on PATH is simply not installed (null); one that does not answer is an error.
 */
export async function linuxBrowsersProbe(env: NodeJS.ProcessEnv, timeoutMs: number) {
  const pathEnv = env.PATH ?? '/usr/local/bin:/usr/bin:/bin';
  const find = async (names: readonly string[]): Promise<Found> => {
    for (const name of names) {
      const path = await which(name, pathEnv);
      if (!path) continue;
      const out = await runFile(path, ['--version'], { timeoutMs, env });
      if (!out.ok) throw new Error(`${name} --version: ${out.error.code} ${out.error.detail}`);
      const version = versionFromBanner(out.value);
      if (version) return { version, path };
    }
    return null;
  };
  const [chrome, chromium, firefox] = await Promise.all([
    find(LINUX_BROWSERS.chrome),
    find(LINUX_BROWSERS.chromium),
    find(LINUX_BROWSERS.firefox),
  ]);
  return { chrome, chromium, firefox };
}
