import { describe, expect, it } from 'vitest';
import type { ParticipantInput } from './fields.js';
import { planImport, type StoredParticipant } from './merge.js';

const person = (number: string, nik: string, extra: Partial<ParticipantInput> = {}): ParticipantInput => ({
  number,
  nik,
  name: `Peserta ${number}`,
  jabatan: 'Guru',
  room: 'R1',
  seat: '',
  disability: '',
  blind: false,
  birthDate: '',
  line: Number(number) + 1,
  ...extra,
});
const stored = (p: ParticipantInput, checkedIn = false): StoredParticipant => {
  const { line: _line, blind: _blind, ...rest } = p;
  return { ...rest, checkedIn };
};

describe('planImport', () => {
  it('adds everyone on a first import', () => {
    const rows = [person('1001', '6310000000000001'), person('1002', '6310000000000002')];
    expect(planImport(rows, [])).toEqual({
      add: rows,
      update: [],
      unchanged: 0,
      notApplied: [],
      rejected: [],
      notInFile: 0,
    });
  });

  it('re-importing the same file changes nothing and duplicates no one', () => {
    const rows = [person('1001', '6310000000000001'), person('1002', '6310000000000002')];
    const plan = planImport(
      rows,
      rows.map((r) => stored(r)),
    );
    expect(plan).toMatchObject({ add: [], update: [], unchanged: 2, notInFile: 0 });
  });

  it('updates changed rows, keeps checked-in participants as registered and never removes anyone', () => {
    const a = person('1001', '6310000000000001');
    const b = person('1002', '6310000000000002');
    const c = person('1003', '6310000000000003');
    const plan = planImport(
      [
        { ...a, room: 'R2' },
        { ...b, name: 'Nama Baru' },
      ],
      [stored(a), stored(b, true), stored(c)],
    );
    expect(plan.update.map((p) => [p.number, p.room])).toEqual([['1001', 'R2']]);
    expect(plan.notApplied).toEqual([
      expect.objectContaining({
        participantNumber: '1002',
        line: 1003,
        reason: expect.stringContaining('sudah registrasi; perubahan (name)'),
      }),
    ]);
    expect(plan.notInFile).toBe(1);
  });

  it('rejects a NIK another participant keeps, but lets two not-checked-in participants swap NIKs', () => {
    const a = person('1001', '6310000000000001');
    const b = person('1002', '6310000000000002');
    const clash = planImport([person('1009', '6310000000000001')], [stored(a)]);
    expect(clash.add).toEqual([]);
    expect(clash.rejected[0]).toMatchObject({
      participantNumber: '1009',
      reason: 'NIK sudah dipakai peserta 1001 di sesi ini.',
    });

    const swap = planImport(
      [
        { ...a, nik: b.nik },
        { ...b, nik: a.nik },
      ],
      [stored(a), stored(b)],
    );
    expect(swap.update).toHaveLength(2);
    expect(swap.rejected).toEqual([]);
  });

  it('follows a refused update to the clash it leaves behind', () => {
    const a = person('1001', '6310000000000001');
    const b = person('1002', '6310000000000002');
    const c = person('1003', '6310000000000003');
    // a wants c's NIK (c is not in the file, so it keeps it): refused, so a keeps ...01, which b now wants.
    const plan = planImport(
      [
        { ...a, nik: c.nik },
        { ...b, nik: a.nik },
      ],
      [stored(a), stored(b), stored(c)],
    );
    expect(plan.update).toEqual([]);
    expect(plan.rejected.map((r) => r.participantNumber)).toEqual(['1001', '1002']);
  });
});
