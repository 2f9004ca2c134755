import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Reading /sys and /proc under a root folder, so tests can point the probes at a fixture tree
 * (as node_exporter does) and the agent at "/". Missing files read as undefined, never throw.
 */
export async function readText(root: string, path: string): Promise<string | undefined> {
  try {
    return (await readFile(join(root, path), 'utf8')).trim();
  } catch {
    return undefined;
  }
}

export async function readBytes(root: string, path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(join(root, path));
  } catch {
    return undefined;
  }
}

/** Entry names of a folder, sorted; [] when it does not exist. */
export async function list(root: string, path: string): Promise<string[]> {
  try {
    return (await readdir(join(root, path))).sort();
  } catch {
    return [];
  }
}
