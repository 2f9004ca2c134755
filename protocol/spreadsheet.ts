/**
 * CSV injection (OWASP "CSV Injection"): a cell starting with = + - @ tab or carriage return is
 * run as a formula by spreadsheets (`=HYPERLINK(...)` in a participant's name). Such a cell is
 * prefixed with a single quote, which Excel and LibreOffice show as text and do not evaluate.
 * Every CSV the hub or the dashboard writes passes its cells through here.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
