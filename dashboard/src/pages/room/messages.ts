export const msg = {
  unknownRoom: {
    id: 'Ruang ini tidak ada di pengaturan lokasi. Periksa alamatnya atau tambahkan ruang di Pengaturan.',
    en: 'This room is not in the venue setup. Check the address or add the room under Setup.',
  },
  noSeats: {
    id: 'Ruang ini belum punya kursi. Atur baris, kolom dan kursi di Pengaturan.',
    en: 'This room has no seats yet. Set rows, columns and seats under Setup.',
  },
  unplaced: { id: 'PC di ruang ini tanpa kursi di denah', en: 'PCs in this room without a seat on the map' },
  allPcs: { id: 'Semua PC di ruang ini', en: 'All PCs in this room' },
  seat: { id: 'kursi', en: 'seat' },
  rooms: { id: 'Ruang tes', en: 'Test rooms' },
  causes: { id: 'Penyebab belum siap', en: 'Why it is not ready' },
};
