import { AppError } from '../../protocol/errors.js';
import type { Localized } from '../../protocol/i18n.js';
import { SEATING_BOUNDS, type SeatingRejection } from '../../protocol/seating.js';
import { IdentSchema, type Room } from '../../protocol/venue.js';
import {
  cellText,
  findColumns,
  readRows,
  readSpreadsheet,
  type ColumnMatch,
  type RowRead,
  type SheetRow,
} from '../exam/roster/spreadsheet.js';

export const SEATING_FIELDS = ['pc', 'room', 'seat', 'server'] as const;
export type SeatingField = (typeof SEATING_FIELDS)[number];

/**
 * Header names per column, compared as the roster compares them (upper case, letters and digits
 * only: "No. Kursi" = "NOKURSI"). The roster's "NO PC" means a seat there; here it is left out,
 * so a PC column is never mistaken for a seat column.
 */
export const SEATING_HEADERS: Record<SeatingField, readonly string[]> = {
  pc: ['PC', 'IDPC', 'KODEPC', 'NAMAPC', 'KOMPUTER', 'IDKOMPUTER', 'NAMAKOMPUTER', 'MESIN', 'IDMESIN', 'HOSTNAME', 'AGEN', 'IDAGEN'],
  room: ['RUANG', 'RUANGAN', 'RUANGUJIAN', 'RUANGTES', 'NORUANG', 'NOMORRUANG', 'KODERUANG', 'ROOM'],
  seat: ['KURSI', 'NOKURSI', 'NOMORKURSI', 'MEJA', 'NOMEJA', 'NOMORMEJA', 'SEAT'],
  server: ['SERVER', 'IDSERVER', 'KODESERVER'],
};
const REQUIRED: readonly SeatingField[] = ['pc', 'room'];
const LABELS: Record<SeatingField, Localized> = {
  pc: { id: 'PC', en: 'PC' },
  room: { id: 'RUANG', en: 'room' },
  seat: { id: 'KURSI', en: 'seat' },
  server: { id: 'SERVER', en: 'server' },
};

/** One line of the file, read and checked on its own. `number` is the PC (the key readRows keeps unique). */
export interface SeatingLine {
  line: number;
  number: string;
  roomId: string;
  seat: number | null;
  serverId: string | null;
}

export interface ParsedSeating {
  format: 'csv' | 'xlsx';
  headerLine: number;
  columns: Partial<Record<SeatingField, string>>;
  rows: SeatingLine[];
  rejected: SeatingRejection[];
}

const WHAT: Localized = { id: 'penempatan PC', en: 'PC seating' };

/**
 * Reads a `PC;ruang;kursi` file (CSV with ; , or tab, or XLSX; read exactly as the roster is) into
 * checked lines and line-numbered refusals: a bad PC code or seat number, an unknown room (by code
 * or by name), a PC or a seat named twice. Whether the PC exists and the seat is free is the
 * placement rule's to say (seating.ts).
 */
export async function parseSeating(bytes: Uint8Array, rooms: readonly Room[]): Promise<ParsedSeating> {
  const bounds = { maxRows: SEATING_BOUNDS.maxRows, maxColumns: SEATING_BOUNDS.maxColumns, maxCells: SEATING_BOUNDS.maxCells };
  const { format, sheets, refusal } = await readSpreadsheet(bytes, WHAT, 'seating-unreadable', bounds);
  const { sheet, found, best } = findColumns(sheets, SEATING_HEADERS, REQUIRED);
  if (!sheet || !found) throw refusal ?? noHeader(best);
  const roomOf = roomFinder(rooms);
  const firstSeat = new Map<string, number>();
  const { rows, rejected } = readRows<SeatingLine>(
    sheet,
    found.line,
    (row) => readLine(row, found, roomOf),
    (line) => {
      if (line.seat === null) return undefined;
      const key = `${line.roomId}/${line.seat}`;
      const first = firstSeat.get(key);
      if (first !== undefined) {
        return {
          id: `Kursi ${line.seat} ruang ${line.roomId} ganda: sudah diberikan di baris ${first}.`,
          en: `Seat ${line.seat} of room ${line.roomId} is named twice: already given on row ${first}.`,
        };
      }
      firstSeat.set(key, line.line);
      return undefined;
    },
    (pc, first) => ({ id: `PC ${pc} ganda: sudah ada di baris ${first}.`, en: `PC ${pc} is named twice: already on row ${first}.` }),
  );
  return {
    format,
    headerLine: found.line,
    columns: found.titles,
    rows,
    rejected: rejected.map((r) => ({
      line: r.line,
      reason: r.reason,
      en: r.en,
      ...(r.participantNumber ? { machineId: r.participantNumber } : {}),
    })),
  };
}

/** A room by its code (as typed, or in any case), else by its name ("Lab Komputer 1"). */
function roomFinder(rooms: readonly Room[]): (text: string) => Room | undefined {
  const byId = new Map(rooms.map((r) => [r.id, r]));
  const byKey = new Map<string, Room>();
  for (const r of rooms) byKey.set(r.name.trim().toUpperCase(), r);
  for (const r of rooms) byKey.set(r.id.toUpperCase(), r);
  return (text) => byId.get(text) ?? byKey.get(text.toUpperCase());
}

function readLine(row: SheetRow, match: ColumnMatch<SeatingField>, roomOf: (text: string) => Room | undefined): RowRead<SeatingLine> {
  const cell = (f: SeatingField) => {
    const index = match.columns[f];
    return index === undefined ? '' : cellText(row.cells[index]).replace(/\s+/g, ' ');
  };
  const pc = cell('pc');
  const roomText = cell('room');
  const seatText = cell('seat');
  const serverText = cell('server');
  if (!pc && !roomText && !seatText && !serverText) return { ok: 'blank' };
  const refuse = (id: string, en: string): RowRead<SeatingLine> => ({
    ok: false,
    reason: { id, en },
    ...(pc ? { number: pc.slice(0, 64) } : {}),
  });
  if (!pc) return refuse('Kolom PC kosong.', 'The PC column is empty.');
  if (!IdentSchema.safeParse(pc).success) {
    return refuse(
      `Kode PC '${clip(pc)}' tidak sah: huruf, angka, titik, garis (-) atau garis bawah, paling banyak 64.`,
      `PC code '${clip(pc)}' is not valid: letters, digits, dot, dash or underscore, at most 64.`,
    );
  }
  if (!roomText) return refuse('Kolom ruang kosong: tulis kode atau nama ruang.', 'The room column is empty: write the room code or name.');
  const room = roomOf(roomText);
  if (!room) {
    return refuse(
      `Ruang '${clip(roomText)}' tidak ada di denah lokasi. Tulis kode atau nama ruang seperti di Pengaturan > Ruang.`,
      `Room '${clip(roomText)}' is not in the venue plan. Write the room code or name as in Setup > Rooms.`,
    );
  }
  let seat: number | null = null;
  if (seatText) {
    if (!/^\d{1,5}$/.test(seatText) || Number(seatText) < 1 || Number(seatText) > 10_000) {
      return refuse(
        `Nomor kursi '${clip(seatText)}' tidak sah: tulis angka 1 sampai 10000.`,
        `Seat number '${clip(seatText)}' is not valid: write a number from 1 to 10000.`,
      );
    }
    seat = Number(seatText);
  }
  let serverId: string | null = null;
  if (serverText) {
    if (!IdentSchema.safeParse(serverText).success) {
      return refuse(`Kode server '${clip(serverText)}' tidak sah.`, `Server code '${clip(serverText)}' is not valid.`);
    }
    serverId = serverText;
  }
  return { ok: true, value: { line: row.line, number: pc, roomId: room.id, seat, serverId } };
}

/** Text from the file quoted in a refusal, cut short (a 1 MB cell is not echoed back). */
const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

function noHeader(best: ColumnMatch<SeatingField> | undefined): AppError {
  const missing = REQUIRED.filter((f) => best?.columns[f] === undefined);
  const names = (lang: 'id' | 'en') => missing.map((f) => LABELS[f][lang]).join(', ');
  return new AppError(
    'seating-no-header',
    {
      id: `Baris judul kolom tidak ditemukan di 30 baris pertama: kolom ${names('id')} tidak ada. Baris pertama berkas ditulis seperti PC;RUANG;KURSI.`,
      en: `No header row found in the first 30 rows: missing column(s) ${names('en')}. Start the file with a line such as PC;RUANG;KURSI.`,
    },
    { status: 400, details: { missing } },
  );
}
