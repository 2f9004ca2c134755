import type { Localized } from '../../../../protocol/i18n.js';

/** Words of Pengaturan > PC lama (old PCs' capture files and snapshots judged on the hub). */
export const cm = {
  title: { id: 'PC lama (Windows XP/7/8) dan snapshot', en: 'Old PCs (Windows XP/7/8) and snapshots' },
  lead: {
    id: 'PC yang tidak bisa menjalankan agen: jalankan TANGKAP-PC-LAMA.cmd dari folder PC-LAMA di kit USB. Berkas NAMAPC-siapcat.txt yang dihasilkan (atau snapshot .json dari agen) dinilai di sini dengan daftar periksa yang sama. Yang tidak bisa dibaca tampil "belum bisa dinilai", tidak pernah "lulus".',
    en: 'PCs that cannot run the agent: run TANGKAP-PC-LAMA.cmd from the PC-LAMA folder of the USB kit. The NAMEPC-siapcat.txt files it writes (or agent snapshot .json files) are judged here by the same checklist. What could not be read shows as not judged yet, never as passed.',
  },
  drop: { id: 'Seret berkas atau folder ke sini', en: 'Drop files or a folder here' },
  pickFiles: { id: 'Pilih berkas…', en: 'Choose files…' },
  pickFolder: { id: 'Pilih folder…', en: 'Choose a folder…' },
  role: { id: 'Nilai sebagai', en: 'Judge as' },
  roleClient: { id: 'PC peserta (klien)', en: 'Candidate PC (client)' },
  roleServer: { id: 'Server', en: 'Server' },
  roleMobile: { id: 'Server mobile BKN', en: "BKN's mobile server" },
  sending: { id: 'Mengirim', en: 'Sending' },
  results: { id: 'Hasil unggahan ini', en: 'This upload' },
  accepted: { id: 'dinilai', en: 'judged' },
  refused: { id: 'ditolak', en: 'refused' },
  noFiles: {
    id: 'Tidak ada berkas tangkapan (…-siapcat.txt) atau snapshot (.json) di folder itu.',
    en: 'No capture (…-siapcat.txt) or snapshot (.json) files in that folder.',
  },
  stored: { id: 'Berkas yang sudah dinilai', en: 'Files judged so far' },
  none: { id: 'Belum ada berkas.', en: 'No files yet.' },
  host: { id: 'PC', en: 'PC' },
  file: { id: 'Berkas', en: 'File' },
  verdict: { id: 'Hasil', en: 'Result' },
  counts: { id: 'Lulus / gagal / belum bisa dinilai', en: 'Pass / fail / not judged yet' },
  problems: { id: 'Masalah', en: 'Problems' },
  captured: { id: 'Diambil', en: 'Captured' },
  remove: { id: 'Hapus', en: 'Remove' },
  confirmRemove: { id: 'Hapus hasil berkas ini dari hub?', en: 'Remove this file’s result from the hub?' },
} satisfies Record<string, Localized>;
