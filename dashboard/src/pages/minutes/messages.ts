import type { Localized } from '../../../../protocol/i18n.js';
import { ATTENDANCE_WORDS } from '../../../../protocol/glossary.js';
import type { Signatories } from '../../../../protocol/exam.js';

export const msg = {
  pageTitle: { id: 'Berita acara sesi', en: 'Session minutes (berita acara)' },
  back: { id: '← Kembali ke sesi', en: '← Back to the session' },
  incidents: { id: 'Kejadian', en: 'Incidents' },
  print: { id: 'Cetak', en: 'Print' },
  json: { id: 'Unduh JSON', en: 'Download JSON' },
  printHint: {
    id: 'Cetak rangkap yang diperlukan, lalu tandatangani. Angka-angka dihitung hub dari catatan registrasi dan kejadian.',
    en: 'Print the copies needed, then sign. Every number is computed by the hub from the registration and incident records.',
  },

  // The document.
  opening: (day: string, date: string, venue: string, kind: string, session: string): Localized => ({
    id: `Pada hari ini ${day}, tanggal ${date}, bertempat di ${venue}, telah dilaksanakan ${kind} ${session} dengan keterangan sebagai berikut:`,
    en: `On ${day}, ${date}, at ${venue}, the ${kind}, ${session}, was held, as follows:`,
  }),
  sectionSession: { id: 'A. Pelaksanaan', en: 'A. The session' },
  sectionAttendance: { id: 'B. Kehadiran peserta', en: 'B. Attendance' },
  sectionIncidents: { id: 'C. Kejadian selama pelaksanaan', en: 'C. Incidents during the session' },
  sectionNotes: { id: 'D. Catatan', en: 'D. Notes' },
  closing: {
    id: 'Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
    en: 'These minutes are made truthfully, to be used as appropriate.',
  },
  venue: { id: 'Lokasi', en: 'Venue' },
  address: { id: 'Alamat', en: 'Address' },
  session: { id: 'Sesi', en: 'Session' },
  kind: { id: 'Jenis seleksi', en: 'Selection' },
  dayDate: { id: 'Hari, tanggal', en: 'Day, date' },
  scheduled: { id: 'Jadwal', en: 'Scheduled' },
  actual: { id: 'Pelaksanaan', en: 'Actual' },
  notFilled: { id: '..... s.d. .....', en: '..... to .....' },
  until: { id: 's.d.', en: 'to' },
  rooms: { id: 'Ruang', en: 'Rooms' },
  duration: { id: 'Durasi ujian', en: 'Exam length' },
  durations: (normal: number, blind: number): Localized => ({
    id: `${normal} menit; peserta tunanetra ${blind} menit`,
    en: `${normal} minutes; blind participants ${blind} minutes`,
  }),
  room: { id: 'Ruang', en: 'Room' },
  noRoom: { id: 'Tanpa ruang', en: 'No room' },
  registered: { id: 'Terdaftar', en: 'Registered' },
  present: ATTENDANCE_WORDS.present,
  absent: ATTENDANCE_WORDS.absent,
  refused: ATTENDANCE_WORDS.refused,
  total: { id: 'Jumlah', en: 'Total' },
  refusedNote: {
    id: 'Ditolak: tidak hadir karena ditolak di meja registrasi (identitas tidak cocok atau waktu PIN sudah tutup).',
    en: 'Refused: absent because refused at the desk (identity mismatch, or PIN issuance closed).',
  },
  blind: (registered: number, present: number): Localized => ({
    id: `Peserta tunanetra: ${registered} terdaftar, ${present} hadir`,
    en: `Blind participants: ${registered} registered, ${present} present`,
  }),
  overrides: (n: number): Localized => ({
    id: `Registrasi setelah penerbitan PIN ditutup, dengan persetujuan pengawas: ${n}`,
    en: `Registrations after PIN issuance closed, approved by a supervisor: ${n}`,
  }),
  reissues: (n: number): Localized => ({ id: `PIN diterbitkan ulang: ${n}`, en: `PINs re-issued: ${n}` }),
  refusals: (r: { total: number; nikMismatch: number; notOnRoster: number; windowClosed: number }): Localized => ({
    id: `Upaya registrasi yang ditolak: ${r.total} (NIK tidak cocok ${r.nikMismatch}; tidak ada di daftar peserta ${r.notOnRoster}; di luar waktu PIN ${r.windowClosed})`,
    en: `Registration attempts refused: ${r.total} (NIK mismatch ${r.nikMismatch}; not on the roster ${r.notOnRoster}; outside the PIN window ${r.windowClosed})`,
  }),
  no: { id: 'No.', en: 'No.' },
  time: { id: 'Waktu', en: 'Time' },
  incidentKind: { id: 'Jenis', en: 'Kind' },
  description: { id: 'Uraian', en: 'Description' },
  minutesLost: { id: 'Menit hilang', en: 'Minutes lost' },
  timeAdded: { id: 'Waktu ditambah', en: 'Time added' },
  wholeVenue: { id: 'Seluruh lokasi', en: 'Whole venue' },
  addedMinutes: (n: number): Localized => ({ id: `+${n} menit`, en: `+${n} min` }),
  noIncidents: { id: 'Tidak ada kejadian yang dicatat.', en: 'No incident was recorded.' },
  incidentTotals: (count: number, timeAdded: number): Localized => ({
    id: `Jumlah ${count} kejadian; ${timeAdded} dengan waktu ditambah`,
    en: `${count} incident${count === 1 ? '' : 's'} in total; ${timeAdded} with time added`,
  }),
  noNotes: { id: 'Tidak ada catatan.', en: 'No notes.' },
  name: { id: 'Nama', en: 'Name' },
  nip: { id: 'NIP', en: 'NIP' },
  jabatan: { id: 'Jabatan', en: 'Position' },
  auditAnchor: (seq: number, hash: string): Localized => ({
    id: `Jejak audit: entri #${seq}, hash ${hash}`,
    en: `Audit trail: entry #${seq}, hash ${hash}`,
  }),
  noAudit: { id: 'Jejak audit: belum ada entri.', en: 'Audit trail: no entry yet.' },
  generated: (text: Localized): Localized => ({ id: `Dibuat oleh SiapCAT pada ${text.id}`, en: `Generated by SiapCAT at ${text.en}` }),

  // The edit panel.
  editTitle: { id: 'Lengkapi berita acara', en: 'Complete the minutes' },
  editLead: {
    id: 'Jam mulai dan selesai yang sebenarnya, catatan, dan penanda tangan. Disimpan ke sesi; berita acara dimuat ulang.',
    en: 'Actual start and end, notes and signatories. Saved to the session; the minutes are reloaded.',
  },
  actualStart: { id: 'Mulai sebenarnya', en: 'Actual start' },
  actualEnd: { id: 'Selesai sebenarnya', en: 'Actual end' },
  timeHint: { id: 'JJ:MM, kosongkan bila belum', en: 'HH:MM, empty if not yet' },
  notes: { id: 'Catatan', en: 'Notes' },
  notesHint: {
    id: 'mis. Ujian berjalan lancar setelah listrik kembali normal.',
    en: 'e.g. The exam went smoothly once power was back.',
  },
  saveAll: { id: 'Simpan berita acara', en: 'Save the minutes' },
  saved: { id: 'Berita acara tersimpan.', en: 'Minutes saved.' },
  badTime: (what: string): Localized => ({
    id: `${what}: itu bukan jam. Tulis jam dan menit dalam 24 jam, mis. 08.05, atau kosongkan.`,
    en: `${what}: that is not a time. Write hours and minutes on a 24-hour clock, e.g. 08:05, or leave it empty.`,
  }),
  needName: (group: string): Localized => ({
    id: `${group}: setiap baris penanda tangan perlu nama (hapus baris yang kosong).`,
    en: `${group}: every signatory row needs a name (remove empty rows).`,
  }),
  addSignatory: { id: '+ Tambah penanda tangan', en: '+ Add signatory' },
  removeSignatory: (group: string, n: number): Localized => ({
    id: `Hapus penanda tangan ${n} ${group}`,
    en: `Remove signatory ${n} of ${group}`,
  }),
  noneYet: { id: 'Belum ada; baris kosong dicetak untuk diisi tangan.', en: 'None yet; a blank row is printed to fill in by hand.' },
};

/** The hub names the day in Indonesian, as the paper prints it; English readers get theirs. */
const DAYS_EN: Record<string, string> = {
  Minggu: 'Sunday',
  Senin: 'Monday',
  Selasa: 'Tuesday',
  Rabu: 'Wednesday',
  Kamis: 'Thursday',
  Jumat: 'Friday',
  Sabtu: 'Saturday',
};
export const dayText = (day: string): Localized => ({ id: day, en: DAYS_EN[day] ?? day });

export const GROUPS = ['panselda', 'timCat', 'pengawas'] as const satisfies readonly (keyof Signatories)[];
export type Group = (typeof GROUPS)[number];

/** Lampiran C.3.b.7.j: the minutes are signed by Panselda, the CAT team and the exam monitors. */
export const GROUP_LABELS: Record<Group, Localized> = {
  panselda: { id: 'Panselda', en: 'Panselda' },
  timCat: { id: 'Tim CAT', en: 'CAT team' },
  pengawas: { id: 'Pengawas', en: 'Monitors' },
};
