import type { Localized } from '../../../../protocol/i18n.js';

export const msg = {
  title: { id: 'Daftar PC', en: 'PCs' },
  search: { id: 'Cari nama PC', en: 'Search PC name' },
  state: { id: 'Status', en: 'State' },
  all: { id: 'Semua', en: 'All' },
  room: { id: 'Ruang', en: 'Room' },
  server: { id: 'Server', en: 'Server' },
  check: { id: 'Pemeriksaan', en: 'Check' },
  clear: { id: 'Hapus saringan', en: 'Clear filters' },
  pc: { id: 'PC', en: 'PC' },
  role: { id: 'Peran', en: 'Role' },
  seat: { id: 'Kursi', en: 'Seat' },
  failing: { id: 'Gagal', en: 'Failing' },
  lastSeen: { id: 'Terakhir terlihat', en: 'Last seen' },
  refused: { id: 'Ditolak', en: 'Refused' },
  seating: { id: 'Impor penempatan', en: 'Import seating' },
  shown: (n: number, total: number): Localized => ({ id: `${n} dari ${total} PC`, en: `${n} of ${total} PCs` }),
  none: { id: 'Tidak ada PC yang cocok dengan saringan ini.', en: 'No PC matches these filters.' },
  noMachines: {
    id: 'Belum ada PC yang melapor. Jalankan agen di setiap PC ujian (perintahnya ada di Pengaturan).',
    en: 'No PC has reported yet. Run the agent on every exam PC (the command is under Setup).',
  },
};
