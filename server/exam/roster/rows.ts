import type { Localized } from '../../../protocol/i18n.js';
import type { Sheet, SheetRow } from './sheet.js';

/** What reading one data row gave: a value, a refusal (with the participant number when it was read), or a blank row. */
export type RowRead<T> = { ok: true; value: T } | { ok: false; reason: Localized; number?: string } | { ok: 'blank' };

/** A refused row, by its row number in the file, in both languages. */
export interface RowRejection {
  line: number;
  reason: string;
  en: string;
  participantNumber?: string;
}

/**
 * The row pass every spreadsheet import shares (the roster's and the results'): each row below the
 * header read by `read`; blank rows skipped; refusals kept with their row numbers; a participant
 * number seen before refused naming its first row; then `unique` for the import's own keys (the
 * roster's NIK), which records a value it lets through. The sheet's problems below the header are
 * refusals too. Refusals come back sorted by row. `duplicate` words a repeated key for an import
 * whose key is not a participant number (the seating file's PC).
 */
export function readRows<T extends { line: number; number: string }>(
  sheet: Sheet,
  headerLine: number,
  read: (row: SheetRow) => RowRead<T>,
  unique: (value: T) => Localized | undefined = () => undefined,
  duplicate: (key: string, firstLine: number) => Localized = duplicateNumber,
): { rows: T[]; rejected: RowRejection[] } {
  const rows: T[] = [];
  const rejected: RowRejection[] = sheet.problems
    .filter((p) => p.line > headerLine)
    .map((p) => ({ line: p.line, reason: p.reason, en: p.en, ...(p.participantNumber ? { participantNumber: p.participantNumber } : {}) }));
  const firstRow = new Map<string, number>();
  for (const row of sheet.rows) {
    if (row.line <= headerLine) continue;
    const result = read(row);
    if (result.ok === 'blank') continue;
    if (result.ok === false) {
      rejected.push({
        line: row.line,
        reason: result.reason.id,
        en: result.reason.en,
        ...(result.number ? { participantNumber: result.number } : {}),
      });
      continue;
    }
    const value = result.value;
    const first = firstRow.get(value.number);
    const refusal: Localized | undefined = first !== undefined ? duplicate(value.number, first) : unique(value);
    if (refusal) {
      rejected.push({ line: value.line, reason: refusal.id, en: refusal.en, participantNumber: value.number });
      continue;
    }
    firstRow.set(value.number, value.line);
    rows.push(value);
  }
  rejected.sort((a, b) => a.line - b.line);
  return { rows, rejected };
}

const duplicateNumber = (number: string, first: number): Localized => ({
  id: `Nomor peserta ${number} ganda: sudah ada di baris ${first}.`,
  en: `Participant number ${number} is a duplicate of row ${first}.`,
});
