import { runFile } from '../run.js';
import { versionFromFiles } from './browser-version.js';
import { which } from './which.js';

/** Programs on PATH per browser, in order of preference, and the packages that install them. */
export const LINUX_BROWSERS = {
  chrome: { programs: ['google-chrome-stable', 'google-chrome'], packages: ['google-chrome-stable', 'google-chrome-beta'] },
  chromium: { programs: ['chromium', 'chromium-browser'], packages: ['chromium', 'chromium-browser'] },
  firefox: { programs: ['firefox', 'firefox-esr'], packages: ['firefox', 'firefox-esr'] },
} as const;

/** "Google Chrome 131.0.6778.85", "Chromium 150.0.7871.100 built on Debian", "Mozilla Firefox 140.12.0esr" -> the version. */
export function versionFromBanner(text: string): string | undefined {
  return /\b(\d{1,4}\.\d+(?:\.\d+)*(?:[a-z]+\d*)?)\b/i.exec(text)?.[1];
}

type Found = { version: string; path: string } | null;

/**
 * Browser versions of the programs on PATH: read from files where the install says it (snap,
 * application.ini, dpkg), else by asking the program for `--version` under its own time limit.
 * A browser not on PATH is simply not installed (null); one that does not answer is an error.
 */
export async function linuxBrowsersProbe(env: NodeJS.ProcessEnv, timeoutMs: number, root = '/') {
  const pathEnv = env.PATH ?? '/usr/local/bin:/usr/bin:/bin';
  const find = async ({ programs, packages }: { programs: readonly string[]; packages: readonly string[] }): Promise<Found> => {
    for (const name of programs) {
      const path = await which(name, pathEnv);
      if (!path) continue;
      const fromFiles = await versionFromFiles(root, path, packages);
      if (fromFiles) return { version: fromFiles, path };
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
