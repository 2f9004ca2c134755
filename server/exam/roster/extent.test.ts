import { describe, expect, it } from 'vitest';
import { columnIndex, columnLetters, csvExtent, scanSheetXml, tooBig } from './extent.js';
import { sparseXlsx } from '../../../test/helpers/xlsx.js';
import { parseRoster } from './parse.js';

describe('roster bounds, checked before expansion', () => {
  it('names columns as a spreadsheet does', () => {
    expect(columnIndex('A')).toBe(1);
    expect(columnIndex('XFD')).toBe(16_384);
    expect(columnLetters(16_384)).toBe('XFD');
    expect(columnLetters(28)).toBe('AB');
  });

  it('reads the span of a sheet from its cell references, also when they are left out', () => {
    expect(scanSheetXml('s', '<sheetData><row r="1"><c r="A1"/><c r="C1"/></row><row r="7"><c r="B7"/></row></sheetData>')).toMatchObject({
      rows: 7,
      columns: 3,
      furthest: 'C7',
    });
    expect(scanSheetXml('s', '<x:sheetData><x:row><x:c/><x:c/></x:row><x:row><x:c/></x:row></x:sheetData>')).toMatchObject({ rows: 2, columns: 2 });
    // <cols> and <col> are not cells.
    expect(scanSheetXml('s', '<cols><col min="1" max="16384"/></cols><sheetData><row r="1"><c r="A1"/></row></sheetData>').columns).toBe(1);
  });

  it('refuses a 3 KB XLSX with one cell at XFD100000 before the reader expands it', async () => {
    const bomb = sparseXlsx({ A1: 'NO PESERTA', XFD100000: 'x' });
    expect(bomb.byteLength).toBeLessThan(3_000);
    const err = await parseRoster(bomb).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'roster-too-large', status: 413 });
    expect((err as Error).message).toContain('up to cell XFD100000 (100000 rows x 16384 columns');
  });

  it('refuses a sheet too wide or too long even when each bound alone is close', async () => {
    const bounds = { maxRows: 100, maxColumns: 10, maxCells: 500 };
    expect(tooBig({ rows: 100, columns: 5, furthest: 'E100' }, bounds)).toBeUndefined();
    expect(tooBig({ rows: 101, columns: 1, furthest: 'A101' }, bounds)?.code).toBe('roster-too-large');
    expect(tooBig({ rows: 1, columns: 11, furthest: 'K1' }, bounds)?.code).toBe('roster-too-large');
    expect(tooBig({ rows: 60, columns: 10, furthest: 'J60' }, bounds)?.code).toBe('roster-too-large');
    await expect(parseRoster(sparseXlsx({ A1: 'NO PESERTA', A101: 'x' }), bounds)).rejects.toMatchObject({ code: 'roster-too-large' });
  });

  it('counts a CSV grid per delimiter without parsing, and refuses one too long', async () => {
    expect(csvExtent('a;b;c\n1;2\n', ';')).toMatchObject({ rows: 2, columns: 3 });
    expect(csvExtent('a,b\r\n1,2,3', ',')).toMatchObject({ rows: 2, columns: 3 });
    const long = new TextEncoder().encode('NO PESERTA;NIK;NAMA\n' + '1;2;x\n'.repeat(200));
    await expect(parseRoster(long, { maxRows: 100, maxColumns: 64, maxCells: 10_000 })).rejects.toMatchObject({ code: 'roster-too-large' });
    const wide = new TextEncoder().encode('NO PESERTA;NIK;NAMA' + ';'.repeat(100) + '\n1;2;x\n');
    await expect(parseRoster(wide)).rejects.toMatchObject({ code: 'roster-too-large' });
  });
});
