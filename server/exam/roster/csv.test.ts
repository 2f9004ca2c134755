import { describe, expect, it } from 'vitest';
import { decodeCsv, parseCsvText } from './csv.js';
import { cellText } from './sheet.js';

const texts = (sheet: ReturnType<typeof parseCsvText>) => sheet.rows.map((r) => [r.line, r.cells.map((c) => cellText(c))]);

describe('decodeCsv', () => {
  it('drops a UTF-8 BOM and reads UTF-8', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('NAMA\nSiti Aisyah')]);
    expect(decodeCsv(bytes)).toEqual({ text: 'NAMA\nSiti Aisyah', encoding: 'utf-8' });
  });
  it('reads Windows-1252 when the bytes are not UTF-8', () => {
    const bytes = new Uint8Array([0x4a, 0x6f, 0x73, 0xe9]); // "José" in Windows-1252
    expect(decodeCsv(bytes)).toEqual({ text: 'José', encoding: 'windows-1252' });
  });
  it('reads UTF-16 LE with its BOM (Excel "Unicode Text")', () => {
    const body = 'A\tB';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) bytes[2 + i * 2] = body.charCodeAt(i);
    expect(decodeCsv(bytes)).toEqual({ text: body, encoding: 'utf-16le' });
  });
});

describe('parseCsvText', () => {
  it('counts rows as a spreadsheet does: blank lines count, a quoted newline does not', () => {
    const sheet = parseCsvText('H1;H2\r\na;b\r\n\r\n"c";"d\r\ne"\r\nf;"g; h"\r\n', ';');
    expect(texts(sheet)).toEqual([
      [1, ['H1', 'H2']],
      [2, ['a', 'b']],
      [3, ['']],
      [4, ['c', 'd\ne']],
      [5, ['f', 'g; h']],
    ]);
    expect(sheet.problems).toEqual([]);
  });

  it('reads LF and CR-only files the same way', () => {
    expect(texts(parseCsvText('x,y\n1,2\n', ','))).toEqual(texts(parseCsvText('x,y\r1,2\r', ',')));
  });

  it('keeps a stray quote as text and reports an unclosed quote where it starts', () => {
    const sheet = parseCsvText('N;M\n1;Bu"di\n2;"open\n3;x\n', ';');
    expect(texts(sheet)).toEqual([
      [1, ['N', 'M']],
      [2, ['1', 'Bu"di']],
    ]);
    expect(sheet.problems).toHaveLength(1);
    expect(sheet.problems[0]).toMatchObject({ line: 3, reason: expect.stringContaining('tidak ditutup') });
  });
});
