import type { Localized } from '../../../../protocol/i18n.js';
import { ATTENDANCE_WORDS } from '../../../../protocol/glossary.js';

export const msg = {
  back: { id: '← Semua sesi', en: '← All sessions' },
  desk: { id: 'Meja registrasi', en: 'Check-in desk' },
  attendance: { id: 'Kehadiran', en: 'Attendance' },
  sheet: { id: 'Daftar hadir (cetak)', en: 'Attendance sheet (print)' },
  incidents: { id: 'Kejadian', en: 'Incidents' },
  minutes: { id: 'Berita acara', en: 'Minutes (berita acara)' },
  results: { id: 'Hasil', en: 'Results' },
  schedule: { id: 'Jadwal', en: 'Schedule' },
  blindEnd: (time: Localized): Localized => ({ id: `peserta tunanetra selesai ${time.id}`, en: `blind participants finish ${time.en}` }),
  duration: (n: number, blind: number): Localized => ({
    id: `${n} menit (tunanetra ${blind} menit)`,
    en: `${n} minutes (blind participants ${blind} minutes)`,
  }),
  registration: { id: 'Registrasi', en: 'Registration' },
  registrationTimes: (opens: Localized, closes: Localized): Localized => ({
    id: `dibuka ${opens.id}, penerbitan PIN ditutup ${closes.id}`,
    en: `opens ${opens.en}, PIN issuance closes ${closes.en}`,
  }),
  rooms: { id: 'Ruang', en: 'Rooms' },
  noRooms: { id: 'belum ada (diisi dari kolom RUANG daftar peserta)', en: 'none yet (filled from the roster RUANG column)' },
  registered: { id: 'Terdaftar', en: 'Registered' },
  present: ATTENDANCE_WORDS.present,
  refused: { id: 'Ditolak', en: 'Refused' },
  roster: { id: 'Daftar peserta', en: 'Roster' },
  rosterLead: {
    id: 'Impor berkas CSV (koma atau titik koma) atau XLSX dari SSCASN. Impor ulang aman: tidak ada peserta yang terduplikasi atau terhapus, dan baris yang salah dilaporkan dengan nomor barisnya.',
    en: 'Import a CSV (comma or semicolon) or XLSX file from SSCASN. Importing again is safe: nobody is duplicated or removed, and wrong rows are reported with their row number.',
  },
  file: { id: 'Berkas daftar peserta', en: 'Roster file' },
  import: { id: 'Impor', en: 'Import' },
  chooseFile: { id: 'Pilih berkas CSV atau XLSX dulu.', en: 'Choose a CSV or XLSX file first.' },
  imported: (r: { imported: number; added: number; updated: number; unchanged: number; registered: number }): Localized => ({
    id: `${r.imported} baris diimpor (${r.added} baru, ${r.updated} diperbarui, ${r.unchanged} tidak berubah). Terdaftar sekarang: ${r.registered} peserta.`,
    en: `${r.imported} rows imported (${r.added} new, ${r.updated} updated, ${r.unchanged} unchanged). Now registered: ${r.registered} participants.`,
  }),
  rejected: (n: number): Localized => ({
    id: `${n} baris ditolak. Perbaiki di berkas lalu impor ulang; baris yang sudah benar tidak terduplikasi.`,
    en: `${n} rows refused. Fix them in the file and import again; rows already right are not duplicated.`,
  }),
  notApplied: (n: number): Localized => ({
    id: `${n} baris berbeda dari peserta yang sudah registrasi: data mereka tidak diubah.`,
    en: `${n} rows differ from participants who already checked in: their records were not changed.`,
  }),
  notInFile: (n: number): Localized => ({
    id: `${n} peserta yang sudah ada tidak tercantum di berkas ini (tetap disimpan; impor tidak pernah menghapus).`,
    en: `${n} participants already stored are not in this file (kept: an import never removes anyone).`,
  }),
  columns: (line: number, format: string): Localized => ({
    id: `Judul kolom di baris ${line} (${format.toUpperCase()}); kolom yang dipakai:`,
    en: `Header on row ${line} (${format.toUpperCase()}); columns used:`,
  }),
  /** The roster's fields as the import summary names them (the hub sends their keys). */
  field: {
    number: { id: 'No. peserta', en: 'Participant no.' },
    nik: { id: 'NIK', en: 'NIK' },
    name: { id: 'Nama', en: 'Name' },
    jabatan: { id: 'Jabatan/formasi', en: 'Position' },
    room: { id: 'Ruang', en: 'Room' },
    seat: { id: 'Kursi', en: 'Seat' },
    disability: { id: 'Disabilitas', en: 'Disability' },
    birthDate: { id: 'Tanggal lahir', en: 'Date of birth' },
  } as Record<string, Localized | undefined>,
  audit: { id: 'Log audit', en: 'Audit log' },
  auditLead: {
    id: 'Setiap registrasi, penolakan, PIN dan kejadian dicatat berantai (setiap entri memuat hash entri sebelumnya). Periksa sebelum menandatangani berita acara.',
    en: 'Every check-in, refusal, PIN and incident is chained (each entry carries the hash of the one before). Check it before signing the minutes.',
  },
  auditCheck: { id: 'Periksa rantai audit', en: 'Verify the audit chain' },
  auditIntact: (count: number, seq: number, hash: string): Localized => ({
    id: `Rantai audit utuh: ${count} entri, terakhir #${seq} (hash ${hash}…).`,
    en: `Audit chain intact: ${count} entries, the last #${seq} (hash ${hash}…).`,
  }),
  auditEmpty: { id: 'Log audit masih kosong.', en: 'The audit log is still empty.' },
  auditBroken: (seq: number, why: Localized): Localized => ({
    id: `Rantai audit RUSAK pada entri #${seq}: ${why.id} Laporkan ke tim TI dan Panselda sebelum berita acara ditandatangani.`,
    en: `Audit chain BROKEN at entry #${seq}: ${why.en} Report it to IT and the Panselda before the minutes are signed.`,
  }),
  edit: { id: 'Ubah jadwal dan data sesi', en: 'Edit schedule and session details' },
  remove: { id: 'Hapus sesi', en: 'Delete session' },
  confirmRemove: (name: string) => ({
    id: `Hapus sesi ${name} beserta daftar pesertanya? Sesi yang sudah ada registrasi tidak dapat dihapus.`,
    en: `Delete session ${name} and its roster? A session with check-ins cannot be deleted.`,
  }),
};
