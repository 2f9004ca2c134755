import { upper, VERDICT_WORDS } from '../../../../protocol/glossary.js';
import type { Verdict } from '../../../../protocol/verdict.js';
import type { Localized } from '../../../../protocol/i18n.js';
/** "Lokasi SIAP", "Lokasi BELUM SIAP", "Lokasi BELUM BISA DINILAI": the glossary's word, shouted. */
const venue = (v: Verdict): Localized => {
  const word = upper(VERDICT_WORDS[v]);
  return { id: `Lokasi ${word.id}`, en: `Venue ${word.en}` };
};

export const msg = {
  title: { id: 'Ringkasan lokasi', en: 'Venue overview' },
  question: { id: 'Bisakah ujian diadakan di sini?', en: 'Can the exam be held here?' },
  verdict: {
    ready: venue('ready'),
    'not-ready': venue('not-ready'),
    incomplete: venue('incomplete'),
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
