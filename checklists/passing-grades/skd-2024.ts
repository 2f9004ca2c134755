import type { PassingGradeRule } from './types.js';

const SKD_SOURCES = [
  'idcorner.co.id, 28 Aug 2024, "Nilai ambang batas atau passing grade SKD CPNS 2024" (quotes Diktum items 1-3)',
  'nasional.kontan.co.id, Oct 2024, "3 syarat kelulusan SKD CPNS Kemenkeu 2024" (same three tracks and numbers)',
  'kompas.tv 528784, 2024, "Ambang batas SKD CPNS 2024 terbaru" (general track 65/80/166, maximum total 550)',
  'jambiindependent.bacakoran.co 20112, 2024 (general 65/80/166; lulusan terbaik 311 with TIU 85; disabilitas 286 with TIU 60)',
];

/**
 * SKD CPNS T.A. 2024: Keputusan Menteri PANRB Nomor 321 Tahun 2024. The decree's own text was not
 * available here; the numbers agree across four independent reports quoting it (see `verification`).
 */
export const SKD_CPNS_2024: PassingGradeRule = {
  id: 'skd-cpns-2024',
  version: '1.0.0',
  kind: 'SKD',
  year: 2024,
  title: {
    id: 'Nilai ambang batas SKD CPNS Tahun Anggaran 2024',
    en: 'SKD passing grades, CPNS recruitment year 2024',
  },
  decree: {
    citation: 'Keputusan Menteri PANRB Nomor 321 Tahun 2024',
    title:
      'Nilai Ambang Batas Seleksi Kompetensi Dasar Pengadaan Pegawai Negeri Sipil Tahun Anggaran 2024',
  },
  verification: {
    level: 'secondary-sources',
    note:
      'Thresholds checked against four independent reports that quote the decree and agree on every number. ' +
      "The decree's own text (JDIH KemenPANRB) could not be read here, so clause labels are the reports' item " +
      'numbers, not verified Diktum numbers. One report (kabarterupdate.com, 24 Sep 2024) gives other numbers ' +
      'for the disability track (TWK 60, TIU 70, TKP 166); the four others contradict it and it is not used. ' +
      'Component maxima (TWK 150, TIU 175, TKP 225, total 550) follow the reported 110 items at 5 points each ' +
      '(30 TWK, 35 TIU, 45 TKP) and the reported maximum total 550; they only refuse impossible values. ' +
      'Ranking (at most 3x the formation need) is decided by Panselnas and is not judged here.',
    sources: SKD_SOURCES,
  },
  inForceFrom: '2024-01-01',
  components: [
    {
      key: 'TWK',
      title: { id: 'Tes Wawasan Kebangsaan', en: 'National insight test' },
      max: 150,
      headers: ['TWK', 'NILAITWK', 'SKORTWK', 'WAWASANKEBANGSAAN', 'TESWAWASANKEBANGSAAN'],
    },
    {
      key: 'TIU',
      title: { id: 'Tes Intelegensia Umum', en: 'General intelligence test' },
      max: 175,
      headers: ['TIU', 'NILAITIU', 'SKORTIU', 'INTELEGENSIAUMUM', 'TESINTELEGENSIAUMUM'],
    },
    {
      key: 'TKP',
      title: { id: 'Tes Karakteristik Pribadi', en: 'Personal characteristics test' },
      max: 225,
      headers: ['TKP', 'NILAITKP', 'SKORTKP', 'KARAKTERISTIKPRIBADI', 'TESKARAKTERISTIKPRIBADI'],
    },
  ],
  totalIsSum: true,
  maxTotal: 550,
  tracks: [
    {
      id: 'umum',
      title: { id: 'Kebutuhan umum / putra-putri Kalimantan', en: 'General / sons and daughters of Kalimantan' },
      names: ['UMUM', 'FORMASIUMUM', 'KEBUTUHANUMUM', 'KALIMANTAN', 'PUTRAPUTRIKALIMANTAN'],
      criteria: [
        { type: 'min', component: 'TWK', value: 65 },
        { type: 'min', component: 'TIU', value: 80 },
        { type: 'min', component: 'TKP', value: 166 },
      ],
      clause: 'item 1 (kebutuhan umum dan kebutuhan khusus putra/putri Kalimantan)',
    },
    {
      id: 'lulusan-terbaik',
      title: { id: 'Kebutuhan khusus putra/putri lulusan terbaik', en: 'Special: best graduates (cum laude)' },
      names: ['LULUSANTERBAIK', 'PUTRAPUTRILULUSANTERBAIK', 'CUMLAUDE', 'DIASPORA'],
      criteria: [
        { type: 'min-total', value: 311 },
        { type: 'min', component: 'TIU', value: 85 },
      ],
      clause: 'item 2 (kebutuhan khusus putra/putri lulusan terbaik)',
    },
    {
      id: 'disabilitas-papua',
      title: { id: 'Kebutuhan khusus penyandang disabilitas / putra-putri Papua', en: 'Special: disability / Papua' },
      names: ['DISABILITAS', 'PENYANDANGDISABILITAS', 'PAPUA', 'PUTRAPUTRIPAPUA', 'DISABILITASPAPUA'],
      criteria: [
        { type: 'min-total', value: 286 },
        { type: 'min', component: 'TIU', value: 60 },
      ],
      clause: 'item 3 (kebutuhan khusus penyandang disabilitas dan putra/putri Papua)',
    },
  ],
  defaultTrack: 'umum',
};
