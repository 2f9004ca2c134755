import { realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { readText } from './files.js';

/**
 * A browser's version read from files, without starting the browser: the snap's metadata, the
 * `application.ini` beside Firefox, or the dpkg database (Debian, Ubuntu). Starting a browser to
 * ask `--version` costs a process (and, as root, warnings); this is the fallback, not the rule.
 */

/** dpkg "1:150.0.7871.100-1~deb12u1" -> "150.0.7871.100"; transitional snap packages ("1snap1") -> undefined. */
export function upstreamVersion(debianVersion: string): string | undefined {
  const noEpoch = debianVersion.replace(/^\d+:/, '');
  const upstream = noEpoch.includes('-') ? noEpoch.slice(0, noEpoch.lastIndexOf('-')) : noEpoch;
  return /^\d+\.\d+/.test(upstream) ? upstream : undefined;
}

/**
 * Version of an installed package in a dpkg status file (often about 1 MB), or undefined. Only
 * the blocks of the wanted packages are cut out; the file is not split into all its blocks.
 */
export function dpkgVersion(status: string, packages: readonly string[]): string | undefined {
  for (const name of packages) {
    const marker = `Package: ${name}\n`;
    let at = status.startsWith(marker) ? 0 : status.indexOf(`\n${marker}`);
    while (at >= 0) {
      const start = at === 0 && status.startsWith(marker) ? 0 : at + 1;
      const end = status.indexOf('\n\n', start);
      const block = status.slice(start, end < 0 ? undefined : end);
      const installed = /^Status:.*\binstalled\b/m.test(block) && !/^Status:.*\bnot-installed\b/m.test(block);
      const version = installed ? /^Version:\s*(\S+)/m.exec(block)?.[1] : undefined;
      const upstream = version ? upstreamVersion(version) : undefined;
      if (upstream) return upstream;
      at = status.indexOf(`\n${marker}`, start + marker.length);
    }
  }
  return undefined;
}

export async function versionFromFiles(root: string, executable: string, packages: readonly string[]): Promise<string | undefined> {
  let real = executable;
  try {
    real = await realpath(executable);
  } catch {
    // keep the PATH entry
  }
  const snap = /^\/snap\/(?:bin\/([^/]+)$|([^/]+)\/)/.exec(real) ?? /^\/snap\/bin\/([^/]+)$/.exec(executable);
  if (snap) {
    const name = (snap[1] ?? snap[2] ?? basename(executable)).split('.')[0]!;
    const yaml = await readText(root, join('snap', name, 'current', 'meta', 'snap.yaml'));
    const version = yaml ? /^version:\s*['"]?([^'"\s]+)/m.exec(yaml)?.[1] : undefined;
    if (version) return version;
  }
  const ini = await readText('/', join(dirname(real), 'application.ini'));
  const iniVersion = ini ? /^Version=(\S+)/m.exec(ini)?.[1] : undefined;
  if (iniVersion) return iniVersion;
  const status = await readText(root, 'var/lib/dpkg/status');
  return status ? dpkgVersion(status, packages) : undefined;
}
