import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { AppError } from '../../protocol/errors.js';
import type { RandomSource } from '../../protocol/ports.js';
import { durably, type Db } from './open.js';

/**
 * The hub's secret keys, kept OUTSIDE the database file (a copy of the database alone can neither
 * re-chain the audit log unnoticed nor test PINs): `<db>.keys`, JSON, mode 0600, in the backup.
 * auditKey: HMAC-SHA256 key of audit entries from `auditKeyedFromSeq` on (older entries, made
 * before keys moved out, stay plain SHA-256). pinKey: HMAC key of PIN hashes.
 */
export interface HubKeys {
  auditKey: Uint8Array;
  pinKey: Uint8Array;
  auditKeyedFromSeq: number;
}

/** Where the keys of a database live. */
export const keysPathOf = (dbPath: string): string => `${dbPath}.keys`;

/** Settings: the PIN key used to be stored in the database; this marks that the keys live in the keys file now. */
const LEGACY_PIN_SETTING = 'exam.pin-key';
const MOVED_SETTING = 'keys.external';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'base64url'));

export function readKeysFile(path: string): HubKeys {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { auditKey: string; pinKey: string; auditKeyedFromSeq: number };
  return { auditKey: bytes(raw.auditKey), pinKey: bytes(raw.pinKey), auditKeyedFromSeq: raw.auditKeyedFromSeq };
}

export function writeKeysFile(path: string, keys: HubKeys): void {
  const text = JSON.stringify({ v: 1, auditKey: b64(keys.auditKey), pinKey: b64(keys.pinKey), auditKeyedFromSeq: keys.auditKeyedFromSeq }, null, 2);
  writeFileSync(path, `${text}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}

const setting = (db: Db, key: string): string | undefined =>
  (db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;

/**
 * The keys of the database at `dbPath`: read from its keys file, or made at first start (moving a
 * PIN key found in the database out of it). A database whose keys were moved out but whose keys
 * file is gone is refused: new keys would make every PIN and keyed audit entry look forged.
 */
export function loadHubKeys(dbPath: string, db: Db, random: RandomSource): HubKeys {
  if (dbPath === ':memory:') return { auditKey: random.bytes(32), pinKey: random.bytes(32), auditKeyedFromSeq: 1 };
  const path = keysPathOf(dbPath);
  if (existsSync(path)) return readKeysFile(path);
  if (setting(db, MOVED_SETTING)) {
    throw new AppError(
      'keys-missing',
      {
        id: `Berkas kunci ${path} tidak ada, padahal basis data ini memakainya (kunci rantai audit dan PIN). Pulihkan berkas itu dari cadangan (siapcat restore) sebelum menjalankan hub.`,
        en: `The keys file ${path} is missing, but this database uses it (audit chain and PIN keys). Restore it from a backup (siapcat restore) before starting the hub.`,
      },
      { exitCode: 4 },
    );
  }
  const legacyPin = setting(db, LEGACY_PIN_SETTING);
  const lastSeq = hasTable(db, 'audit_log') ? ((db.prepare('SELECT max(seq) AS n FROM audit_log').get() as { n: number | null }).n ?? 0) : 0;
  const keys: HubKeys = {
    auditKey: random.bytes(32),
    pinKey: legacyPin ? bytes(legacyPin) : random.bytes(32),
    auditKeyedFromSeq: lastSeq + 1,
  };
  writeKeysFile(path, keys);
  durably(db, () => {
    db.prepare("INSERT INTO settings (key, value) VALUES (?, 'yes') ON CONFLICT(key) DO UPDATE SET value = 'yes'").run(MOVED_SETTING);
    db.prepare('DELETE FROM settings WHERE key = ?').run(LEGACY_PIN_SETTING);
  });
  return keys;
}

function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}
