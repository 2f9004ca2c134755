export const msg = {
  title: { id: 'Ringkasan lokasi', en: 'Venue overview' },
  question: { id: 'Bisakah ujian diadakan di sini?', en: 'Can the exam be held here?' },
  verdict: {
    ready: { id: 'Lokasi SIAP', en: 'Venue READY' },
    'not-ready': { id: 'Lokasi BELUM SIAP', en: 'Venue NOT READY' },
    incomplete: { id: 'Pemeriksaan BELUM LENGKAP', en: 'Checks INCOMPLETE' },
  },
  causes: { id: 'Yang harus dibereskan', en: 'What must be fixed' },
  noCauses: { id: 'Tidak ada masalah tercatat.', en: 'No problems recorded.' },
  machines: { id: 'PC dan server', en: 'PCs and servers' },
  facilities: { id: 'Fasilitas', en: 'Facilities' },
  openFacilities: { id: 'Buka daftar periksa fasilitas', en: 'Open the facility checklist' },
  rooms: { id: 'Ruang', en: 'Rooms' },
  noRooms: {
    id: 'Belum ada ruang. Tambahkan ruang dan kursi di Pengaturan.',
    en: 'No rooms yet. Add rooms and seats under Setup.',
  },
  servers: { id: 'Server', en: 'Servers' },
  noServers: {
    id: 'Belum ada server. Tambahkan di Pengaturan, atau jalankan agen di server.',
    en: 'No servers yet. Add them under Setup, or run the agent on the server.',
  },
  serverOffline: { id: 'agen server luring', en: 'server agent offline' },
  openRoom: { id: 'Buka denah', en: 'Open map' },
  updated: { id: 'Diperbarui', en: 'Updated' },
};
