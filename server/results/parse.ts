import type { PassingGradeRule } from '../../checklists/passing-grades/index.js';
import { AppError } from '../../protocol/errors.js';
import type { Localized } from '../../protocol/i18n.js';
import type { ResultRejection } from '../../protocol/results.js';
import {
  cellText,
  checkParticipantNumber,
  EXCEL_DIGITS,
  findColumns,
  fromNumberCell,
  headerKey,
  PARTICIPANT_NUMBER_HEADERS,
  readRows,
  readSpreadsheet,
  type Cell,
  type ColumnMatch,
  type SheetRow,
} from '../exam/roster/spreadsheet.js';
import { readRecordedAt, readScore } from './cells.js';

/** One result as a file row gives it, after reading and checking its own cells. */
export interface ResultInput {
  line: number;
  number: string;
  /** The name column when the file has one, to be checked against the roster. */
  name: string;
  scores: Record<string, number>;
  total: number;
  track: string;
  recordedAt?: string;
  reason: string;
}

export interface ParsedResults {
  format: 'csv' | 'xlsx';
  headerLine: number;
  columns: Record<string, string>;
  rows: ResultInput[];
  rejected: ResultRejection[];
}

const FIXED_HEADERS = {
  number: PARTICIPANT_NUMBER_HEADERS,
  name: ['NAMA', 'NAMAPESERTA', 'NAMALENGKAP'],
  total: ['TOTAL', 'JUMLAH', 'NILAITOTAL', 'NILAIAKHIR', 'TOTALNILAI', 'JUMLAHNILAI', 'SKORTOTAL', 'NILAI', 'NILAISKB'],
  track: ['JALUR', 'FORMASI', 'JENISFORMASI', 'KEBUTUHAN', 'JENISKEBUTUHAN', 'JALURFORMASI'],
  recorded: ['WAKTU', 'JAM', 'WAKTUSELESAI', 'JAMSELESAI', 'WAKTUREKAM', 'DIREKAM', 'SELESAI', 'TANGGALSELESAI'],
  reason: ['ALASAN', 'ALASANKOREKSI', 'KETERANGANKOREKSI'],
} as const;

/** Header names per field: the fixed ones plus one per score component of the rule. */
export function resultHeaders(rule: PassingGradeRule): Record<string, readonly string[]> {
  const headers: Record<string, readonly string[]> = { ...FIXED_HEADERS };
  for (const c of rule.components) headers[`c:${c.key}`] = c.headers;
  return headers;
}

export function requiredFields(rule: PassingGradeRule): string[] {
  return rule.totalIsSum ? ['number', ...rule.components.map((c) => `c:${c.key}`)] : ['number', 'total'];
}

export interface SessionDay {
  /** yyyy-mm-dd of the session in its zone. */
  date: string;
  /** +08:00 */
  offset: string;
}

/** Reads a results file (CSV or XLSX, read exactly as the roster is) into checked rows and line-numbered refusals. */
export async function parseResults(bytes: Uint8Array, rule: PassingGradeRule, day: SessionDay): Promise<ParsedResults> {
  const { format, sheets } = await readSpreadsheet(bytes, { id: 'hasil', en: 'results' }, 'results-unreadable');
  const headers = resultHeaders(rule);
  const required = requiredFields(rule);
  const { sheet, found, best } = findColumns(sheets, headers, required);
  if (!sheet || !found) throw noHeader(rule, required, best);
  const { rows, rejected } = readRows<ResultInput>(sheet, found.line, (row) => {
    const read = readResultRow(row, found, rule, day);
    if (read === 'blank') return { ok: 'blank' };
    return 'line' in read ? { ok: true, value: read } : { ok: false, reason: read.reason, ...(read.number ? { number: read.number } : {}) };
  });
  return { format, headerLine: found.line, columns: found.titles as Record<string, string>, rows, rejected };
}

type RowRead = ResultInput | 'blank' | { reason: Localized; number?: string };

function readResultRow(row: SheetRow, header: ColumnMatch<string>, rule: PassingGradeRule, day: SessionDay): RowRead {
  const at = (field: string): Cell | undefined => {
    const index = header.columns[field];
    return index === undefined ? undefined : row.cells[index];
  };
  if (row.cells.every((c) => cellText(c) === '')) return 'blank';
  const numberCell = at('number');
  const number =
    numberCell?.kind === 'number'
      ? (() => {
          const n = fromNumberCell(numberCell.raw, { id: 'Nomor peserta', en: 'The participant number' }, EXCEL_DIGITS);
          return n.ok ? checkParticipantNumber(n.value) : n;
        })()
      : checkParticipantNumber(cellText(numberCell));
  if (!number.ok) return { reason: number.reason };
  const scores: Record<string, number> = {};
  for (const c of rule.components) {
    const cell = at(`c:${c.key}`);
    if (cell === undefined && !rule.totalIsSum) continue;
    const score = readScore(cell, c.key, c.max);
    if (!score.ok) return { reason: score.reason, number: number.value };
    scores[c.key] = score.value;
  }
  const sum = Object.values(scores).reduce((a, b) => a + b, 0);
  let total = sum;
  const totalCell = at('total');
  if (totalCell !== undefined && cellText(totalCell) !== '') {
    const read = readScore(totalCell, 'JUMLAH', rule.maxTotal);
    if (!read.ok) return { reason: read.reason, number: number.value };
    if (rule.totalIsSum && Math.abs(read.value - sum) > 1e-9) {
      const parts = rule.components.map((c) => c.key).join('+');
      return {
        reason: {
          id: `JUMLAH ${read.value} tidak sama dengan ${parts} = ${sum}. Periksa baris ini di berkas sumber.`,
          en: `The total ${read.value} is not ${parts} = ${sum}. Check this row in the source file.`,
        },
        number: number.value,
      };
    }
    total = read.value;
  } else if (!rule.totalIsSum) {
    return { reason: { id: 'Nilai JUMLAH kosong.', en: 'The total is empty.' }, number: number.value };
  }
  const track = readTrack(at('track'), rule);
  if (!track.ok) return { reason: track.reason, number: number.value };
  const recorded = readRecordedAt(at('recorded'), day.date, day.offset);
  if (!recorded.ok) return { reason: recorded.reason, number: number.value };
  return {
    line: row.line,
    number: number.value,
    name: cellText(at('name')).replace(/\s+/g, ' ').slice(0, 200),
    scores,
    total,
    track: track.value,
    ...(recorded.value ? { recordedAt: recorded.value } : {}),
    reason: cellText(at('reason')).replace(/\s+/g, ' ').slice(0, 500),
  };
}

function readTrack(cell: Cell | undefined, rule: PassingGradeRule): { ok: true; value: string } | { ok: false; reason: Localized } {
  const text = cellText(cell);
  if (text === '') return { ok: true, value: rule.defaultTrack };
  const key = headerKey(text);
  const track = rule.tracks.find((t) => t.id.toUpperCase().replace(/[^A-Z0-9]/g, '') === key || t.names.includes(key));
  if (track) return { ok: true, value: track.id };
  const known = rule.tracks.map((t) => t.names[0] ?? t.id).join(', ');
  return {
    ok: false,
    reason: {
      id: `Jalur formasi '${text.slice(0, 40)}' tidak dikenal aturan ${rule.id}: gunakan ${known}.`,
      en: `Formation track '${text.slice(0, 40)}' is not in rule ${rule.id}: use ${known}.`,
    },
  };
}

function noHeader(rule: PassingGradeRule, required: string[], best: ColumnMatch<string> | undefined): AppError {
  const missing = required.filter((f) => best?.columns[f] === undefined);
  const name = (f: string) => (f === 'number' ? 'NO PESERTA' : f === 'total' ? 'JUMLAH' : f.slice(2));
  const names = missing.map(name).join(', ');
  return new AppError(
    'results-no-header',
    {
      id: `Baris judul kolom tidak ditemukan di 30 baris pertama: kolom ${names} tidak ada. Berkas hasil ${rule.kind} memerlukan kolom ${required.map(name).join(', ')}.`,
      en: `No header row found in the first 30 rows: missing column(s) ${names}. A ${rule.kind} results file needs the columns ${required.map(name).join(', ')}.`,
    },
    { status: 400, exitCode: 4, details: { missing: missing.map(name) } },
  );
}
