import { describe, expect, it } from 'vitest';
import { decideCheckin, type DeskInput } from './decide.js';

const base: DeskInput = {
  session: {
    name: 'SKD Sesi 1',
    timeZone: 'Asia/Makassar',
    startsAt: '2026-11-23T08:00:00+08:00',
    durationMinutes: 100,
    blindDurationMinutes: 130,
    pinCloseMinutes: 5,
    registrationOpensMinutes: 240,
  },
  participant: { number: '24300110120000001', nik: '6310015503920001' },
  scanned: '24300110120000001',
  nik: '6310015503920001',
  checkin: undefined,
  user: { username: 'meja1', role: 'admin' },
  now: new Date('2026-11-23T07:10:00+08:00'),
};

describe('decideCheckin', () => {
  it('registers a matching participant while the window is open', () => {
    expect(decideCheckin(base)).toEqual({ kind: 'register', override: null });
    expect(decideCheckin({ ...base, nik: ' 6310 0155 0392 0001 ' }).kind).toBe('register');
  });

  it('refuses a number not on the roster, pointing to the right session when known', () => {
    const d = decideCheckin({
      ...base,
      participant: undefined,
      scanned: '999',
      elsewhere: { sessionName: 'SKD Sesi 2', start: { id: '23/11/2026 10.00 WITA', en: '23/11/2026 10:00 WITA' } },
    });
    expect(d).toMatchObject({ kind: 'refuse', code: 'not-on-roster', status: 404 });
    expect(d.kind === 'refuse' && d.text.id).toContain('terdaftar di sesi SKD Sesi 2 (mulai 23/11/2026 10.00 WITA)');
  });

  it('refuses a NIK mismatch but treats a mistyped NIK as input to correct, not a refusal', () => {
    expect(decideCheckin({ ...base, nik: '6310015503920002' })).toMatchObject({
      kind: 'refuse',
      code: 'nik-mismatch',
      status: 422,
    });
    expect(decideCheckin({ ...base, nik: '631001550392' })).toMatchObject({
      kind: 'invalid',
      code: 'nik-invalid',
      status: 400,
    });
  });

  it('detects a second check-in before looking at the window', () => {
    const checkin = { at: '2026-11-22T23:01:00.000Z', by: 'meja2' };
    expect(decideCheckin({ ...base, checkin, now: new Date('2026-11-23T09:00:00+08:00') })).toEqual({
      kind: 'duplicate',
      ...checkin,
    });
  });

  it('closes at 07:55 WITA with the reason, and lets a supervisor override with a reason', () => {
    const late = { ...base, now: new Date('2026-11-23T07:55:00+08:00') };
    const refused = decideCheckin(late);
    expect(refused).toMatchObject({ kind: 'refuse', code: 'window-closed', status: 409 });
    expect(refused.kind === 'refuse' && refused.text.id).toContain('ditutup pukul 07.55 WITA (5 menit sebelum mulai 08.00)');
    expect(decideCheckin({ ...late, now: new Date('2026-11-23T07:54:59+08:00') }).kind).toBe('register');
    expect(decideCheckin({ ...late, override: { reason: 'Ban bocor, tiba 07:56' } })).toEqual({
      kind: 'register',
      override: { by: 'meja1', reason: 'Ban bocor, tiba 07:56' },
    });
    expect(decideCheckin({ ...late, override: { reason: 'x' }, user: { username: 'op', role: 'operator' } })).toMatchObject({
      kind: 'invalid',
      code: 'override-not-allowed',
      status: 403,
    });
  });

  it('refuses before registration opens (a desk on the wrong session), without recording a refusal', () => {
    const early = decideCheckin({ ...base, now: new Date('2026-11-23T03:59:59+08:00') });
    expect(early).toMatchObject({ kind: 'invalid', code: 'registration-not-open', status: 409 });
    expect(early.kind === 'invalid' && early.text.id).toContain('dibuka 23/11/2026 pukul 04.00 WITA');
    expect(decideCheckin({ ...base, now: new Date('2026-11-23T04:00:00+08:00') }).kind).toBe('register');
  });

  it('ignores an override while the window is still open', () => {
    expect(decideCheckin({ ...base, override: { reason: 'tidak perlu' } })).toEqual({
      kind: 'register',
      override: null,
    });
  });
});
