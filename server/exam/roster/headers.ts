import type { Localized } from '../../../protocol/i18n.js';
import type { SheetRow } from './sheet.js';
import { matchColumns, PARTICIPANT_NUMBER_HEADERS, type ColumnMatch } from './spreadsheet.js';

export const ROSTER_FIELDS = ['number', 'nik', 'name', 'jabatan', 'room', 'seat', 'disability', 'birthDate'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];
export const REQUIRED_FIELDS: readonly RosterField[] = ['number', 'nik', 'name'];

/**
 * Header names accepted per field, compared after upper-casing and dropping everything that is
 * not a letter or digit ("No. Peserta" = "NO PESERTA" = "NOPESERTA"). Exact names only, so
 * "NAMA JABATAN" never passes for "NAMA" and the row counter "NO" is ignored.
 */
export const HEADER_ALIASES: Record<RosterField, readonly string[]> = {
  number: PARTICIPANT_NUMBER_HEADERS,
  nik: ['NIK', 'NIKKTP', 'NOKTP', 'NOMORKTP', 'NOMORINDUKKEPENDUDUKAN'],
  name: ['NAMA', 'NAMAPESERTA', 'NAMALENGKAP', 'NAMAPELAMAR'],
  jabatan: ['JABATAN', 'FORMASI', 'JABATANFORMASI', 'FORMASIJABATAN', 'NAMAJABATAN', 'JABATANYANGDILAMAR'],
  room: ['RUANG', 'RUANGAN', 'RUANGUJIAN', 'RUANGTES', 'NORUANG', 'NOMORRUANG'],
  seat: ['KURSI', 'NOKURSI', 'NOMORKURSI', 'MEJA', 'NOMEJA', 'NOMORMEJA', 'NOPC', 'NOKOMPUTER'],
  disability: ['DISABILITAS', 'JENISDISABILITAS', 'PENYANDANGDISABILITAS', 'KETERANGANDISABILITAS', 'DIFABEL'],
  birthDate: ['TGLLAHIR', 'TANGGALLAHIR', 'TGLLHR'],
};

export const FIELD_LABELS: Record<RosterField, Localized> = {
  number: { id: 'NO PESERTA', en: 'participant number' },
  nik: { id: 'NIK', en: 'NIK' },
  name: { id: 'NAMA', en: 'name' },
  jabatan: { id: 'JABATAN/FORMASI', en: 'position' },
  room: { id: 'RUANG', en: 'room' },
  seat: { id: 'KURSI', en: 'seat' },
  disability: { id: 'DISABILITAS', en: 'disability' },
  birthDate: { id: 'TGL LAHIR', en: 'date of birth' },
};

export { headerKey } from './spreadsheet.js';

export type HeaderMatch = ColumnMatch<RosterField>;

/** Which fields a row names as headers; the first column wins when two name the same field. */
export function matchHeader(row: SheetRow): HeaderMatch {
  return matchColumns(row, HEADER_ALIASES);
}

export function missingRequired(match: HeaderMatch): RosterField[] {
  return REQUIRED_FIELDS.filter((f) => match.columns[f] === undefined);
}

/**
 * The header row: the first of the top rows that names every required field (exports such as
 * SSCASN's put a title and blank rows above it). Otherwise the best partial match, so the error
 * can say what is missing.
 */
export function findHeader(rows: readonly SheetRow[], scanRows = 30): { found?: HeaderMatch; best?: HeaderMatch } {
  let best: HeaderMatch | undefined;
  for (const row of rows.slice(0, scanRows)) {
    const match = matchHeader(row);
    if (missingRequired(match).length === 0) return { found: match, best: match };
    if (!best || Object.keys(match.columns).length > Object.keys(best.columns).length) best = match;
  }
  return best ? { best } : {};
}
