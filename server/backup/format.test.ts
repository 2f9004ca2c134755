import { createWriteStream, mkdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../protocol/errors.js';
import { tempDir } from '../../test/helpers/tmp.js';
import { pack, unpack, type Entry } from './bundle.js';
import { decrypt, deriveKey, encrypt, MAGIC, MAX_BACKUP_BYTES } from './format.js';

// A cheap scrypt cost keeps these tests fast; the default cost is used by the CLI tests.
const CHEAP = { N: 2 ** 10, r: 8, p: 1 };
const PASS = 'kuda-lumba-biru-2026';
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function makeBackup(dir: string, entries: Entry[]): Promise<string> {
  const out = join(dir, 'x.siapcat-backup');
  const key = await deriveKey(PASS, CHEAP);
  await pipeline(Readable.from(encrypt(pack(entries), key, '2026-12-03T07:15:00.000Z')), createWriteStream(out));
  return out;
}

async function open(path: string, passphrase = PASS) {
  const staging = join(path, '..', `staging-${Math.random().toString(36).slice(2)}`);
  let names: string[] = [];
  let manifest: unknown;
  const header = await decrypt(path, statSync(path), passphrase, async (plain) => {
    mkdirSync(staging);
    const u = await unpack(plain, staging, path, MAX_BACKUP_BYTES);
    names = u.names;
    manifest = u.manifest;
  });
  return { header, names, manifest, staging };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  const app = err as AppError;
  // Bilingual and saying what to do.
  expect(app.text.id.length).toBeGreaterThan(20);
  expect(app.text.en.length).toBeGreaterThan(20);
  return app;
}

const ENTRIES = (dir: string): Entry[] => {
  const db = join(dir, 'source.db');
  writeFileSync(db, Buffer.alloc(300_000, 7));
  return [
    { name: 'manifest.json', bytes: Buffer.from(JSON.stringify({ format: 1, note: 'Pusat Ujian Batulicin' })) },
    { name: 'db', file: db, size: 300_000 },
    { name: 'keys', bytes: Buffer.from('{"v":1}') },
    { name: 'tls/ca.pem', bytes: Buffer.from('-----BEGIN CERTIFICATE-----') },
  ];
};

describe('backup file format', () => {
  it('round-trips the entries, in order, with the header readable and the contents not', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const file = await makeBackup(t.dir, ENTRIES(t.dir));
    const raw = readFileSync(file);
    expect(raw.subarray(0, MAGIC.length).equals(MAGIC)).toBe(true);
    expect(raw.includes(Buffer.from('Pusat Ujian Batulicin'))).toBe(false);
    expect(raw.includes(Buffer.from('BEGIN CERTIFICATE'))).toBe(false);
    const got = await open(file);
    expect(got.header.createdAt).toBe('2026-12-03T07:15:00.000Z');
    expect(got.names).toEqual(['manifest.json', 'db', 'keys', 'tls/ca.pem']);
    expect(got.manifest).toEqual({ format: 1, note: 'Pusat Ujian Batulicin' });
    expect(readFileSync(join(got.staging, 'db')).equals(Buffer.alloc(300_000, 7))).toBe(true);
    expect(readFileSync(join(got.staging, 'tls', 'ca.pem'), 'utf8')).toBe('-----BEGIN CERTIFICATE-----');
    expect(statSync(join(got.staging, 'keys')).mode & 0o077).toBe(0);
  });

  it('refuses a wrong passphrase before decrypting anything', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const file = await makeBackup(t.dir, ENTRIES(t.dir));
    const err = await refusal(open(file, 'kuda-lumba-biru-2025'));
    expect(err.code).toBe('backup-wrong-passphrase');
    expect(err.text.id).toContain('Frasa sandi tidak cocok');
  });

  it('refuses a backup with any one byte changed: header, contents or tag', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const file = await makeBackup(t.dir, ENTRIES(t.dir));
    const original = readFileSync(file);
    const headerEnd = MAGIC.length + 5 + original.readUInt32BE(MAGIC.length + 1);
    // In the header's createdAt, early in the ciphertext (an entry name), deep in the database, in the tag.
    const createdAt = original.indexOf(Buffer.from('2026-12-03T07'));
    for (const at of [createdAt + 3, headerEnd + 3, headerEnd + 150_000, original.length - 5]) {
      const copy = Buffer.from(original);
      copy[at] = copy[at]! ^ 0x01;
      writeFileSync(file, copy);
      const err = await refusal(open(file));
      expect(err.code, `byte ${at}`).toBe('backup-damaged');
      expect(err.text.en).toContain('nothing was restored');
    }
  });

  it('rejects only once its sink has settled, so a caller cleaning up the staging folder never races a write', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const file = await makeBackup(t.dir, ENTRIES(t.dir));
    const copy = readFileSync(file);
    copy[copy.length - 5] = copy[copy.length - 5]! ^ 0x01; // the tag: every plaintext byte reaches the sink first
    writeFileSync(file, copy);
    const events: string[] = [];
    const err = await refusal(
      decrypt(file, statSync(file), PASS, async (plain) => {
        try {
          for await (const chunk of plain) {
            void chunk;
            // A slow disk: each staged write takes a while.
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
        } finally {
          await new Promise((resolve) => setTimeout(resolve, 100));
          events.push('sink settled');
        }
      }).finally(() => events.push('decrypt settled')),
    );
    expect(err.code).toBe('backup-damaged');
    expect(events).toEqual(['sink settled', 'decrypt settled']);
  });

  it('refuses a truncated backup, a garbage file, an oversized (sparse) file and a header asking for huge scrypt memory', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const file = await makeBackup(t.dir, ENTRIES(t.dir));
    const original = readFileSync(file);
    for (const keep of [original.length - 1, original.length - 16, Math.floor(original.length / 2), 30, 10]) {
      writeFileSync(file, original.subarray(0, keep));
      const err = await refusal(open(file));
      expect(['backup-damaged', 'backup-not-a-backup'], `cut to ${keep}`).toContain(err.code);
    }
    writeFileSync(file, Buffer.from('PK\u0003\u0004 this is a spreadsheet, not a backup'.repeat(100)));
    expect((await refusal(open(file))).code).toBe('backup-not-a-backup');
    // 9 GiB that take no disk: refused from its size, nothing read.
    writeFileSync(file, original);
    truncateSync(file, MAX_BACKUP_BYTES + 1024 ** 3);
    const big = await refusal(open(file));
    expect(big.code).toBe('backup-not-a-backup');
    expect(big.text.en).toContain('over the limit');
    // A forged header asking scrypt for 2^24·8·128 bytes: refused before any key is derived.
    const forged = Buffer.from(original.toString('latin1').replace('"N":1024', '"N":16777216'), 'latin1');
    const delta = forged.length - original.length;
    forged.writeUInt32BE(original.readUInt32BE(MAGIC.length + 1) + delta, MAGIC.length + 1);
    writeFileSync(file, forged);
    const kdf = await refusal(open(file));
    expect(kdf.text.en).toContain('scrypt parameters out of bounds');
    // A header length beyond the limit.
    const long = Buffer.from(original);
    long.writeUInt32BE(1 << 30, MAGIC.length + 1);
    writeFileSync(file, long);
    expect((await refusal(open(file))).code).toBe('backup-damaged');
  });

  it('refuses entry names that would write outside the staging folder even under a valid key', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const key = await deriveKey(PASS, CHEAP);
    // A backup made by someone who knows the passphrase, with a hand-built entry "../../evil".
    async function* evil() {
      const name = Buffer.from('tls/../../evil');
      const head = Buffer.alloc(2 + name.length + 8);
      head.writeUInt16BE(name.length, 0);
      name.copy(head, 2);
      head.writeBigUInt64BE(4n, 2 + name.length);
      yield head;
      yield Buffer.from('boom');
      yield Buffer.alloc(2);
    }
    const out = join(t.dir, 'evil.siapcat-backup');
    await pipeline(Readable.from(encrypt(evil(), key, 'x')), createWriteStream(out));
    const err = await refusal(open(out));
    expect(err.code).toBe('backup-damaged');
    expect(await readdir(t.dir)).not.toContain('evil');
    expect(await readdir(join(t.dir, '..'))).not.toContain('evil');
  });
});
