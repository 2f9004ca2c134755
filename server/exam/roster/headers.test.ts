import { describe, expect, it } from 'vitest';
import { findHeader, headerKey, matchHeader, missingRequired } from './headers.js';
import { EMPTY, textCell, type SheetRow } from './sheet.js';

const row = (line: number, ...texts: string[]): SheetRow => ({
  line,
  cells: texts.map((t) => (t ? textCell(t) : EMPTY)),
});

describe('roster headers', () => {
  it('matches loosely written names', () => {
    expect(headerKey(' No. Peserta ')).toBe('NOPESERTA');
    const m = matchHeader(row(1, 'No', 'Nomor Peserta', 'NIK', 'Nama Peserta', 'Jabatan', 'Ruang', 'Disabilitas', 'Tgl. Lahir'));
    expect(m.columns).toEqual({ number: 1, nik: 2, name: 3, jabatan: 4, room: 5, disability: 6, birthDate: 7 });
    expect(m.titles.name).toBe('Nama Peserta');
    expect(missingRequired(m)).toEqual([]);
  });

  it('does not take NAMA JABATAN for the name nor NO for the number', () => {
    const m = matchHeader(row(1, 'NO', 'NAMA JABATAN', 'NIK'));
    expect(m.columns).toEqual({ jabatan: 1, nik: 2 });
    expect(missingRequired(m)).toEqual(['number', 'name']);
  });

  it('finds the header below a title row and reports the best partial match otherwise', () => {
    const rows = [row(1, 'DAFTAR PESERTA SKD CPNS 2024'), row(2), row(3, 'NO', 'NO PESERTA', 'NIK', 'NAMA'), row(4, '1', 'x', 'y', 'z')];
    expect(findHeader(rows).found?.line).toBe(3);
    const partial = findHeader([row(1, 'NO PESERTA', 'NAMA'), row(2, 'a', 'b')]);
    expect(partial.found).toBeUndefined();
    expect(partial.best?.columns).toEqual({ number: 0, name: 1 });
  });
});
