import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../../protocol/errors.js';
import type { Localized } from '../../protocol/i18n.js';

/** Reads a file the user named, turning every failure into a bilingual input error (exit 4). */
export async function readUserFile(path: string, cwd: string, what: Localized, maxBytes: number): Promise<string> {
  return (await readUserBytes(path, cwd, what, maxBytes)).toString('utf8');
}

/** The same, as bytes (a capture file may be UTF-16 or Windows-1252). */
export async function readUserBytes(path: string, cwd: string, what: Localized, maxBytes: number): Promise<Buffer> {
  const full = resolve(cwd, path);
  let data: Buffer;
  try {
    data = await readFile(full);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why: Localized =
      code === 'ENOENT'
        ? { id: 'berkas tidak ada', en: 'no such file' }
        : code === 'EISDIR'
          ? { id: 'itu sebuah folder, bukan berkas', en: 'it is a folder, not a file' }
          : code === 'EACCES' || code === 'EPERM'
            ? { id: 'tidak ada izin membaca', en: 'no permission to read it' }
            : { id: `tidak bisa dibaca (${code ?? 'galat'})`, en: `cannot be read (${code ?? 'error'})` };
    throw new AppError(
      'file-unreadable',
      {
        id: `${what.id} '${path}': ${why.id}. Periksa nama dan lokasinya.`,
        en: `${what.en} '${path}': ${why.en}. Check its name and place.`,
      },
      { exitCode: 4 },
    );
  }
  if (data.length > maxBytes) {
    throw new AppError(
      'file-too-large',
      { id: `${what.id} '${path}' terlalu besar (${data.length} byte).`, en: `${what.en} '${path}' is too large (${data.length} bytes).` },
      { exitCode: 4 },
    );
  }
  return data;
}

/**
 * Writes a file whole or not at all: to a temporary name beside it, then renamed over the
 * target, so a crash or a full disk never leaves half a snapshot behind.
 */
export async function writeFileAtomic(path: string, cwd: string, text: string): Promise<string> {
  const full = resolve(cwd, path);
  const temp = join(dirname(full), `.${basename(full)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { encoding: 'utf8', flag: 'wx' });
    await rename(temp, full);
    return full;
  } catch (err) {
    await rm(temp, { force: true }).catch(() => {});
    const code = (err as NodeJS.ErrnoException).code ?? 'galat';
    throw new AppError(
      'file-unwritable',
      {
        id: `Snapshot tidak bisa ditulis ke '${path}' (${code}). Pastikan foldernya ada dan bisa ditulis, atau pilih --out lain.`,
        en: `Cannot write the snapshot to '${path}' (${code}). Make sure the folder exists and is writable, or choose another --out.`,
      },
      { exitCode: 4 },
    );
  }
}
