import { createHash } from 'node:crypto';
import type { RandomSource } from '../../protocol/ports.js';

/** A bearer secret: 32 random bytes, base64url. Only its SHA-256 is ever stored. */
export function newToken(random: RandomSource, bytes = 32): string {
  return Buffer.from(random.bytes(bytes)).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Reads `Authorization: Bearer X`; undefined when absent or malformed. */
export function bearerFrom(header: string | undefined | null): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]{16,512})\s*$/i.exec(header);
  return match?.[1];
}
