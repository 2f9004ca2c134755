import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { posix, win32 } from 'node:path';

/** Where the UPS daemons' command-line tools are looked for, in order, per tool. */
export interface UpsToolPlaces {
  /** NUT's client: `upsc -l` lists the UPSes, `upsc NAME` prints one's variables. */
  upsc: string[];
  /** apcupsd's client: `apcaccess status`. */
  apcaccess: string[];
}

/** An environment variable by name, whatever its case (Windows spells PATH `Path`). */
function envVar(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : env[key];
}

/**
 * Every place to try for each tool. Linux (and macOS): each PATH directory. Windows: each Path
 * directory with `.exe`, then where the Windows builds install by default:
 * - apcupsd for Windows: `C:\apcupsd\bin` (its installer's default), or under Program Files;
 * - NUT for Windows: `Program Files (x86)\NUT\bin` (the 2.6.5 MSI), `Program Files\NUT\bin`, and
 *   `C:\NUT\bin`, where the 2.8 archives are commonly unpacked.
 * Pure: nothing is touched; `findUpsTools` checks which exist.
 */
export function upsToolPlaces(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): UpsToolPlaces {
  if (platform !== 'win32') {
    const dirs = (envVar(env, 'PATH') ?? '/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin').split(':').filter(Boolean);
    return { upsc: dirs.map((d) => posix.join(d, 'upsc')), apcaccess: dirs.map((d) => posix.join(d, 'apcaccess')) };
  }
  const drive = envVar(env, 'SystemDrive') || 'C:';
  const programFiles = envVar(env, 'ProgramFiles') || `${drive}\\Program Files`;
  const programFilesX86 = envVar(env, 'ProgramFiles(x86)') || `${drive}\\Program Files (x86)`;
  const path = (envVar(env, 'PATH') ?? '')
    .split(';')
    .map((d) => d.trim().replace(/^"(.*)"$/, '$1'))
    .filter(Boolean);
  const places = (exe: string, dirs: string[]) => [...new Set([...path, ...dirs].map((d) => win32.join(d, exe)))];
  return {
    upsc: places('upsc.exe', [win32.join(programFilesX86, 'NUT', 'bin'), win32.join(programFiles, 'NUT', 'bin'), `${drive}\\NUT\\bin`]),
    apcaccess: places('apcaccess.exe', [
      `${drive}\\apcupsd\\bin`,
      win32.join(programFiles, 'apcupsd', 'bin'),
      win32.join(programFilesX86, 'apcupsd', 'bin'),
    ]),
  };
}

/** Whether a file may be run (on Windows, whether it exists). Starts nothing. */
export async function runnable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first place of each tool that exists; a tool found nowhere is left out (then it is skipped). */
export async function findUpsTools(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  exists: (file: string) => Promise<boolean> = runnable,
): Promise<{ upsc?: string; apcaccess?: string }> {
  const places = upsToolPlaces(platform, env);
  const first = async (files: string[]) => {
    for (const f of files) if (await exists(f)) return f;
    return undefined;
  };
  const [upsc, apcaccess] = await Promise.all([first(places.upsc), first(places.apcaccess)]);
  return { ...(upsc ? { upsc } : {}), ...(apcaccess ? { apcaccess } : {}) };
}
