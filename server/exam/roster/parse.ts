import type { RosterRejection } from '../../../protocol/exam.js';
import { AppError } from '../../../protocol/errors.js';
import { CSV_DELIMITERS, decodeCsv, parseCsvText } from './csv.js';
import { readRow, type ParticipantInput } from './fields.js';
import {
  FIELD_LABELS,
  findHeader,
  HEADER_ALIASES,
  missingRequired,
  type HeaderMatch,
  type RosterField,
} from './headers.js';
import type { Sheet } from './sheet.js';
import { csvExtent, ROSTER_BOUNDS, tooBig, type RosterBounds } from './extent.js';
import { parseXlsx } from './xlsx.js';

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

function unreadable(id: string, en: string): AppError {
  return new AppError('roster-unreadable', { id, en }, { status: 400, exitCode: 4 });
}

/**
 * What the bytes are, whatever the Content-Type says (browsers on Windows send CSV as
 * application/vnd.ms-excel): a ZIP is XLSX, an OLE file is the old .xls, anything else is CSV.
 */
export function sniffFormat(bytes: Uint8Array): 'csv' | 'xlsx' | 'xls' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  return 'csv';
}

/** Reads a roster file (CSV or XLSX) into valid participants and rejected rows. */
export async function parseRoster(bytes: Uint8Array, bounds: RosterBounds = ROSTER_BOUNDS): Promise<ParsedRoster> {
  if (bytes.byteLength === 0) throw unreadable('Berkas daftar peserta kosong.', 'The roster file is empty.');
  const format = sniffFormat(bytes);
  if (format === 'xls') {
    throw unreadable(
      'Berkas .xls (Excel 97-2003) tidak didukung. Buka di Excel lalu simpan sebagai .xlsx atau CSV.',
      'Old .xls (Excel 97-2003) files are not supported. Open it in Excel and save it as .xlsx or CSV.',
    );
  }
  const { sheets, refusal } = format === 'xlsx' ? { sheets: await parseXlsx(bytes, undefined, bounds), refusal: undefined } : await csvCandidates(bytes, bounds);
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

/** Lets the event loop serve other requests between two long steps of an import. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The CSV read with each delimiter whose grid stays within the bounds (counted before parsing); a
 * file too large with every delimiter is refused.
 */
async function csvCandidates(bytes: Uint8Array, bounds: RosterBounds): Promise<{ sheets: Sheet[]; refusal?: AppError }> {
  const { text } = decodeCsv(bytes);
  if (text.includes('\u0000')) {
    throw unreadable(
      'Berkas bukan CSV atau XLSX (berisi data biner).',
      'The file is neither CSV nor XLSX (it holds binary data).',
    );
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
  return refusal ? { sheets, refusal } : { sheets };
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
  const rows: ParticipantInput[] = [];
  const rejected: RosterRejection[] = sheet.problems.filter((p) => p.line > header.line);
  const byNumber = new Map<string, number>();
  const byNik = new Map<string, ParticipantInput>();
  for (const row of sheet.rows) {
    if (row.line <= header.line) continue;
    const result = readRow(row, header);
    if (result.ok === 'blank') continue;
    if (result.ok === false) {
      rejected.push({
        line: result.line,
        reason: result.reason.id,
        en: result.reason.en,
        ...(result.number ? { participantNumber: result.number } : {}),
      });
      continue;
    }
    const p = result.value;
    const firstLine = byNumber.get(p.number);
    if (firstLine !== undefined) {
      rejected.push({
        line: p.line,
        reason: `Nomor peserta ${p.number} ganda: sudah ada di baris ${firstLine}.`,
        en: `Participant number ${p.number} is a duplicate of row ${firstLine}.`,
        participantNumber: p.number,
      });
      continue;
    }
    const sameNik = byNik.get(p.nik);
    if (sameNik) {
      rejected.push({
        line: p.line,
        reason: `NIK ganda: sama dengan baris ${sameNik.line} (nomor peserta ${sameNik.number}).`,
        en: `Duplicate NIK: the same as row ${sameNik.line} (participant number ${sameNik.number}).`,
        participantNumber: p.number,
      });
      continue;
    }
    byNumber.set(p.number, p.line);
    byNik.set(p.nik, p);
    rows.push(p);
  }
  rejected.sort((a, b) => a.line - b.line);
  return { format, sheet: sheet.name, headerLine: header.line, columns: header.titles, rows, rejected };
}
