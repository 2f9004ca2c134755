import { describe, expect, it } from 'vitest';
import { RAM_FAIL, check, machineRow } from '../../testing/fixtures.js';
import { csvCell, machinesCsv } from './csv.js';

describe('csvCell', () => {
  it('quotes delimiters, quotes and line breaks', () => {
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a,b', ';')).toBe('a,b');
    expect(csvCell('say "hi"', ',')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines', ',')).toBe('"two\nlines"');
    expect(csvCell(null, ',')).toBe('');
  });

  it('defuses cells that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")', ',')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1', ';')).toBe(`"'-1"`);
    expect(csvCell('@SUM(A1)', ';')).toBe(`"'@SUM(A1)"`);
  });
});

describe('machinesCsv', () => {
  const machines = [
    machineRow({ id: 'PC-001', seat: 1, verdict: 'not-ready', checks: [check({ id: 'cpu-speed', measured: '3,2 GHz' }), RAM_FAIL] }),
    machineRow({ id: 'PC-002', seat: 2, verdict: null, reportedAt: null, checks: [] }),
  ];

  it('writes one row per check in Indonesian with ; and a BOM, times in the venue zone', () => {
    const text = machinesCsv(machines, 'id', 'Asia/Makassar');
    expect(text.startsWith('\ufeffpc;peran;ruang;kursi;server;status_pc')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe(
      'PC-001;PC klien;R1;1;S1;Belum siap;23/11/2026 07.28 WITA;perbup-tanah-bumbu-73-2022/client@1.0.0;ram-size;Memori (RAM);Gagal;2 GB terpasang;≥ 4 GB;Lampiran C.4.b.2.a(5);rekomendasi;Tambah modul RAM hingga minimal 4 GB.',
    );
    expect(lines[1]).toContain(';3,2 GHz;');
    expect(lines[3]).toBe('PC-002;PC klien;R1;2;S1;Menunggu laporan;;perbup-tanah-bumbu-73-2022/client@1.0.0;;;;;;;;');
  });

  it('writes measured and required in the chosen language when the checklist sends both', () => {
    const webcam = {
      ...check({ id: 'webcam', status: 'fail' }),
      measured: 'tidak ada',
      measuredText: { id: 'tidak ada', en: 'none' },
      expected: 'ada webcam',
      expectedText: { id: 'ada webcam', en: 'a webcam' },
    };
    const rows = [machineRow({ id: 'PC-003', checks: [webcam] })];
    expect(machinesCsv(rows, 'en', 'Asia/Makassar')).toContain(',webcam,Check webcam,Fail,none,a webcam,');
    expect(machinesCsv(rows, 'id', 'Asia/Makassar')).toContain(';webcam;Pemeriksaan webcam;Gagal;tidak ada;ada webcam;');
  });

  it('uses , and English words in English, quoting the decimal comma', () => {
    const lines = machinesCsv(machines, 'en', 'Asia/Jakarta').slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^pc,role,room,seat,server,pc_state/);
    expect(lines[1]).toContain(',Pass,"3,2 GHz",');
    expect(lines[2]).toContain('23/11/2026 06:28 WIB');
  });
});
