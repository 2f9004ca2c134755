import { parse } from 'csv-parse/sync';
import { textCell, type Sheet, type SheetRow } from './sheet.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Decodes a CSV file's bytes: a BOM decides (UTF-8, UTF-16 as Excel's "Unicode Text" writes);
 * without one, UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Excel's plain
 * "CSV (Comma delimited)" writes on Indonesian Windows). The BOM is dropped.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

export const CSV_DELIMITERS = [';', ',', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/**
 * Parses CSV text with one delimiter (csv-parse does the quoting). Line endings are made LF
 * first, so CRLF, LF and old-Mac CR files count rows alike. Each record is one spreadsheet row,
 * blank lines included, so `line` is what Excel shows even when a quoted field spans lines.
 * Stray quotes inside a field are kept as text; a quote never closed swallows the rest of the
 * file and is reported on the row where it starts.
 */
export function parseCsvText(text: string, delimiter: CsvDelimiter): Sheet {
  const skips: Array<{ after: number; code: string }> = [];
  const records = parse(text.replace(/\r\n?/g, '\n'), {
    bom: true,
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    on_skip: (err: (Error & { code?: string; records?: number }) | undefined) => {
      skips.push({ after: err?.records ?? 0, code: err?.code ?? '' });
    },
  }) as string[][];
  const rows: SheetRow[] = [];
  const problems: Sheet['problems'] = [];
  let line = 0;
  let next = 0;
  const emitUpTo = (count: number) => {
    for (; next < count && next < records.length; next++) rows.push({ line: ++line, cells: records[next]!.map(textCell) });
  };
  for (const skip of skips) {
    emitUpTo(skip.after);
    problems.push(skipProblem(++line, skip.code));
  }
  emitUpTo(records.length);
  return { name: 'CSV', rows, problems };
}

function skipProblem(line: number, code: string): Sheet['problems'][number] {
  if (code === 'CSV_QUOTE_NOT_CLOSED') {
    return {
      line,
      reason: 'Tanda kutip (") dibuka tetapi tidak ditutup; baris ini sampai akhir berkas tidak terbaca.',
      en: 'A quote (") is opened but never closed; this row to the end of the file could not be read.',
    };
  }
  return {
    line,
    reason: `Baris tidak terbaca sebagai CSV (${code || 'format salah'}). Periksa tanda kutip di baris ini.`,
    en: `The row could not be read as CSV (${code || 'bad format'}). Check the quotes in this row.`,
  };
}
