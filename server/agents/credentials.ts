import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../protocol/errors.js';

/** What a hello's credentials allow: a known agent, a (re-)enrollment (with the venue token or a code), or a refusal. */
export type CredentialDecision = { kind: 'known' } | { kind: 'enroll'; via: 'token' | 'code' } | { kind: 'refuse'; error: AppError };

export interface CredentialInput {
  id: string;
  record: { keyHash: string; keyConfirmed: boolean } | undefined;
  key: string | undefined;
  token: string | undefined;
  venueToken: string;
  /**
   * The enrollment code the hello's secret names, when it names one: why it cannot enrol this
   * agent (spent, expired, revoked, for another PC or role), and the agent id it was made for.
   */
  code?: { refusal: AppError | undefined; machineId: string | null };
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
          id: 'Kode pendaftaran salah atau tidak dikenal hub. Salin kode dan perintah dari dasbor hub (Pengaturan > Pendaftaran PC ujian).',
          en: 'Wrong or unknown enrollment code. Copy the code and command from the hub dashboard (Setup > Enrolling exam PCs).',
        }
      : {
          id: 'Hub belum mengenal agen ini dan tidak ada kode pendaftaran. Jalankan dengan --code dari dasbor hub.',
          en: 'The hub does not know this agent and no enrollment code was given. Run with --code from the hub dashboard.',
        },
    { status: 401 },
  );

/**
 * The enrollment rule. A new id enrolls with a valid code (or the venue token of simulators and
 * test rigs) and gets a key; a known id needs its key. A code or the token may re-enroll an id
 * whose key was never used (the welcome carrying it was lost); once used, the id belongs to that
 * PC: a second PC with the same id is refused, and only a code an admin made for that very id
 * gives it a new key (a reinstalled PC).
 */
export function decideCredentials(input: CredentialInput): CredentialDecision {
  const tokenOk = input.token !== undefined && sameSecret(input.token, input.venueToken);
  const codeOk = !tokenOk && input.code !== undefined && input.code.refusal === undefined;
  const via = tokenOk ? 'token' : 'code';
  const secretOk = tokenOk || codeOk;
  const refusal = () => input.code?.refusal ?? badToken(input.token !== undefined);
  const { record } = input;
  if (!record) return secretOk ? { kind: 'enroll', via } : { kind: 'refuse', error: refusal() };
  if (input.key !== undefined && sameSecret(sha256(input.key), record.keyHash)) return { kind: 'known' };
  if (secretOk && !record.keyConfirmed) return { kind: 'enroll', via };
  if (codeOk && input.code!.machineId === input.id) return { kind: 'enroll', via };
  if (input.key !== undefined) {
    return {
      kind: 'refuse',
      error: new AppError(
        'bad-key',
        {
          id: `Kunci agen untuk ID ${input.id} tidak cocok dengan yang dicatat hub. Bila ini PC yang sama (dipasang ulang), minta admin membuat kode khusus PC ${input.id} di dasbor lalu pasang lagi dengan --code itu; bila PC lain, pakai --id lain.`,
          en: `The agent key for ID ${input.id} does not match the hub's record. If this is the same PC (reinstalled), ask the admin for a code made for PC ${input.id} in the dashboard and install again with that --code; if it is another PC, use another --id.`,
        },
        { status: 401 },
      ),
    };
  }
  if (secretOk) {
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
  return { kind: 'refuse', error: refusal() };
}

export const roleLocked = (id: string, was: string, asked: string): AppError =>
  new AppError(
    'role-locked',
    {
      id: `PC ${id} terdaftar dengan peran ${was}; kuncinya tidak bisa dipakai sebagai ${asked}. Peran hanya bisa diubah dari dasbor (hapus PC lalu daftarkan lagi dengan kode untuk peran itu).`,
      en: `PC ${id} is enrolled as ${was}; its key cannot be used as ${asked}. The role can only be changed from the dashboard (remove the PC, then enrol it again with a code for that role).`,
    },
    { status: 403 },
  );
