import { createReadStream } from 'node:fs';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { damaged } from './errors.js';

/**
 * What a backup holds once decrypted: a sequence of entries `u16 name length | name | u64 size | bytes`,
 * ended by a zero name length. Names are fixed: `manifest.json`, `db` (the SQLite snapshot), `keys`
 * (the keys file) and `tls/<file>`; anything else is refused when unpacking, so a backup can never
 * write outside the staging folder.
 */
export type Entry = { name: string; bytes: Uint8Array } | { name: string; file: string; size: number };

const NAME = /^(manifest\.json|db|keys|tls\/[A-Za-z0-9][A-Za-z0-9._-]{0,63})$/;
/** Every entry but the database is small (a JSON manifest, the keys file, PEM files). */
export const MAX_SMALL_ENTRY = 1024 * 1024;
const MAX_ENTRIES = 64;

function entryHead(name: string, size: number): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const head = Buffer.alloc(2 + nameBytes.length + 8);
  head.writeUInt16BE(nameBytes.length, 0);
  nameBytes.copy(head, 2);
  head.writeBigUInt64BE(BigInt(size), 2 + nameBytes.length);
  return head;
}

/** The plaintext of a backup, streamed (the database snapshot is never read whole into memory). */
export async function* pack(entries: readonly Entry[]): AsyncGenerator<Buffer> {
  for (const entry of entries) {
    if (!NAME.test(entry.name)) throw new Error(`not a backup entry name: ${entry.name}`);
    if ('bytes' in entry) {
      yield entryHead(entry.name, entry.bytes.length);
      yield Buffer.from(entry.bytes);
    } else {
      yield entryHead(entry.name, entry.size);
      let sent = 0;
      for await (const chunk of createReadStream(entry.file) as AsyncIterable<Buffer>) {
        sent += chunk.length;
        yield chunk;
      }
      if (sent !== entry.size) throw new Error(`${entry.file} changed size while it was packed`);
    }
  }
  yield Buffer.alloc(2);
}

export interface Unpacked {
  /** Names of the entries written under the staging folder, in order. */
  names: string[];
  manifest: unknown;
}

/** Writes the entries of a decrypted backup under `dir` (a fresh staging folder), refusing anything out of shape. */
export async function unpack(source: AsyncIterable<Buffer>, dir: string, path: string, maxTotal: number): Promise<Unpacked> {
  const bad = (id: string, en: string) => damaged(path, id, en);
  const names: string[] = [];
  const manifestParts: Buffer[] = [];
  let pending: Buffer = Buffer.alloc(0);
  let current: { name: string; remaining: number; handle?: FileHandle; text?: boolean } | undefined;
  let total = 0;
  let ended = false;
  try {
    for await (const chunk of source) {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      for (;;) {
        if (ended) {
          if (pending.length > 0) throw bad('ada data setelah akhir isi', 'there are bytes after the end');
          break;
        }
        if (!current) {
          if (pending.length < 2) break;
          const length = pending.readUInt16BE(0);
          if (length === 0) {
            ended = true;
            pending = pending.subarray(2);
            continue;
          }
          if (pending.length < 2 + length + 8) break;
          const name = pending.subarray(2, 2 + length).toString('utf8');
          const size = Number(pending.readBigUInt64BE(2 + length));
          pending = pending.subarray(2 + length + 8);
          if (!NAME.test(name) || names.includes(name)) throw bad('nama entri tidak sah', 'an entry name is not valid');
          if (names.length >= MAX_ENTRIES) throw bad('terlalu banyak entri', 'too many entries');
          if ((name !== 'db' && size > MAX_SMALL_ENTRY) || total + size > maxTotal)
            throw bad('entri terlalu besar', 'an entry is too large');
          total += size;
          names.push(name);
          current = { name, remaining: size, text: name === 'manifest.json' };
          if (!current.text) {
            const target = join(dir, name);
            await mkdir(dirname(target), { recursive: true, mode: 0o700 });
            current.handle = await open(target, 'wx', 0o600);
          }
        }
        const take = Math.min(current.remaining, pending.length);
        const part = pending.subarray(0, take);
        pending = pending.subarray(take);
        current.remaining -= take;
        if (current.text) manifestParts.push(Buffer.from(part));
        else if (take > 0) await current.handle!.write(part);
        if (current.remaining > 0) break;
        await current.handle?.close();
        current = undefined;
      }
    }
  } finally {
    await current?.handle?.close();
  }
  if (!ended) throw bad('isi berhenti sebelum akhirnya', 'the contents stop before their end');
  let manifest: unknown;
  try {
    manifest = JSON.parse(Buffer.concat(manifestParts).toString('utf8'));
  } catch (err) {
    throw damaged(path, 'manifes tidak terbaca', 'the manifest cannot be read', err);
  }
  return { names, manifest };
}
