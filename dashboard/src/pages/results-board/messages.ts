import type { Localized } from '../../../../protocol/i18n.js';

export const msg = {
  title: { id: 'HASIL SELEKSI', en: 'SELECTION RESULTS' },
  number: { id: 'No. peserta', en: 'Participant no.' },
  name: { id: 'Nama', en: 'Name' },
  room: { id: 'Ruang', en: 'Room' },
  total: { id: 'Jumlah', en: 'Total' },
  status: { id: 'Keterangan', en: 'Status' },
  empty: { id: 'Hasil akan tampil di sini begitu tercatat.', en: 'Results appear here as soon as they are recorded.' },
  counts: (present: number, withResult: number, passed: number): Localized => ({
    id: `Hadir ${present} · Sudah ada hasil ${withResult} · Memenuhi ambang batas ${passed}`,
    en: `Present ${present} · With a result ${withResult} · Meeting the passing grade ${passed}`,
  }),
  screen: (n: number, of: number): Localized => ({ id: `Layar ${n} dari ${of}`, en: `Screen ${n} of ${of}` }),
  rule: (id: string, version: string): Localized => ({ id: `Ambang batas: ${id}@${version}`, en: `Passing grade: ${id}@${version}` }),
  /** Short status words that fit the TV's column; the rule's full words are on the rekap. */
  short: {
    memenuhi: { id: 'MEMENUHI', en: 'MEETS' },
    'tidak-memenuhi': { id: 'TIDAK MEMENUHI', en: 'BELOW' },
    'tidak-dinilai': { id: 'TIDAK DINILAI', en: 'NOT JUDGED' },
  } as Record<string, Localized>,
  order: {
    recorded: { id: 'terbaru di atas', en: 'newest first' },
    total: { id: 'nilai tertinggi di atas', en: 'highest total first' },
    number: { id: 'urut nomor peserta', en: 'by participant number' },
  } as Record<string, Localized>,
};
