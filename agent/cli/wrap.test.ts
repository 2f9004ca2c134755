import { describe, expect, it } from 'vitest';
import { columns, wrapText } from './wrap.js';

describe('wrapText', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapText('Tidak ada kamera yang dikenali sistem.', 16)).toEqual(['Tidak ada kamera', 'yang dikenali', 'sistem.']);
  });
  it('cuts a word longer than the width', () => {
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
  it('keeps a dash for "not found" with its name', () => {
    expect(wrapText('Chromium 150.0.7871.100 · Firefox –', 25)).toEqual(['Chromium 150.0.7871.100 ·', 'Firefox –']);
  });
  it('keeps an empty cell as one empty line', () => {
    expect(wrapText('', 5)).toEqual(['']);
  });
});

describe('columns', () => {
  it('wraps each cell in its column and never exceeds the total width', () => {
    const lines = columns(['GAGAL', 'Kecepatan kartu jaringan', '100 Mbps (Ethernet)'], [6, 12, 10]);
    expect(lines).toEqual(['GAGAL  Kecepatan    100 Mbps', '       kartu        (Ethernet)', '       jaringan']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(6 + 12 + 10 + 2);
  });
});
