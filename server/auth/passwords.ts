import { scrypt, timingSafeEqual } from 'node:crypto';
import type { RandomSource } from '../../protocol/ports.js';

/**
 * scrypt with a per-password salt; stored as `scrypt$N$r$p$salt$hash` (base64url), so each hash
 * names its own cost and older hashes keep verifying. Hashing runs on libuv's thread pool
 * (`crypto.scrypt`), never on the event loop.
 */
export interface PasswordCost {
  N: number;
  r: number;
  p: number;
}

/**
 * OWASP Password Storage Cheat Sheet (scrypt): N=2^17, r=8, p=1, or an equal-cost trade of memory
 * for parallelism; we take N=2^15 (32 MiB), r=8, p=3 so that four logins at once need 128 MiB,
 * not 512. A hash below this cost is rehashed at the next successful login.
 */
export const OWASP_SCRYPT: PasswordCost = { N: 2 ** 15, r: 8, p: 3 };

const KEYLEN = 32;
/** scrypt needs 128 * N * r * p bytes; Node's default cap (32 MiB) is too small for N=2^15 with p>1 in some builds. */
const MAXMEM = 256 * 1024 * 1024;

function derive(password: string, salt: Buffer, length: number, cost: PasswordCost): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, length, { N: cost.N, r: cost.r, p: cost.p, maxmem: MAXMEM }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string, random: RandomSource, cost: PasswordCost = OWASP_SCRYPT): Promise<string> {
  const salt = Buffer.from(random.bytes(16));
  const hash = await derive(password, salt, KEYLEN, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

function parse(stored: string): { cost: PasswordCost; salt: Buffer; hash: Buffer } | undefined {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined;
  const [, n, r, p, salt, hash] = parts as [string, string, string, string, string, string];
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((v) => Number.isInteger(v) && v > 0)) return undefined;
  return { cost, salt: Buffer.from(salt, 'base64url'), hash: Buffer.from(hash, 'base64url') };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const actual = await derive(password, parsed.salt, parsed.hash.length, parsed.cost);
  return actual.length === parsed.hash.length && timingSafeEqual(actual, parsed.hash);
}

/** True when a stored hash was made at a lower cost than `cost` (or is unreadable): rehash it on login. */
export function needsRehash(stored: string, cost: PasswordCost = OWASP_SCRYPT): boolean {
  const parsed = parse(stored);
  if (!parsed) return true;
  return parsed.cost.N * parsed.cost.r * parsed.cost.p < cost.N * cost.r * cost.p;
}
