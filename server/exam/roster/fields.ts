import type { Localized } from '../../../protocol/i18n.js';
import { checkNik, checkParticipantNumber, disabilityText, EXCEL_DIGITS, fromNumberCell, isBlind, type Checked } from '../identity.js';
import type { HeaderMatch, RosterField } from './headers.js';
import { cellText, type Cell, type SheetRow } from './sheet.js';

/** One participant as a roster row gives it, after normalisation. */
export interface ParticipantInput {
  number: string;
  nik: string;
  name: string;
  jabatan: string;
  room: string;
  seat: string;
  disability: string;
  blind: boolean;
  /** dd/mm/yyyy when the file's date could be read, else the text as written. */
  birthDate: string;
  line: number;
}

export type RowResult =
  { ok: true; value: ParticipantInput } | { ok: false; line: number; reason: Localized; number?: string } | { ok: 'blank' };

const NUMBER_WHAT: Localized = { id: 'Nomor peserta', en: 'The participant number' };
const NIK_WHAT: Localized = { id: 'NIK', en: 'The NIK' };

function identity(cell: Cell | undefined, check: (text: string) => Checked<string>, what: Localized, maxDigits: number): Checked<string> {
  if (cell?.kind === 'number') {
    const fromCell = fromNumberCell(cell.raw, what, maxDigits);
    return fromCell.ok ? check(fromCell.value) : fromCell;
  }
  return check(cellText(cell));
}

const two = (n: number) => String(n).padStart(2, '0');

/** A date cell or dd/mm/yyyy, dd-mm-yyyy, yyyy-mm-dd text as dd/mm/yyyy; other text as written. */
export function birthDateText(cell: Cell | undefined): string {
  if (cell?.kind === 'date') {
    const d = cell.date;
    return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  }
  const text = cellText(cell);
  const dmy = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$/.exec(text);
  if (dmy) return `${two(Number(dmy[1]))}/${two(Number(dmy[2]))}/${dmy[3]}`;
  const ymd = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (ymd) return `${ymd[3]}/${ymd[2]}/${ymd[1]}`;
  return text;
}

function plain(cell: Cell | undefined, max: number): string {
  return cellText(cell).replace(/\s+/g, ' ').slice(0, max);
}

/**
 * Reads one data row. Rows empty in number, NIK and name are blank (skipped, not reported:
 * spreadsheets carry numbered empty rows). The first problem found is the row's reason.
 */
export function readRow(row: SheetRow, header: HeaderMatch): RowResult {
  const at = (field: RosterField): Cell | undefined => {
    const index = header.columns[field];
    return index === undefined ? undefined : row.cells[index];
  };
  const numberText = cellText(at('number'));
  const nikText = cellText(at('nik'));
  const nameText = plain(at('name'), 200);
  if (numberText === '' && nikText === '' && nameText === '') return { ok: 'blank' };

  const number = identity(at('number'), checkParticipantNumber, NUMBER_WHAT, EXCEL_DIGITS);
  if (!number.ok) return { ok: false, line: row.line, reason: number.reason };
  const nik = identity(at('nik'), checkNik, NIK_WHAT, EXCEL_DIGITS);
  if (!nik.ok) return { ok: false, line: row.line, reason: nik.reason, number: number.value };
  if (nameText === '') {
    return {
      ok: false,
      line: row.line,
      reason: { id: 'Nama peserta kosong.', en: 'The participant name is empty.' },
      number: number.value,
    };
  }
  const disability = disabilityText(cellText(at('disability')));
  return {
    ok: true,
    value: {
      number: number.value,
      nik: nik.value,
      name: nameText,
      jabatan: plain(at('jabatan'), 200),
      room: plain(at('room'), 64),
      seat: plain(at('seat'), 16),
      disability,
      blind: isBlind(disability),
      birthDate: birthDateText(at('birthDate')).slice(0, 40),
      line: row.line,
    },
  };
}
