import { describe, expect, it } from 'vitest';
import { matchHeader } from './headers.js';
import { birthDateText, readRow } from './fields.js';
import { EMPTY, textCell, type Cell, type SheetRow } from './sheet.js';

const header = matchHeader({
  line: 1,
  cells: ['NO PESERTA', 'NIK', 'NAMA', 'JABATAN', 'RUANG', 'KURSI', 'DISABILITAS', 'TGL LAHIR'].map(textCell),
});
const row = (line: number, ...cells: Array<string | Cell>): SheetRow => ({
  line,
  cells: cells.map((c) => (typeof c === 'string' ? textCell(c) : c)),
});

describe('readRow', () => {
  it('reads a full row, flags a blind participant and normalises the birth date', () => {
    const r = readRow(row(7, '24100110001', '6310012345678901', '  Siti   Aisyah ', 'Guru', 'R1', '12', 'Tunanetra', '5-3-1990'), header);
    expect(r).toEqual({
      ok: true,
      value: {
        number: '24100110001',
        nik: '6310012345678901',
        name: 'Siti Aisyah',
        jabatan: 'Guru',
        room: 'R1',
        seat: '12',
        disability: 'Tunanetra',
        blind: true,
        birthDate: '05/03/1990',
        line: 7,
      },
    });
  });

  it('skips rows without number, NIK and name', () => {
    expect(readRow(row(3, '', '', '', 'Guru'), header)).toEqual({ ok: 'blank' });
  });

  it('refuses a numeric NIK cell (Excel keeps 15 digits) and a missing name, with the line', () => {
    const numeric = readRow(row(4, '24100110002', { kind: 'number', raw: '6310012345678900' }, 'Budi'), header);
    expect(numeric).toMatchObject({ ok: false, line: 4, number: '24100110002' });
    if (numeric.ok === false) expect(numeric.reason.id).toContain('15 digit');
    const noName = readRow(row(5, '24100110003', '6310012345678903', ''), header);
    expect(noName).toMatchObject({ ok: false, line: 5, reason: { id: 'Nama peserta kosong.' } });
  });

  it('accepts a short participant number stored as a number cell', () => {
    const r = readRow(row(6, { kind: 'number', raw: '24100110004' }, '6310012345678904', 'Rina', EMPTY), header);
    expect(r.ok === true && r.value.number).toBe('24100110004');
  });
});

describe('birthDateText', () => {
  it('formats dates from cells and common text forms as dd/mm/yyyy', () => {
    expect(birthDateText({ kind: 'date', date: new Date('1991-12-31T00:00:00Z') })).toBe('31/12/1991');
    expect(birthDateText(textCell('1991-12-31'))).toBe('31/12/1991');
    expect(birthDateText(textCell('31 Desember 1991'))).toBe('31 Desember 1991');
  });
});
