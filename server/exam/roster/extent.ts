import { unzipSync } from 'fflate';
import { AppError } from '../../../protocol/errors.js';

/**
 * Bounds of a roster file, checked BEFORE a spreadsheet is expanded into rows and columns: a
 * 2.8 KB XLSX with one cell at XFD100000 would otherwise be expanded by the reader into a
 * 100,000 x 16,384 grid of empty cells and exhaust the hub's memory.
 */
export const ROSTER_BOUNDS = {
  /** A session's roster is at most a venue's day; a whole province's list is ~50,000 rows. */
  maxRows: 50_000,
  /** A roster has about ten columns; a few dozen more of notes are tolerated. */
  maxColumns: 64,
  /** Rows x columns of the grid the reader would build. */
  maxCells: 1_000_000,
};
export type RosterBounds = typeof ROSTER_BOUNDS;

export interface SheetExtent {
  sheet: string;
  rows: number;
  columns: number;
  /** The furthest cell as a spreadsheet names it (XFD100000), for the message. */
  furthest: string;
}

/** Column letters (A, Z, AA, XFD) to a 1-based index. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(index: number): string {
  let s = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const ROW_OR_CELL = /<(?:\w+:)?(row|c)\b([^>]*)>/g;
const REF = /\br="([A-Z]{0,3})(\d*)"/;

/**
 * The grid one sheet's XML spans: the highest row and column any `<row>` or `<c>` names (or
 * implies by position, when `r` is left out). A regular-expression scan: no DOM, no expansion.
 */
export function scanSheetXml(name: string, xml: string): SheetExtent {
  let row = 0;
  let col = 0;
  let rows = 0;
  let columns = 0;
  for (const match of xml.matchAll(ROW_OR_CELL)) {
    const ref = REF.exec(match[2]!);
    if (match[1] === 'row') {
      row = ref?.[2] ? Number(ref[2]) : row + 1;
      col = 0;
    } else {
      col = ref?.[1] ? columnIndex(ref[1]) : col + 1;
      if (ref?.[2]) row = Math.max(row, Number(ref[2]));
    }
    rows = Math.max(rows, row);
    columns = Math.max(columns, col);
  }
  return { sheet: name, rows, columns, furthest: `${columnLetters(columns)}${rows}` };
}

/**
 * Every worksheet of an XLSX archive (already checked for its expanded size) with its extent; only
 * those expanding to at most `maxEntryBytes` (the quick check before a parse thread starts).
 */
export function xlsxExtents(bytes: Uint8Array, maxEntryBytes = Number.POSITIVE_INFINITY): SheetExtent[] {
  const files = unzipSync(bytes, {
    filter: (entry) => /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name) && entry.originalSize <= maxEntryBytes,
  });
  // Cell references are ASCII: latin1 decoding is exact for them and far cheaper than UTF-8.
  return Object.entries(files).map(([name, data]) =>
    scanSheetXml(name.replace(/^xl\/worksheets\//, ''), Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1')),
  );
}

export function tooBig(extent: Pick<SheetExtent, 'rows' | 'columns' | 'furthest'>, bounds: RosterBounds = ROSTER_BOUNDS): AppError | undefined {
  const cells = extent.rows * extent.columns;
  if (extent.rows <= bounds.maxRows && extent.columns <= bounds.maxColumns && cells <= bounds.maxCells) return undefined;
  return new AppError(
    'roster-too-large',
    {
      id: `Lembar daftar peserta terlalu luas: sampai sel ${extent.furthest} (${extent.rows} baris x ${extent.columns} kolom; batas ${bounds.maxRows} baris, ${bounds.maxColumns} kolom, ${bounds.maxCells} sel). Hapus isi di luar tabel peserta (Ctrl+End di Excel menunjukkan sel terjauh), lalu simpan ulang.`,
      en: `The roster sheet spans too far: up to cell ${extent.furthest} (${extent.rows} rows x ${extent.columns} columns; limits ${bounds.maxRows} rows, ${bounds.maxColumns} columns, ${bounds.maxCells} cells). Delete what lies outside the participant table (Ctrl+End in Excel shows the furthest cell) and save again.`,
    },
    { status: 413, exitCode: 4 },
  );
}

/** Refuses an XLSX any of whose sheets would expand beyond the bounds. */
export function checkXlsxExtent(bytes: Uint8Array, bounds: RosterBounds = ROSTER_BOUNDS, maxEntryBytes?: number): void {
  for (const extent of xlsxExtents(bytes, maxEntryBytes)) {
    const err = tooBig(extent, bounds);
    if (err) throw err;
  }
}

/**
 * The grid a CSV text would give with `delimiter`, counted without parsing (quotes are not
 * honoured, so a delimiter inside quotes counts: an overestimate, never an underestimate).
 */
export function csvExtent(text: string, delimiter: string): Omit<SheetExtent, 'sheet'> {
  let rows = 0;
  let columns = 0;
  let inLine = 1;
  const d = delimiter.charCodeAt(0);
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === d) inLine++;
    else if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      rows++;
      columns = Math.max(columns, inLine);
      inLine = 1;
    }
  }
  if (text.length > 0 && text.charCodeAt(text.length - 1) !== 10) {
    rows++;
    columns = Math.max(columns, inLine);
  }
  return { rows, columns, furthest: `${columnLetters(columns)}${rows}` };
}
