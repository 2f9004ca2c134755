import type { RosterRejection } from '../../../protocol/exam-responses.js';

/**
 * A roster file read into rows of typed cells, whatever its format. A number cell keeps the digits
 * exactly as the file wrote them (`raw`), so Excel's damage to long numbers can be seen and refused.
 */
export type Cell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; raw: string }
  | { kind: 'date'; date: Date }
  | { kind: 'bool'; value: boolean };

export interface SheetRow {
  /** Row number as a spreadsheet shows it: the file's first row is 1. */
  line: number;
  cells: Cell[];
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
  /** Rows that could not be read at all (broken quoting), with their line. */
  problems: RosterRejection[];
}

export const EMPTY: Cell = { kind: 'empty' };

export function textCell(text: string): Cell {
  return text.trim() === '' ? EMPTY : { kind: 'text', text };
}

/** The cell as plain text (numbers as written, dates as yyyy-mm-dd), '' when empty. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.text.trim();
    case 'number':
      return cell.raw;
    case 'date':
      return cell.date.toISOString().slice(0, 10);
    case 'bool':
      return cell.value ? 'TRUE' : 'FALSE';
  }
}

export function isBlank(cells: readonly Cell[]): boolean {
  return cells.every((c) => cellText(c) === '');
}
