import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../protocol/errors.js';

/** What a hello's credentials allow: a known agent, a (re-)enrollment, or a refusal. */
export type CredentialDecision = { kind: 'known' } | { kind: 'enroll' } | { kind: 'refuse'; error: AppError };

export interface CredentialInput {
  id: string;
  record: { keyHash: string; keyConfirmed: boolean } | undefined;
  key: string | undefined;
  token: string | undefined;
  venueToken: string;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Compares two secrets in constant time (through their hashes, so lengths may differ). */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(Buffer.from(sha256(a), 'hex'), Buffer.from(sha256(b), 'hex'));
}

const badToken = (given: boolean): AppError =>
  new AppError(
    'bad-token',
    given
      ? {
          id: 'Token pendaftaran salah. Salin perintah terbaru dari dasbor hub (Pengaturan > Pendaftaran PC ujian); token mungkin sudah diganti.',
          en: 'Wrong enrollment token. Copy the current command from the hub dashboard (Setup > Enrolling exam PCs); the token may have been rotated.',
        }
      : {
          id: 'Hub belum mengenal agen ini dan tidak ada token pendaftaran. Jalankan dengan --token dari dasbor hub.',
          en: 'The hub does not know this agent and no enrollment token was given. Run with --token from the hub dashboard.',
        },
    { status: 401 },
  );

/**
 * The enrollment rule. A new id enrolls with the venue token and gets a key; a known id needs its
 * key. The token alone may re-enroll an id whose key was never used (the welcome carrying it was
 * lost); once used, the id belongs to that PC and a second PC with the same id is refused.
 */
export function decideCredentials(input: CredentialInput): CredentialDecision {
  const tokenOk = input.token !== undefined && sameSecret(input.token, input.venueToken);
  const { record } = input;
  if (!record) return tokenOk ? { kind: 'enroll' } : { kind: 'refuse', error: badToken(input.token !== undefined) };
  if (input.key !== undefined && sameSecret(sha256(input.key), record.keyHash)) return { kind: 'known' };
  if (tokenOk && !record.keyConfirmed) return { kind: 'enroll' };
  if (input.key !== undefined) {
    return {
      kind: 'refuse',
      error: new AppError(
        'bad-key',
        {
          id: `Kunci agen untuk ID ${input.id} tidak cocok dengan yang dicatat hub. Bila ini PC yang sama (dipasang ulang), minta admin menghapus ${input.id} di dasbor lalu jalankan lagi dengan --token; bila PC lain, pakai --id lain.`,
          en: `The agent key for ID ${input.id} does not match the hub's record. If this is the same PC (reinstalled), ask the admin to remove ${input.id} in the dashboard and run again with --token; if it is another PC, use another --id.`,
        },
        { status: 401 },
      ),
    };
  }
  if (tokenOk) {
    return {
      kind: 'refuse',
      error: new AppError(
        'duplicate-id',
        {
          id: `ID ${input.id} sudah dipakai PC lain yang terdaftar di hub. Pakai --id yang berbeda untuk PC ini (mis. nama komputernya).`,
          en: `ID ${input.id} is already used by another PC enrolled at the hub. Give this PC a different --id (for example its computer name).`,
        },
        { status: 409 },
      ),
    };
  }
  return { kind: 'refuse', error: badToken(input.token !== undefined) };
}
