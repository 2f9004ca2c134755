import type { PassingGradeRule } from './types.js';

/**
 * SKB and PPPK sessions: their totals are recorded and reconciled, but no threshold was transcribed
 * (SKB results are integrated with SKD by Panselnas; PPPK thresholds differ per position group and
 * their decree's text was not available). Every result is "tidak dinilai" until a version with
 * verified thresholds is added: a guessed pass or fail would be worse than none.
 */
const NOT_TRANSCRIBED = {
  level: 'none' as const,
  note:
    'No thresholds transcribed: no decree text with numbers for this kind could be verified here. ' +
    'Results are recorded, reconciled and printed, and their status is "not judged".',
  sources: [],
};

export const SKB_CPNS_2024: PassingGradeRule = {
  id: 'skb-cpns-2024',
  version: '1.0.0',
  kind: 'SKB',
  year: 2024,
  title: { id: 'Hasil SKB CPNS Tahun Anggaran 2024 (tanpa ambang batas)', en: 'SKB results, CPNS 2024 (no threshold)' },
  decree: {
    citation: 'Peraturan Menteri PANRB Nomor 6 Tahun 2024',
    title: 'Pengadaan Pegawai Aparatur Sipil Negara (SKB integrated with SKD by Panselnas)',
  },
  verification: NOT_TRANSCRIBED,
  inForceFrom: '2024-01-01',
  components: [],
  totalIsSum: false,
  maxTotal: 1000,
  tracks: [{ id: 'umum', title: { id: 'Semua formasi', en: 'All formations' }, names: ['UMUM'], criteria: null, clause: '-' }],
  defaultTrack: 'umum',
};

export const PPPK_2024: PassingGradeRule = {
  id: 'pppk-2024',
  version: '1.0.0',
  kind: 'PPPK',
  year: 2024,
  title: { id: 'Hasil seleksi kompetensi PPPK 2024 (tanpa ambang batas)', en: 'PPPK competency results 2024 (no threshold)' },
  decree: {
    citation: 'Keputusan Menteri PANRB tentang nilai ambang batas seleksi kompetensi PPPK T.A. 2024',
    title: 'not transcribed: thresholds differ per position group (guru, tenaga kesehatan, tenaga teknis)',
  },
  verification: NOT_TRANSCRIBED,
  inForceFrom: '2024-01-01',
  components: [],
  totalIsSum: false,
  maxTotal: 1000,
  tracks: [{ id: 'umum', title: { id: 'Semua jabatan', en: 'All positions' }, names: ['UMUM'], criteria: null, clause: '-' }],
  defaultTrack: 'umum',
};
