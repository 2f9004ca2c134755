import type { Localized } from '../../../protocol/i18n.js';
import { AppError } from '../../../protocol/errors.js';
import { CSV_DELIMITERS, decodeCsv, parseCsvText } from './csv.js';
import { cellText, type Sheet, type SheetRow } from './sheet.js';
import { csvExtent, ROSTER_BOUNDS, tooBig, type RosterBounds } from './extent.js';
import { parseXlsx } from './xlsx.js';

/**
 * The roster's robust spreadsheet reading, as a narrow interface other features use (the results
 * import): bytes -> candidate sheets (CSV in every encoding and delimiter Excel writes, or every
 * XLSX sheet, zip bombs refused), and a header-row finder over any set of fields.
 */
export type { Cell, Sheet, SheetRow } from './sheet.js';
export { cellText, isBlank } from './sheet.js';
export { readRows, type RowRead, type RowRejection } from './rows.js';

export interface SpreadsheetFile {
  format: 'csv' | 'xlsx';
  /** CSV: one candidate per delimiter; XLSX: every sheet. The caller picks the one whose header it finds. */
  sheets: Sheet[];
  /** A CSV delimiter left out because its grid was beyond the bounds: the refusal to give if no header is found. */
  refusal?: AppError;
}

/** Lets the event loop serve other requests between two long steps of an import. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * What the bytes are, whatever the Content-Type says (browsers on Windows send CSV as
 * application/vnd.ms-excel): a ZIP is XLSX, an OLE file is the old .xls, anything else is CSV.
 */
export function sniffFormat(bytes: Uint8Array): 'csv' | 'xlsx' | 'xls' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  return 'csv';
}

/**
 * Reads a CSV or XLSX file; `what` names the file in errors ("daftar peserta"), `code` is their code.
 * Rows, columns and cells are bounded BEFORE anything is expanded (see extent.ts).
 */
export async function readSpreadsheet(
  bytes: Uint8Array,
  what: Localized,
  code: string,
  bounds: RosterBounds = ROSTER_BOUNDS,
): Promise<SpreadsheetFile> {
  const unreadable = (id: string, en: string) => new AppError(code, { id, en }, { status: 400, exitCode: 4 });
  if (bytes.byteLength === 0) throw unreadable(`Berkas ${what.id} kosong.`, `The ${what.en} file is empty.`);
  const format = sniffFormat(bytes);
  if (format === 'xls') {
    throw unreadable(
      'Berkas .xls (Excel 97-2003) tidak didukung. Buka di Excel lalu simpan sebagai .xlsx atau CSV.',
      'Old .xls (Excel 97-2003) files are not supported. Open it in Excel and save it as .xlsx or CSV.',
    );
  }
  if (format === 'xlsx') return { format, sheets: await parseXlsx(bytes, undefined, bounds) };
  const { text } = decodeCsv(bytes);
  if (text.includes('\u0000')) {
    throw unreadable('Berkas bukan CSV atau XLSX (berisi data biner).', 'The file is neither CSV nor XLSX (it holds binary data).');
  }
  const sheets: Sheet[] = [];
  let refusal: AppError | undefined;
  for (const delimiter of CSV_DELIMITERS) {
    const tooLarge = tooBig(csvExtent(text, delimiter), bounds);
    if (tooLarge) {
      refusal ??= tooLarge;
      continue;
    }
    await breathe();
    sheets.push(parseCsvText(text, delimiter));
  }
  if (sheets.length === 0) throw refusal!;
  return refusal ? { format, sheets, refusal } : { format, sheets };
}

export function headerKey(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export interface ColumnMatch<F extends string> {
  line: number;
  /** Column index of each field found. */
  columns: Partial<Record<F, number>>;
  /** The header text each field was read from, as written in the file. */
  titles: Partial<Record<F, string>>;
}

/** Which fields a row names as headers (exact alias after headerKey); the first column wins when two name one field. */
export function matchColumns<F extends string>(row: SheetRow, aliases: Readonly<Record<F, readonly string[]>>): ColumnMatch<F> {
  const columns: Partial<Record<F, number>> = {};
  const titles: Partial<Record<F, string>> = {};
  const fields = Object.keys(aliases) as F[];
  row.cells.forEach((cell, index) => {
    const title = cellText(cell);
    const key = headerKey(title);
    for (const field of fields) {
      if (columns[field] === undefined && aliases[field].includes(key)) {
        columns[field] = index;
        titles[field] = title;
      }
    }
  });
  return { line: row.line, columns, titles };
}

/**
 * The header row: the first of the top rows that names every required field (exports put a title
 * and blank rows above it). Otherwise the best partial match over all sheets, so the error can
 * say what is missing.
 */
export function findColumns<F extends string>(
  sheets: readonly Sheet[],
  aliases: Readonly<Record<F, readonly string[]>>,
  required: readonly F[],
  scanRows = 30,
): { sheet?: Sheet; found?: ColumnMatch<F>; best?: ColumnMatch<F> } {
  let best: ColumnMatch<F> | undefined;
  for (const sheet of sheets) {
    for (const row of sheet.rows.slice(0, scanRows)) {
      const match = matchColumns(row, aliases);
      if (required.every((f) => match.columns[f] !== undefined)) return { sheet, found: match, best: match };
      if (!best || Object.keys(match.columns).length > Object.keys(best.columns).length) best = match;
    }
  }
  return best ? { best } : {};
}

/** Identity reading shared with the roster and the desk: a participant number as spreadsheets damage it. */
export { checkParticipantNumber, EXCEL_DIGITS, fromNumberCell } from '../identity.js';
/** The roster's accepted header names for the participant number, so every import reads it alike. */
export const PARTICIPANT_NUMBER_HEADERS: readonly string[] = [
  'NOPESERTA',
  'NOMORPESERTA',
  'NOPESERTAUJIAN',
  'NOMORPESERTAUJIAN',
  'NOMORUJIAN',
  'NOUJIAN',
  'NOPES',
];
