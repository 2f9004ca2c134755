import { stringify } from 'csv-stringify/sync';
import { NOT_YET_PRESENT_LABEL, PARTICIPANT_STATUS_LABELS } from '../../../protocol/exam.js';
import { neutraliseCell } from '../../../protocol/spreadsheet.js';
import type { ParticipantRow } from '../roster/store.js';
import { statusOf } from '../roster/view.js';
import type { SessionRecord } from '../sessions/store.js';
import { localText, localTime } from '../time.js';

/**
 * The attendance export: who sat the exam and who did not, one row per roster participant, with
 * the full NIK (the PPPK Paruh Waktu proposal needs to identify people). Columns in Indonesian.
 * `final`: check-in has closed; until then whoever has not checked in is "Belum hadir", never "Tidak hadir".
 */
export const EXPORT_HEADER = [
  'No',
  'Nomor Peserta',
  'NIK',
  'Nama',
  'Jabatan/Formasi',
  'Ruang',
  'Kursi',
  'Disabilitas',
  'Hadir',
  'Status',
  'Waktu Registrasi',
  'Petugas',
  'Override',
  'Sesi',
  'Jenis',
  'Tanggal Sesi',
] as const;

export function exportTable(session: SessionRecord, rows: readonly ParticipantRow[], final: boolean): string[][] {
  const date = localTime(session.startsAt, session.timeZone).date;
  return rows.map((r, i) => {
    const status = statusOf(r);
    return [
      String(i + 1),
      r.number,
      r.nik,
      r.name,
      r.jabatan,
      r.room,
      r.seat,
      r.disability,
      status === 'present' ? 'Ya' : 'Tidak',
      (status === 'absent' && !final ? NOT_YET_PRESENT_LABEL : PARTICIPANT_STATUS_LABELS[status]).id,
      r.checkin_at ? localText(r.checkin_at, session.timeZone) : '',
      r.checkin_by ?? '',
      r.override_by ? `${r.override_by}: ${r.override_reason ?? ''}` : '',
      `${session.id} ${session.name}`,
      session.kind,
      date,
    ];
  });
}

/** CSV for other programs: UTF-8 with BOM, comma, CRLF, every field text (quoted when it needs it), formula-like cells neutralised. */
export function exportCsv(session: SessionRecord, rows: readonly ParticipantRow[], final: boolean): string {
  const table = exportTable(session, rows, final).map((row) => row.map(neutraliseCell));
  return stringify([[...EXPORT_HEADER], ...table], {
    bom: true,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
}

/** XLSX for Excel: every cell a Text cell ('@'), so NIK and participant numbers keep all their digits. */
export async function exportXlsx(session: SessionRecord, rows: readonly ParticipantRow[], final: boolean): Promise<Buffer> {
  const text = (value: string, bold = false) => ({
    value,
    type: String,
    format: '@',
    ...(bold ? { fontWeight: 'bold' as const } : {}),
  });
  const data = [EXPORT_HEADER.map((h) => text(h, true)), ...exportTable(session, rows, final).map((row) => row.map((v) => text(v)))];
  // Loaded on the first export (~130 ms of modules a hub start need not pay for).
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  return writeXlsxFile(data, {
    sheet: 'Kehadiran',
    stickyRowsCount: 1,
    columns: [
      { width: 5 },
      { width: 20 },
      { width: 19 },
      { width: 30 },
      { width: 30 },
      { width: 8 },
      { width: 6 },
      { width: 14 },
      { width: 6 },
      { width: 12 },
      { width: 22 },
      { width: 12 },
      { width: 30 },
      { width: 24 },
      { width: 6 },
      { width: 12 },
    ],
  }).toBuffer();
}
