import { unzipSync } from 'fflate';
import { AppError } from '../../../protocol/errors.js';
import { checkXlsxExtent, ROSTER_BOUNDS, type RosterBounds } from './extent.js';
import { EMPTY, textCell, type Cell, type Sheet } from './sheet.js';

/** Number cells come back as the digits the file wrote, never as a rounded JavaScript number. */
interface RawNumber {
  raw: string;
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (value instanceof Date) return { kind: 'date', date: value };
  if (typeof value === 'object' && 'raw' in value) return { kind: 'number', raw: String((value as RawNumber).raw).trim() };
  return textCell(String(value));
}

/** Largest uncompressed size of an XLSX accepted: a 100,000-row roster is about 30 MB of XML. */
export const MAX_XLSX_UNCOMPRESSED = 64 * 1024 * 1024;

/**
 * Refuses a ZIP whose entries would expand beyond `limit` (a "zip bomb" would exhaust the hub's
 * memory): reads the sizes the archive declares without decompressing anything.
 */
export function checkExpandedSize(bytes: Uint8Array, limit = MAX_XLSX_UNCOMPRESSED): void {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        total += entry.originalSize;
        return false;
      },
    });
  } catch (err) {
    throw new AppError(
      'roster-unreadable',
      {
        id: `Berkas XLSX rusak (${(err as Error).message}). Buka di Excel lalu simpan ulang sebagai .xlsx atau CSV.`,
        en: `The XLSX file is damaged (${(err as Error).message}). Open it in Excel and save it again as .xlsx or CSV.`,
      },
      { status: 400, exitCode: 4, cause: err },
    );
  }
  if (total > limit) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
    throw new AppError(
      'roster-too-large',
      {
        id: `Isi berkas XLSX terlalu besar setelah dibuka (${mb(total)} MB, batas ${mb(limit)} MB). Simpan hanya lembar daftar peserta, atau kirim sebagai CSV.`,
        en: `The XLSX file expands too much (${mb(total)} MB, limit ${mb(limit)} MB). Keep only the roster sheet, or send it as CSV.`,
      },
      { status: 413, exitCode: 4 },
    );
  }
}

/** Reads every sheet of an XLSX file (read-excel-file), within the bounds; row numbers are the sheet's own. */
export async function parseXlsx(
  bytes: Uint8Array,
  maxExpanded = MAX_XLSX_UNCOMPRESSED,
  bounds: RosterBounds = ROSTER_BOUNDS,
): Promise<Sheet[]> {
  checkExpandedSize(bytes, maxExpanded);
  // Before the reader expands any sheet into rows x columns (a sparse cell at XFD100000 would).
  checkXlsxExtent(bytes, bounds);
  let sheets: Array<{ sheet: string; data: unknown[][] }>;
  try {
    // Loaded when an XLSX file arrives (~120 ms of modules a hub start need not pay for).
    const { default: readXlsxFile } = await import('read-excel-file/node');
    sheets = (await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      parseNumber: (raw: string): RawNumber => ({ raw }),
    })) as unknown as Array<{ sheet: string; data: unknown[][] }>;
  } catch (err) {
    throw new AppError(
      'roster-unreadable',
      {
        id: `Berkas XLSX tidak terbaca (${(err as Error).message}). Buka di Excel lalu simpan ulang sebagai .xlsx atau CSV.`,
        en: `The XLSX file cannot be read (${(err as Error).message}). Open it in Excel and save it again as .xlsx or CSV.`,
      },
      { status: 400, exitCode: 4, cause: err },
    );
  }
  return sheets.map(({ sheet, data }) => ({
    name: sheet,
    rows: data.map((row, i) => ({ line: i + 1, cells: row.map(toCell) })),
    problems: [],
  }));
}
