import type { Localized } from '../../../../protocol/i18n.js';

export const msg = {
  recheck: { id: 'Periksa ulang', en: 'Check again' },
  recheckBusy: { id: 'Mengirim…', en: 'Sending…' },
  recheckSent: (time: string): Localized => ({
    id: `Permintaan periksa ulang terkirim pukul ${time}. Hasil baru muncul di sini dengan sendirinya.`,
    en: `Check-again request sent at ${time}. The new result appears here by itself.`,
  }),
  move: { id: 'Pindahkan', en: 'Move' },
  moveTitle: { id: 'Pindahkan ke server, ruang atau kursi lain', en: 'Move to another server, room or seat' },
  moved: {
    id: 'Penempatan disimpan. Tempat di server lama diberikan ke PC yang menunggu.',
    en: 'Placement saved. The place on the old server goes to a waiting PC.',
  },
  role: { id: 'Peran', en: 'Role' },
  room: { id: 'Ruang', en: 'Room' },
  seat: { id: 'Kursi', en: 'Seat' },
  server: { id: 'Server', en: 'Server' },
  lastSeen: { id: 'Terakhir terlihat', en: 'Last seen' },
  reportedAt: { id: 'Laporan terakhir', en: 'Last report' },
  checklist: { id: 'Daftar periksa', en: 'Checklist' },
  refused: { id: 'Penempatan ditolak', en: 'Placement refused' },
  checks: { id: 'Hasil pemeriksaan', en: 'Check results' },
  noReport: {
    id: 'PC ini belum mengirim laporan pemeriksaan. Pastikan agennya berjalan, lalu tekan "Periksa ulang".',
    en: 'This PC has not sent a check report yet. Make sure its agent runs, then press "Check again".',
  },
  status: { id: 'Status', en: 'Status' },
  check: { id: 'Pemeriksaan', en: 'Check' },
  measured: { id: 'Terukur', en: 'Measured' },
  expected: { id: 'Syarat', en: 'Required' },
  clause: { id: 'Pasal', en: 'Clause' },
  fix: { id: 'Yang harus dilakukan', en: 'What to do' },
  notMeasured: { id: 'belum ada bacaan', en: 'no reading' },
  history: { id: 'Riwayat laporan: apa yang berubah, kapan', en: 'Report history: what changed, when' },
  noHistory: { id: 'Belum ada riwayat.', en: 'No history yet.' },
  firstReport: { id: 'laporan pertama', en: 'first report' },
  absent: { id: 'tidak ada', en: 'absent' },
  unknownMachine: {
    id: 'PC ini tidak dikenal hub. Mungkin namanya salah ketik atau agennya belum pernah tersambung.',
    en: 'The hub does not know this PC. The name may be mistyped or its agent has never connected.',
  },
};
