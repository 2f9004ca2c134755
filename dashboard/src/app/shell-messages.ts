export const shell = {
  skip: { id: 'Langsung ke isi', en: 'Skip to content' },
  live: {
    open: { id: 'Langsung', en: 'Live' },
    connecting: { id: 'Menyambung…', en: 'Connecting…' },
    waiting: { id: 'Terputus, menyambung ulang…', en: 'Disconnected, reconnecting…' },
    idle: { id: 'Tidak tersambung', en: 'Not connected' },
  },
  liveHint: {
    id: 'Status saluran langsung: warna dan angka diperbarui otomatis saat tersambung.',
    en: 'Live channel state: colours and numbers update by themselves while connected.',
  },
  language: { id: 'Bahasa', en: 'Language' },
  logout: { id: 'Keluar', en: 'Log out' },
  notFound: { id: 'Halaman tidak ditemukan', en: 'Page not found' },
  notFoundHelp: {
    id: 'Alamat ini tidak ada di dasbor. Kembali ke ringkasan lokasi.',
    en: 'This address does not exist in the dashboard. Go back to the venue overview.',
  },
  chunkFailed: {
    id: 'Bagian dasbor ini tidak bisa dimuat (mungkin hub baru diperbarui atau jaringan terputus). Muat ulang halaman.',
    en: 'This part of the dashboard could not be loaded (the hub may have been updated, or the network dropped). Reload the page.',
  },
  reload: { id: 'Muat ulang', en: 'Reload' },
  menu: { id: 'Menu utama', en: 'Main menu' },
};
