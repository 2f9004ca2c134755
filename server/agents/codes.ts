import type { Statement } from 'better-sqlite3';
import type { CreateEnrollmentCode, EnrollmentCode } from '../../protocol/enrollment.js';
import type { Role } from '../../protocol/check.js';
import { AppError } from '../../protocol/errors.js';
import type { RandomSource } from '../../protocol/ports.js';
import type { Db } from '../db/open.js';
import { statements } from '../db/statements.js';
import { sha256 } from './credentials.js';

/** No I, O, 0 or 1: a code is read off a screen or paper and typed at a PC. 32 symbols = 5 bits each. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A new code: 15 symbols (75 bits) in groups of five, e.g. K7Q4M-9MZP2-XWDHN. */
export function newEnrollmentCode(random: RandomSource): string {
  const bytes = random.bytes(15);
  const symbols = Array.from(bytes, (b) => ALPHABET[b & 31]);
  return [0, 5, 10].map((i) => symbols.slice(i, i + 5).join('')).join('-');
}

/** What was typed, as stored: upper case, without spaces or dashes. */
export function normalizeCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '');
}

/** True when a typed secret has the shape of a code (so it is looked up as one). */
export function looksLikeCode(text: string): boolean {
  return /^[A-Z2-9]{15}$/.test(normalizeCode(text));
}

export interface StoredCode {
  id: string;
  label: string;
  role: Role;
  roomId: string | null;
  machineId: string | null;
  maxUses: number;
  uses: number;
  expiresAt: string;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
}

export function codeState(code: StoredCode, now: Date): EnrollmentCode['state'] {
  if (code.revokedAt) return 'revoked';
  if (Date.parse(code.expiresAt) <= now.getTime()) return 'expired';
  if (code.uses >= code.maxUses) return 'used';
  return 'active';
}

const refused = (code: string, id: string, en: string) => new AppError(code, { id, en }, { status: 401 });

/**
 * Whether `code` may enrol agent `id` in `role` now: an AppError saying why not (a spent, expired
 * or revoked code, a code for another PC or role), else undefined.
 */
export function codeRefusal(code: StoredCode, input: { id: string; role: Role; now: Date }): AppError | undefined {
  const ask = 'Minta kode baru ke admin hub (Pengaturan > Pendaftaran PC ujian).';
  const askEn = 'Ask the hub admin for a new code (Setup > Enrolling exam PCs).';
  switch (codeState(code, input.now)) {
    case 'revoked':
      return refused('code-revoked', `Kode pendaftaran ${code.id} sudah dicabut. ${ask}`, `Enrollment code ${code.id} was revoked. ${askEn}`);
    case 'expired':
      return refused('code-expired', `Kode pendaftaran ${code.id} sudah kedaluwarsa. ${ask}`, `Enrollment code ${code.id} has expired. ${askEn}`);
    case 'used':
      return refused('code-used', `Kode pendaftaran ${code.id} sudah terpakai (${code.uses}/${code.maxUses} PC). ${ask}`, `Enrollment code ${code.id} is used up (${code.uses}/${code.maxUses} PCs). ${askEn}`);
    default:
  }
  if (code.machineId !== null && code.machineId !== input.id) {
    return refused('code-other-pc', `Kode ${code.id} dibuat untuk PC ${code.machineId}, bukan ${input.id}.`, `Code ${code.id} was made for PC ${code.machineId}, not ${input.id}.`);
  }
  if (code.role !== input.role) {
    return refused('code-role', `Kode ${code.id} untuk peran ${code.role}, bukan ${input.role}.`, `Code ${code.id} is for role ${code.role}, not ${input.role}.`);
  }
  return undefined;
}

interface Row {
  id: string;
  label: string;
  role: Role;
  room_id: string | null;
  machine_id: string | null;
  max_uses: number;
  uses: number;
  expires_at: string;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
}

const toCode = (r: Row): StoredCode => ({
  id: r.id,
  label: r.label,
  role: r.role,
  roomId: r.room_id,
  machineId: r.machine_id,
  maxUses: r.max_uses,
  uses: r.uses,
  expiresAt: r.expires_at,
  createdBy: r.created_by,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

/** The codes table; only hashes of codes are stored. */
export class CodeStore {
  private readonly sql: (sql: string) => Statement;

  constructor(db: Db) {
    this.sql = statements(db);
  }

  create(input: CreateEnrollmentCode, by: string, now: Date, random: RandomSource): { code: string; stored: StoredCode } {
    const code = newEnrollmentCode(random);
    const id = `K-${normalizeCode(code).slice(0, 4)}`;
    const stored: StoredCode = {
      id: this.byId(id) ? `${id}${normalizeCode(code).slice(4, 8)}` : id,
      label: input.label,
      role: input.role,
      roomId: input.kind === 'batch' ? input.roomId : null,
      machineId: input.kind === 'pc' ? input.machineId : null,
      maxUses: input.kind === 'pc' ? 1 : input.uses,
      uses: 0,
      expiresAt: new Date(now.getTime() + input.hours * 3_600_000).toISOString(),
      createdBy: by,
      createdAt: now.toISOString(),
      revokedAt: null,
    };
    this.sql(
      `INSERT INTO enrollment_codes (id, code_hash, label, role, room_id, machine_id, max_uses, expires_at, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(stored.id, sha256(normalizeCode(code)), stored.label, stored.role, stored.roomId, stored.machineId, stored.maxUses, stored.expiresAt, by, stored.createdAt);
    return { code, stored };
  }

  byCode(code: string): StoredCode | undefined {
    const row = this.sql('SELECT * FROM enrollment_codes WHERE code_hash = ?').get(sha256(normalizeCode(code))) as Row | undefined;
    return row ? toCode(row) : undefined;
  }

  byId(id: string): StoredCode | undefined {
    const row = this.sql('SELECT * FROM enrollment_codes WHERE id = ?').get(id) as Row | undefined;
    return row ? toCode(row) : undefined;
  }

  all(): StoredCode[] {
    return (this.sql('SELECT * FROM enrollment_codes ORDER BY created_at DESC, id').all() as Row[]).map(toCode);
  }

  /** One PC enrolled with it; false when it was spent meanwhile (the caller's transaction then refuses). */
  use(id: string): boolean {
    return this.sql('UPDATE enrollment_codes SET uses = uses + 1 WHERE id = ? AND uses < max_uses AND revoked_at IS NULL').run(id).changes === 1;
  }

  revoke(id: string, at: string): boolean {
    return this.sql('UPDATE enrollment_codes SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id).changes === 1;
  }
}

export function codeView(code: StoredCode, now: Date): EnrollmentCode {
  return { ...code, state: codeState(code, now) };
}
