import { describe, expect, it } from 'vitest';
import { codeRefusal, codeState, looksLikeCode, newEnrollmentCode, normalizeCode, type StoredCode } from './codes.js';

const now = new Date('2026-12-03T08:00:00Z');
const code: StoredCode = {
  id: 'K-ABCD',
  label: 'Lab 1',
  role: 'client',
  roomId: 'R1',
  machineId: null,
  maxUses: 2,
  uses: 0,
  expiresAt: '2026-12-03T20:00:00.000Z',
  createdBy: 'admin',
  createdAt: '2026-12-03T07:00:00.000Z',
  revokedAt: null,
};
const refusal = (c: Partial<StoredCode>, id = 'PC-01', role: StoredCode['role'] = 'client') => codeRefusal({ ...code, ...c }, { id, role, now })?.code;

describe('enrollment codes', () => {
  it('are 15 unambiguous symbols in groups of five, read back whatever the case or dashes', () => {
    let n = 0;
    const c = newEnrollmentCode({ bytes: (len) => Uint8Array.from({ length: len }, () => n++ * 7) });
    expect(c).toMatch(/^[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}$/);
    expect(normalizeCode(` ${c.toLowerCase()} `)).toBe(c.replace(/-/g, ''));
    expect(looksLikeCode(c.toLowerCase())).toBe(true);
    expect(looksLikeCode('venue-token-0123456789')).toBe(false);
  });

  it('enrol until used up, expired or revoked, each with its own reason', () => {
    expect(codeState(code, now)).toBe('active');
    expect(refusal({})).toBeUndefined();
    expect(refusal({ uses: 2 })).toBe('code-used');
    expect(refusal({ expiresAt: '2026-12-03T08:00:00.000Z' })).toBe('code-expired');
    expect(refusal({ revokedAt: '2026-12-03T07:30:00.000Z', uses: 2 })).toBe('code-revoked');
  });

  it('bind to the PC and the role they were made for', () => {
    expect(refusal({ machineId: 'PC-02' })).toBe('code-other-pc');
    expect(refusal({ machineId: 'PC-01' })).toBeUndefined();
    expect(refusal({}, 'PC-01', 'server')).toBe('code-role');
  });
});
