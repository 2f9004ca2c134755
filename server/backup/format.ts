import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { createReadStream, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod/mini';
import { isAppError } from '../../protocol/errors.js';
import { damaged, notABackup, wrongPassphrase, backupError } from './errors.js';

/**
 * The backup file, version 1:
 *   "SIAPCAT-BACKUP\0" (15 bytes) | version (1 byte) | header length (u32 BE) | header (JSON) | ciphertext | GCM tag (16)
 * The header names the KDF (scrypt, its cost and salt), the IV and a verifier of the key (SHA-256 of
 * the second half of scrypt's output, so a wrong passphrase is told apart from a damaged file). Everything
 * before the ciphertext is AES-256-GCM's additional data: a changed header, byte or length fails the tag.
 */
export const MAGIC = Buffer.from('SIAPCAT-BACKUP\0', 'latin1');
export const FORMAT_VERSION = 1;
export const MAX_HEADER_BYTES = 4096;
/** Larger files are refused before anything is read (a venue's database is far smaller). */
export const MAX_BACKUP_BYTES = 8 * 1024 ** 3;
const TAG_BYTES = 16;
const PREFIX_FIXED = MAGIC.length + 1 + 4;

export interface KdfParams {
  N: number;
  r: number;
  p: number;
}
/** OWASP's scrypt setting for keys (N=2^17, r=8, p=1: 128 MiB, about a second here). */
export const DEFAULT_KDF: KdfParams = { N: 2 ** 17, r: 8, p: 1 };
/** scrypt uses 128·N·r bytes; a header asking more (an attacker's file making us swap) is refused. */
const MAX_KDF_MEMORY = 256 * 1024 * 1024;

export interface BackupKey {
  params: KdfParams;
  salt: Buffer;
  key: Buffer;
  verifier: Buffer;
}

const b64 = z.string().check(z.maxLength(200), z.regex(/^[A-Za-z0-9_-]*$/));
const headerSchema = z.object({
  kdf: z.object({ name: z.literal('scrypt'), N: z.int(), r: z.int(), p: z.int(), salt: b64 }),
  verifier: b64,
  cipher: z.literal('aes-256-gcm'),
  iv: b64,
  createdAt: z.string().check(z.maxLength(40)),
});
export type BackupHeader = z.infer<typeof headerSchema>;

function scryptAsync(passphrase: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(passphrase, salt, 64, options, (err, key) => (err ? reject(err) : resolve(key))));
}

function kdfWithinBounds({ N, r, p }: KdfParams): boolean {
  const powerOfTwo = N > 1 && (N & (N - 1)) === 0;
  return powerOfTwo && N <= 2 ** 20 && r >= 1 && r <= 32 && p >= 1 && p <= 16 && 128 * N * r <= MAX_KDF_MEMORY;
}

/** Derives the file key from a passphrase (async: scrypt runs on libuv's pool, not the event loop). */
export async function deriveKey(passphrase: string, params: KdfParams = DEFAULT_KDF, salt: Buffer = randomBytes(16)): Promise<BackupKey> {
  const out = await scryptAsync(passphrase.normalize('NFC'), salt, { ...params, maxmem: MAX_KDF_MEMORY + 16 * 1024 * 1024 });
  return { params, salt, key: out.subarray(0, 32), verifier: createHash('sha256').update(out.subarray(32)).digest() };
}

function prefixOf(header: BackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const fixed = Buffer.alloc(PREFIX_FIXED);
  MAGIC.copy(fixed);
  fixed.writeUInt8(FORMAT_VERSION, MAGIC.length);
  fixed.writeUInt32BE(json.length, MAGIC.length + 1);
  return Buffer.concat([fixed, json]);
}

/** Encrypts `plaintext` into the backup format: yields the prefix, the ciphertext, then the tag. */
export async function* encrypt(plaintext: AsyncIterable<Buffer>, key: BackupKey, createdAt: string): AsyncGenerator<Buffer> {
  const iv = randomBytes(12);
  const header: BackupHeader = {
    kdf: { name: 'scrypt', ...key.params, salt: key.salt.toString('base64url') },
    verifier: key.verifier.toString('base64url'),
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64url'),
    createdAt,
  };
  const prefix = prefixOf(header);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(prefix);
  yield prefix;
  for await (const chunk of plaintext) {
    const out = cipher.update(chunk);
    if (out.length > 0) yield out;
  }
  const last = cipher.final();
  if (last.length > 0) yield last;
  yield cipher.getAuthTag();
}

/** Reads and checks the unencrypted part of a backup file (no key needed). */
export async function readPrefix(path: string, stats: Stats): Promise<{ header: BackupHeader; prefix: Buffer }> {
  if (!stats.isFile()) throw notABackup(path, 'bukan berkas biasa', 'not a regular file');
  if (stats.size > MAX_BACKUP_BYTES)
    throw notABackup(
      path,
      `${stats.size} bita, melebihi batas ${MAX_BACKUP_BYTES} bita`,
      `${stats.size} bytes, over the limit of ${MAX_BACKUP_BYTES} bytes`,
    );
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(Math.min(stats.size, PREFIX_FIXED + MAX_HEADER_BYTES));
    await handle.read(head, 0, head.length, 0);
    if (head.length < MAGIC.length || !head.subarray(0, MAGIC.length).equals(MAGIC))
      throw notABackup(path, 'tanda pengenal di awal berkas tidak ada', 'its first bytes are not the SiapCAT backup mark');
    if (head.length < PREFIX_FIXED) throw damaged(path, 'kepala berkas terpotong', 'the header is cut short');
    const version = head.readUInt8(MAGIC.length);
    if (version !== FORMAT_VERSION)
      throw backupError(
        'backup-version',
        `Cadangan ${path} berformat versi ${version}; versi SiapCAT ini membaca versi ${FORMAT_VERSION}. Pakai SiapCAT yang membuatnya atau yang lebih baru.`,
        `The backup ${path} has format version ${version}; this SiapCAT reads version ${FORMAT_VERSION}. Use the SiapCAT that made it or a newer one.`,
      );
    const length = head.readUInt32BE(MAGIC.length + 1);
    if (length > MAX_HEADER_BYTES)
      throw damaged(path, `kepala ${length} bita, batas ${MAX_HEADER_BYTES}`, `header of ${length} bytes, limit ${MAX_HEADER_BYTES}`);
    if (head.length < PREFIX_FIXED + length || stats.size < PREFIX_FIXED + length + TAG_BYTES)
      throw damaged(path, 'berkas berakhir sebelum isinya', 'the file ends before its contents');
    let header: BackupHeader;
    try {
      header = headerSchema.parse(JSON.parse(head.subarray(PREFIX_FIXED, PREFIX_FIXED + length).toString('utf8')));
    } catch (err) {
      throw damaged(path, 'kepala berkas tidak terbaca', 'the header cannot be read', err);
    }
    if (!kdfWithinBounds(header.kdf))
      throw damaged(path, 'parameter scrypt di luar batas', 'scrypt parameters out of bounds (refused, they could exhaust memory)');
    return { header, prefix: head.subarray(0, PREFIX_FIXED + length) };
  } finally {
    await handle.close();
  }
}

/**
 * Decrypts the backup at `path` into `sink`. The sink sees plaintext before the tag is checked at the
 * end, so it must only stage what it writes; this rejects (backup-damaged) when the tag does not fit.
 */
export async function decrypt(
  path: string,
  stats: Stats,
  passphrase: string,
  sink: (plaintext: AsyncIterable<Buffer>) => Promise<void>,
): Promise<BackupHeader> {
  const { header, prefix } = await readPrefix(path, stats);
  const key = await deriveKey(passphrase, header.kdf, Buffer.from(header.kdf.salt, 'base64url'));
  const verifier = Buffer.from(header.verifier, 'base64url');
  if (verifier.length !== key.verifier.length || !timingSafeEqual(verifier, key.verifier)) throw wrongPassphrase(path);
  const iv = Buffer.from(header.iv, 'base64url');
  if (iv.length !== 12) throw damaged(path, 'IV bukan 12 bita', 'the IV is not 12 bytes');
  const tag = Buffer.alloc(TAG_BYTES);
  const handle = await open(path, 'r');
  try {
    await handle.read(tag, 0, TAG_BYTES, stats.size - TAG_BYTES);
  } finally {
    await handle.close();
  }
  const decipher = createDecipheriv('aes-256-gcm', key.key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(prefix);
  decipher.setAuthTag(tag);
  const end = stats.size - TAG_BYTES - 1;
  // pipeline() rejects as soon as a stream fails, while the sink may still be writing a staged file:
  // every way out waits for the sink to settle, so that whoever cleans the staging folder up runs last.
  let sinkError: unknown;
  let sinkSettled: Promise<unknown> = Promise.resolve();
  const guarded = (plaintext: AsyncIterable<Buffer>): Promise<void> => {
    const run = (async () => {
      try {
        await sink(plaintext);
      } catch (err) {
        sinkError ??= err;
        throw err;
      }
    })();
    sinkSettled = run.catch(() => undefined);
    return run;
  };
  try {
    if (end < prefix.length) {
      // No ciphertext at all: final() still checks the tag.
      await guarded(
        (async function* () {
          const last = decipher.final();
          if (last.length > 0) yield last;
        })(),
      );
    } else {
      await pipeline(createReadStream(path, { start: prefix.length, end }), decipher, guarded);
    }
  } catch (caught) {
    await sinkSettled;
    // The sink's own refusal wins over the abort it causes in the pipeline. When the tag fails, the
    // sink may instead see its source end early ("premature close"): the tag's failure is the cause.
    if (isAppError(sinkError)) throw sinkError;
    if (isAppError(caught)) throw caught;
    const failedTag = [caught, sinkError].find((err) => err instanceof Error && /authenticate/i.test(err.message));
    if (failedTag) throw damaged(path, 'tanda autentikasi tidak cocok', 'the authentication tag does not match', failedTag);
    throw sinkError ?? caught;
  }
  return header;
}
