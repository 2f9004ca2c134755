import type { Localized } from '../../../../protocol/i18n.js';
import { ATTENDANCE_WORDS } from '../../../../protocol/glossary.js';

export const msg = {
  title: { id: 'Kehadiran peserta', en: 'Participant attendance' },
  back: { id: '← Kembali ke sesi', en: '← Back to the session' },
  schedule: (date: string, start: Localized, end: Localized, zone: string): Localized => ({
    id: `${date}, pukul ${start.id}–${end.id} ${zone}`,
    en: `${date}, ${start.en}–${end.en} ${zone}`,
  }),
  updatedAt: (time: string): Localized => ({ id: `Data per ${time}`, en: `Data as of ${time}` }),
  live: {
    id: 'Angka diperbarui otomatis setiap ada registrasi di meja.',
    en: 'The numbers update by themselves with every registration at the desk.',
  },
  counts: {
    registered: { id: 'Terdaftar', en: 'Registered' },
    present: ATTENDANCE_WORDS.present,
    refused: ATTENDANCE_WORDS.refused,
  },
  /** `notPresent`: "Belum hadir" while PINs can be issued, "Tidak hadir" after (notPresentWord). */
  refusedHint: (notPresent: Localized): Localized => ({
    id: `Ditolak termasuk dalam ${notPresent.id.toLowerCase()}: ditolak di meja registrasi dan tidak pernah diregistrasi.`,
    en: `Refused is part of ${notPresent.en.toLowerCase()}: refused at the desk and never registered.`,
  }),
  blind: (registered: number, present: number): Localized => ({
    id: `Peserta tunanetra: ${present} hadir dari ${registered} terdaftar`,
    en: `Blind participants: ${present} present of ${registered} registered`,
  }),
  rooms: { id: 'Per ruang', en: 'By room' },
  room: { id: 'Ruang', en: 'Room' },
  noRoom: { id: 'Tanpa ruang', en: 'No room' },
  sheet: { id: 'Daftar hadir', en: 'Attendance sheet' },
  sheetAll: { id: 'Daftar hadir seluruh sesi', en: 'Attendance sheet of the whole session' },
  sheetOf: (room: string): Localized => ({ id: `Daftar hadir ${room}`, en: `Attendance sheet of ${room}` }),
  exportCsv: { id: 'Unduh CSV', en: 'Download CSV' },
  exportXlsx: { id: 'Unduh XLSX', en: 'Download XLSX' },
  exporting: { id: 'Menyiapkan berkas…', en: 'Preparing the file…' },
  exportHint: {
    id: 'Berkas ekspor memuat NIK lengkap: simpan hanya di tempat yang aman.',
    en: 'The export holds full NIKs: keep it only somewhere safe.',
  },
  participants: { id: 'Daftar peserta', en: 'Participants' },
  search: { id: 'Cari nomor peserta atau nama', en: 'Search participant number or name' },
  searchPlaceholder: { id: 'mis. 2430011 atau Siti', en: 'e.g. 2430011 or Siti' },
  roomFilter: { id: 'Ruang', en: 'Room' },
  statusFilter: { id: 'Status', en: 'Status' },
  all: { id: 'Semua', en: 'All' },
  /** The status filter's options: absent includes the refused, as in the counts. */
  statusOption: (status: 'present' | 'absent' | 'refused', notPresent: Localized): Localized =>
    status === 'absent'
      ? { id: `${notPresent.id} (termasuk ditolak)`, en: `${notPresent.en} (refused included)` }
      : ATTENDANCE_WORDS[status],
  shown: (shown: number, total: number): Localized => ({
    id: `${shown} dari ${total} peserta ditampilkan`,
    en: `Showing ${shown} of ${total} participants`,
  }),
  noMatch: {
    id: 'Tidak ada peserta yang cocok dengan pencarian dan saringan ini.',
    en: 'No participant matches this search and these filters.',
  },
  col: {
    number: { id: 'Nomor peserta', en: 'Participant number' },
    name: { id: 'Nama', en: 'Name' },
    jabatan: { id: 'Jabatan', en: 'Position' },
    room: { id: 'Ruang', en: 'Room' },
    seat: { id: 'Kursi', en: 'Seat' },
    status: { id: 'Status', en: 'Status' },
    time: { id: 'Jam registrasi', en: 'Check-in time' },
    blind: { id: 'Tunanetra', en: 'Blind' },
  },
  blindMark: { id: 'Tunanetra', en: 'Blind' },
  override: { id: 'override', en: 'override' },
  emptyRoster: {
    id: 'Daftar peserta sesi ini masih kosong. Impor daftar peserta (CSV atau XLSX dari SSCASN) di halaman sesi, lalu kembali ke sini.',
    en: 'This session has no participants yet. Import the roster (CSV or XLSX from SSCASN) on the session page, then come back here.',
  },
  toSession: { id: 'Buka halaman sesi', en: 'Open the session page' },
} satisfies Record<string, unknown>;
