import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../protocol/errors.js';
import { parseRoster, sniffFormat } from './parse.js';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../../test/fixtures/rosters', name)));
const lines = (r: { rejected: Array<{ line: number }> }) => r.rejected.map((x) => x.line);

describe('parseRoster', () => {
  it('comma, LF: quoted commas, quotes and newlines; a duplicate number and a missing name refused', async () => {
    const r = await parseRoster(fixture('comma-lf.csv'));
    expect(r.format).toBe('csv');
    expect(r.headerLine).toBe(1);
    expect(r.columns).toMatchObject({ number: 'No Peserta', nik: 'NIK', name: 'Nama Peserta', jabatan: 'Jabatan' });
    expect(r.rows.map((p) => p.name)).toEqual(['Siti Aisyah, S.Pd', 'Budi Santoso', 'Rina "Ina" Marlina', 'Ahmad Fauzi', 'Yusuf Maulana']);
    expect(r.rows[1]!.jabatan).toBe('Pranata Komputer, Ahli Pertama');
    expect(r.rows[2]).toMatchObject({ blind: true, disability: 'Tunanetra', line: 4 });
    expect(r.rows[4]).toMatchObject({ blind: false, disability: 'Tunadaksa', line: 8 });
    expect(r.rejected).toEqual([
      expect.objectContaining({
        line: 6,
        participantNumber: '24300110120000002',
        reason: expect.stringContaining('ganda: sudah ada di baris 3'),
      }),
      expect.objectContaining({ line: 7, reason: 'Nama peserta kosong.', en: 'The participant name is empty.' }),
    ]);
  });

  it('semicolon, CRLF, BOM: 6,31E+15, 15 digits and a duplicate NIK refused; blank rows skipped', async () => {
    const r = await parseRoster(fixture('semicolon-crlf-bom.csv'));
    expect(r.columns.number).toBe('NOMOR PESERTA');
    expect(r.rows.map((p) => p.number)).toEqual(['24300110120000011', '24300110120000015']);
    expect(r.rows[1]).toMatchObject({ jabatan: 'Penyuluh; Pertanian', blind: true, line: 8 });
    expect(lines(r)).toEqual([3, 4, 7]);
    expect(r.rejected[0]!.reason).toContain("notasi ilmiah ('6,31E+15')");
    expect(r.rejected[1]!.reason).toContain('16 digit, tertulis 15');
    expect(r.rejected[2]!.reason).toContain('NIK ganda: sama dengan baris 2');
  });

  it('comma, CRLF: 6.31E+15 in the NIK and in the participant number refused', async () => {
    const r = await parseRoster(fixture('comma-crlf-scientific.csv'));
    expect(r.rows.map((p) => p.number)).toEqual(['24300110120000021']);
    expect(lines(r)).toEqual([3, 4]);
    expect(r.rejected[1]!.reason).toMatch(/^Nomor peserta rusak oleh Excel/);
  });

  it('XLSX written by a library: a NIK stored as a number is refused, dates and seats read', async () => {
    const r = await parseRoster(fixture('library.xlsx'));
    expect(r.format).toBe('xlsx');
    expect(r.rows.map((p) => [p.number, p.seat, p.birthDate, p.blind])).toEqual([
      ['24300110120000031', '5', '15/03/1992', false],
      ['24300110120000033', '7', '06/05/1994', true],
      ['24300110120000034', '1', '08/07/1996', false],
    ]);
    expect(r.rejected).toEqual([
      expect.objectContaining({
        line: 3,
        participantNumber: '24300110120000032',
        reason: expect.stringContaining('tersimpan sebagai angka'),
      }),
    ]);
  });

  it('XLSX shaped like SSCASN: header found in row 4 below the title, rows numbered as the sheet shows', async () => {
    const r = await parseRoster(fixture('sscasn.xlsx'));
    expect(r.headerLine).toBe(4);
    expect(r.rows.map((p) => [p.line, p.name, p.room])).toEqual([
      [5, 'Wahyu Hidayat', 'R1'],
      [6, 'Indah Permata', 'R1'],
      [8, 'Fitri Handayani', 'R2'],
    ]);
    expect(r.rows[1]!.blind).toBe(true);
    expect(r.rejected.map((x) => [x.line, x.participantNumber])).toEqual([[7, '24300110120000043']]);
  });

  it('refuses a file without the required columns, naming them', async () => {
    const err = await parseRoster(new TextEncoder().encode('NO PESERTA,NAMA\n1,Budi\n')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('roster-no-header');
    expect((err as AppError).text.id).toContain('kolom NIK tidak ada');
  });

  it('refuses empty files, old .xls and a ZIP that is not a workbook', async () => {
    await expect(parseRoster(new Uint8Array())).rejects.toMatchObject({ code: 'roster-unreadable' });
    await expect(parseRoster(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).rejects.toMatchObject({
      text: { id: expect.stringContaining('.xls') },
    });
    await expect(parseRoster(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toMatchObject({
      code: 'roster-unreadable',
    });
    expect(sniffFormat(new TextEncoder().encode('NIK;NAMA'))).toBe('csv');
  });
});
