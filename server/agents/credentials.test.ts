import { describe, expect, it } from 'vitest';
import { AppError } from '../../protocol/errors.js';
import { decideCredentials, sha256, type CredentialInput } from './credentials.js';

const TOKEN = 'venue-token-0123456789';
const KEY = 'agent-key-abcdefghijklmnop';
const base: CredentialInput = { id: 'PC-01', record: undefined, key: undefined, token: undefined, venueToken: TOKEN };
const known = { keyHash: sha256(KEY), keyConfirmed: true };

function kind(input: Partial<CredentialInput>): string {
  const d = decideCredentials({ ...base, ...input });
  return d.kind === 'refuse' ? `refuse:${d.error.code}` : d.kind === 'enroll' ? `enroll:${d.via}` : d.kind;
}

describe('decideCredentials', () => {
  it('enrolls a new id with the venue token, and refuses it without', () => {
    expect(kind({ token: TOKEN })).toBe('enroll:token');
    expect(kind({ token: 'wrong-token-000000' })).toBe('refuse:bad-token');
    expect(kind({})).toBe('refuse:bad-token');
  });

  it('accepts a known id with its key, with or without the token', () => {
    expect(kind({ record: known, key: KEY })).toBe('known');
    expect(kind({ record: known, key: KEY, token: 'stale-token-00000' })).toBe('known');
  });

  it('refuses a second PC that uses an enrolled id', () => {
    expect(kind({ record: known, token: TOKEN })).toBe('refuse:duplicate-id');
    expect(kind({ record: known, key: 'some-other-key-0000000', token: TOKEN })).toBe('refuse:bad-key');
  });

  it('lets the token re-enroll an id whose key never reached its agent', () => {
    expect(kind({ record: { ...known, keyConfirmed: false }, token: TOKEN })).toBe('enroll:token');
    expect(kind({ record: { ...known, keyConfirmed: false } })).toBe('refuse:bad-token');
  });

  it('explains a missing token differently from a wrong one', () => {
    const missing = decideCredentials(base);
    const wrong = decideCredentials({ ...base, token: 'x'.repeat(20) });
    expect(missing.kind === 'refuse' && missing.error.text.en).toContain('no enrollment code was given');
    expect(wrong.kind === 'refuse' && wrong.error.text.id).toContain('Kode pendaftaran salah');
  });

  const codeFor = (machineId: string | null, refusal?: AppError) => ({ code: { refusal, machineId } });

  it('enrolls with a valid code, and gives a spent or expired code its own reason', () => {
    expect(kind({ token: 'ABCDE-FGHJK-LMNPQ', ...codeFor(null) })).toBe('enroll:code');
    const spent = new AppError('code-used', { id: 'terpakai', en: 'used up' });
    expect(kind({ token: 'ABCDE-FGHJK-LMNPQ', ...codeFor(null, spent) })).toBe('refuse:code-used');
  });

  it('lets only a code made for that very id re-key an enrolled PC (a reinstall); any other code is a duplicate', () => {
    expect(kind({ record: known, token: 'ABCDE-FGHJK-LMNPQ', ...codeFor('PC-01') })).toBe('enroll:code');
    expect(kind({ record: known, token: 'ABCDE-FGHJK-LMNPQ', ...codeFor(null) })).toBe('refuse:duplicate-id');
    expect(kind({ record: known, key: 'some-other-key-0000000', token: 'ABCDE-FGHJK-LMNPQ', ...codeFor(null) })).toBe('refuse:bad-key');
  });
});
