import type { Localized } from '../../../../protocol/i18n.js';

export const msg = {
  title: { id: 'Daftar hadir', en: 'Attendance sheet' },
  back: { id: '← Kembali ke kehadiran', en: '← Back to attendance' },
  print: { id: 'Cetak', en: 'Print' },
  printHint: {
    id: 'Setiap ruang dicetak di halaman tersendiri (A4). Kolom tanda tangan diisi peserta dengan tinta.',
    en: 'Each room prints on its own page (A4). Participants sign the signature column in ink.',
  },
  roomSelect: { id: 'Ruang', en: 'Room' },
  allRooms: { id: 'Semua ruang', en: 'All rooms' },
  venue: { id: 'Lokasi', en: 'Venue' },
  session: { id: 'Sesi', en: 'Session' },
  date: { id: 'Tanggal', en: 'Date' },
  time: { id: 'Waktu', en: 'Time' },
  room: { id: 'Ruang', en: 'Room' },
  noRoom: { id: 'Tanpa ruang', en: 'No room' },
  counts: (registered: number, present: number, absent: number, refused: number): Localized => ({
    id: `Terdaftar ${registered} · Hadir ${present} · Tidak hadir ${absent} (di antaranya ditolak ${refused})`,
    en: `Registered ${registered} · Present ${present} · Absent ${absent} (of which refused ${refused})`,
  }),
  countsBefore: (registered: number, present: number, notYet: number): Localized => ({
    id: `Terdaftar ${registered} · Hadir ${present} · Belum hadir ${notYet} (registrasi masih dibuka)`,
    en: `Registered ${registered} · Present ${present} · Not yet present ${notYet} (check-in still open)`,
  }),
  col: {
    no: { id: 'No', en: 'No' },
    number: { id: 'Nomor peserta', en: 'Participant number' },
    name: { id: 'Nama', en: 'Name' },
    jabatan: { id: 'Jabatan', en: 'Position' },
    seat: { id: 'Kursi', en: 'Seat' },
    status: { id: 'Status', en: 'Status' },
    time: { id: 'Jam registrasi', en: 'Check-in time' },
    signature: { id: 'Tanda tangan', en: 'Signature' },
  },
  blind: { id: 'Tunanetra', en: 'Blind' },
  emptyRoom: { id: 'Tidak ada peserta di ruang ini.', en: 'No participants in this room.' },
  unknownRoom: (room: string): Localized => ({
    id: `Ruang '${room}' tidak ada di sesi ini. Pilih ruang lain atau semua ruang.`,
    en: `Room '${room}' is not part of this session. Choose another room or all rooms.`,
  }),
  emptyRoster: {
    id: 'Daftar peserta sesi ini masih kosong: impor daftar peserta di halaman sesi sebelum mencetak daftar hadir.',
    en: 'This session has no participants yet: import the roster on the session page before printing the attendance sheet.',
  },
  supervisor: { id: 'Pengawas ruang', en: 'Room supervisor' },
  signName: { id: 'Nama', en: 'Name' },
  signNip: { id: 'NIP', en: 'NIP' },
  generated: (text: Localized): Localized => ({
    id: `Dicetak dari SiapCAT, data per ${text.id}`,
    en: `Printed from SiapCAT, data as of ${text.en}`,
  }),
} satisfies Record<string, unknown>;
