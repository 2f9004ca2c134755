import type { RosterRejection } from '../../../protocol/exam-responses.js';
import { AppError } from '../../../protocol/errors.js';
import { readRows } from './rows.js';
import { readRow, type ParticipantInput } from './fields.js';
import { FIELD_LABELS, findHeader, HEADER_ALIASES, missingRequired, type HeaderMatch, type RosterField } from './headers.js';
import type { Sheet } from './sheet.js';
import { ROSTER_BOUNDS, type RosterBounds } from './extent.js';
import { readSpreadsheet } from './spreadsheet.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ParsedRoster {
  format: 'csv' | 'xlsx';
  sheet: string;
  headerLine: number;
  /** Field -> the header text it was read from. */
  columns: Partial<Record<RosterField, string>>;
  rows: ParticipantInput[];
  rejected: RosterRejection[];
}

/**
 * What the bytes are, whatever the Content-Type says: a ZIP is XLSX, an OLE file is the old .xls,
 * anything else is CSV (see spreadsheet.ts).
 */
export { sniffFormat } from './spreadsheet.js';

/** Reads a roster file (CSV or XLSX) into valid participants and rejected rows. */
export async function parseRoster(bytes: Uint8Array, bounds: RosterBounds = ROSTER_BOUNDS): Promise<ParsedRoster> {
  const { format, sheets, refusal } = await readSpreadsheet(bytes, { id: 'daftar peserta', en: 'roster' }, 'roster-unreadable', bounds);
  let best: { sheet: Sheet; match: HeaderMatch } | undefined;
  for (const sheet of sheets) {
    const { found, best: partial } = findHeader(sheet.rows);
    if (found) return readSheet(format, sheet, found);
    if (partial && (!best || Object.keys(partial.columns).length > Object.keys(best.match.columns).length)) {
      best = { sheet, match: partial };
    }
  }
  // A delimiter dropped for its size may have been the file's own: say so rather than "no header".
  throw refusal ?? noHeader(best?.match);
}

function noHeader(best: HeaderMatch | undefined): AppError {
  const missing = best ? missingRequired(best) : (['number', 'nik', 'name'] as RosterField[]);
  const names = (lang: 'id' | 'en') => missing.map((f) => FIELD_LABELS[f][lang]).join(', ');
  const accepted = missing.map((f) => `${FIELD_LABELS[f].id}: ${HEADER_ALIASES[f].slice(0, 3).join(' / ')}`).join('; ');
  return new AppError(
    'roster-no-header',
    {
      id: `Baris judul kolom tidak ditemukan di 30 baris pertama: kolom ${names('id')} tidak ada. Nama kolom yang diterima, misalnya ${accepted}.`,
      en: `No header row found in the first 30 rows: missing column(s) ${names('en')}. Accepted names include ${accepted}.`,
    },
    { status: 400, exitCode: 4, details: { missing } },
  );
}

function readSheet(format: 'csv' | 'xlsx', sheet: Sheet, header: HeaderMatch): ParsedRoster {
  const byNik = new Map<string, ParticipantInput>();
  const { rows, rejected } = readRows(
    sheet,
    header.line,
    (row) => readRow(row, header),
    (p) => {
      const sameNik = byNik.get(p.nik);
      if (sameNik) {
        return {
          id: `NIK ganda: sama dengan baris ${sameNik.line} (nomor peserta ${sameNik.number}).`,
          en: `Duplicate NIK: the same as row ${sameNik.line} (participant number ${sameNik.number}).`,
        };
      }
      byNik.set(p.nik, p);
      return undefined;
    },
  );
  return { format, sheet: sheet.name, headerLine: header.line, columns: header.titles, rows, rejected };
}
