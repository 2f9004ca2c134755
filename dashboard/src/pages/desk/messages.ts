import type { Localized } from '../../../../protocol/i18n.js';
import { ATTENDANCE_WORDS } from '../../../../protocol/glossary.js';
import { wallClock } from '../../../../protocol/time.js';

export const msg = {
  title: { id: 'Meja registrasi', en: 'Check-in desk' },
  back: { id: '← Sesi', en: '← Session' },
  scan: { id: 'Nomor peserta (pindai kartu peserta)', en: 'Participant number (scan the participant card)' },
  scanHint: {
    id: 'Pindai barcode kartu peserta atau ketik nomornya, lalu Enter.',
    en: 'Scan the participant card barcode or type its number, then Enter.',
  },
  nik: { id: 'NIK pada KTP', en: 'NIK on the KTP' },
  nikHint: {
    id: 'Cocokkan foto dan nama di KTP dengan peserta, lalu ketik atau pindai NIK (16 digit) dan Enter.',
    en: 'Match the KTP photo and name with the participant, then type or scan the NIK (16 digits) and Enter.',
  },
  find: { id: 'Cari', en: 'Find' },
  register: { id: 'Registrasi', en: 'Register' },
  next: { id: 'Peserta berikutnya', en: 'Next participant' },
  searching: { id: 'Mencari…', en: 'Looking up…' },
  registering: { id: 'Memeriksa…', en: 'Checking…' },
  name: { id: 'Nama', en: 'Name' },
  number: { id: 'Nomor peserta', en: 'Participant number' },
  jabatan: { id: 'Jabatan/formasi', en: 'Position' },
  room: { id: 'Ruang', en: 'Room' },
  seat: { id: 'Kursi', en: 'Seat' },
  nikOnRoster: { id: 'NIK di daftar', en: 'NIK on the roster' },
  duration: { id: 'Durasi', en: 'Duration' },
  minutes: (n: number): Localized => ({ id: `${n} menit`, en: `${n} minutes` }),
  blind: {
    id: 'Peserta tunanetra: siapkan kursi braille/pendamping; durasi ujian lebih panjang.',
    en: 'Blind participant: prepare the braille seat or companion; the exam runs longer.',
  },
  already: (time: string, by: string): Localized => ({
    id: `Sudah registrasi pukul ${wallClock(time, 'id')} oleh ${by}. Tidak ada PIN baru; bila slip hilang, terbitkan ulang PIN.`,
    en: `Already checked in at ${wallClock(time, 'en')} by ${by}. No new PIN; if the slip is lost, re-issue the PIN.`,
  }),
  success: (name: string): Localized => ({
    id: `${name} terdaftar. Serahkan slip PIN kepada peserta.`,
    en: `${name} is registered. Hand the PIN slip to the participant.`,
  }),
  successBkn: (name: string): Localized => ({
    id: `${name} terdaftar hadir. PIN peserta dari slip registrasi CAT BKN; SiapCAT tidak menerbitkan PIN kedua.`,
    en: `${name} is checked in. The participant's PIN is on BKN's CAT registration slip; SiapCAT issues no second PIN.`,
  }),
  slipRef: { id: 'Nomor/ref. slip registrasi BKN (opsional)', en: 'BKN registration slip number/reference (optional)' },
  bknNote: {
    id: 'PIN sesi ini diterbitkan oleh registrasi CAT BKN. Meja ini mencatat pemeriksaan identitas dan kehadiran.',
    en: "This session's PINs are issued by BKN's CAT registration. This desk records the identity check and attendance.",
  },
  refusedTitle: { id: 'DITOLAK', en: 'REFUSED' },
  reissue: { id: 'Terbitkan ulang PIN', en: 'Re-issue PIN' },
  reissueReason: { id: 'Alasan terbit ulang (mis. slip hilang)', en: 'Reason for re-issue (e.g. slip lost)' },
  reissued: (name: string): Localized => ({
    id: `PIN baru untuk ${name} diterbitkan; PIN lama tidak berlaku lagi.`,
    en: `New PIN issued for ${name}; the old PIN no longer works.`,
  }),
  override: { id: 'Override supervisor', en: 'Supervisor override' },
  overrideLead: {
    id: 'Penerbitan PIN sudah ditutup. Hanya supervisor yang boleh meregistrasi dengan alasan tertulis; tindakan ini dicatat di log audit dan berita acara.',
    en: 'PIN issuance has closed. Only a supervisor may register with a written reason; it is recorded in the audit log and the minutes.',
  },
  overrideReason: { id: 'Alasan override', en: 'Reason for the override' },
  overrideButton: { id: 'Registrasi dengan override', en: 'Register with override' },
  reasonTooShort: { id: 'Tulis alasannya (minimal 3 huruf).', en: 'Write the reason (at least 3 letters).' },
  pinOpenLeft: (left: string, closes: Localized): Localized => ({
    id: `Penerbitan PIN ditutup ${closes.id} — sisa ${left}`,
    en: `PIN issuance closes ${closes.en} — ${left} left`,
  }),
  pinCloses: (closes: Localized): Localized => ({ id: `Penerbitan PIN ditutup ${closes.id}`, en: `PIN issuance closes ${closes.en}` }),
  pinClosed: (closes: Localized): Localized => ({
    id: `Penerbitan PIN sudah ditutup ${closes.id}. Registrasi baru hanya dengan override supervisor.`,
    en: `PIN issuance closed at ${closes.en}. New check-ins need a supervisor override.`,
  }),
  notYet: (opens: Localized): Localized => ({
    id: `Registrasi sesi ini belum dibuka (dibuka ${opens.id}). Pastikan meja ini memilih sesi yang benar.`,
    en: `Registration for this session has not opened (opens ${opens.en}). Make sure this desk has the right session.`,
  }),
  recent: { id: 'Registrasi terakhir di meja ini', en: 'Latest check-ins at this desk' },
  refusals: { id: 'Penolakan terakhir (semua meja)', en: 'Latest refusals (all desks)' },
  time: { id: 'Jam', en: 'Time' },
  by: { id: 'Petugas', en: 'Operator' },
  reason: { id: 'Alasan', en: 'Reason' },
  scanned: { id: 'Dipindai', en: 'Scanned' },
  registered: { id: 'Terdaftar', en: 'Registered' },
  present: ATTENDANCE_WORDS.present,
  absent: ATTENDANCE_WORDS.notYet,
  refused: ATTENDANCE_WORDS.refused,
  slipTitle: { id: 'SLIP PIN REGISTRASI', en: 'REGISTRATION PIN SLIP' },
  slipPin: { id: 'PIN', en: 'PIN' },
  slipSession: { id: 'Sesi', en: 'Session' },
  slipIssued: { id: 'Diterbitkan', en: 'Issued' },
  brailleSeat: { id: 'tunanetra (braille)', en: 'blind (braille)' },
  slipNote: {
    id: 'Rahasiakan PIN ini. Masukkan saat login di PC ujian. Slip hilang: minta terbit ulang di meja registrasi.',
    en: 'Keep this PIN secret. Enter it when logging in at the exam PC. Lost slip: ask the desk to re-issue it.',
  },
  printSlip: { id: 'Cetak slip PIN (F9)', en: 'Print PIN slip (F9)' },
  printSheet: (n: number): Localized => ({ id: `Cetak lembar A4 (${n}/8 slip) (F9)`, en: `Print A4 sheet (${n}/8 slips) (F9)` }),
  autoPrint: { id: 'Cetak otomatis setelah registrasi', en: 'Print automatically after check-in' },
  autoPrintSheet: { id: 'Cetak otomatis saat 8 slip terkumpul', en: 'Print automatically when 8 slips are ready' },
  slipPaper: { id: 'Kertas slip', en: 'Slip paper' },
  paperThermal: { id: 'Printer thermal 80 mm (1 slip)', en: '80 mm thermal printer (1 slip)' },
  paperSheet: { id: 'A4, 8 slip per lembar', en: 'A4, 8 slips per sheet' },
  nikMoved: {
    id: 'Yang diketik di kolom nomor peserta adalah NIK: sudah dipindahkan ke kolom NIK. Periksa lalu tekan Enter.',
    en: 'What was typed in the participant-number field is a NIK: it was moved to the NIK field. Check it and press Enter.',
  },
  nikNotNeeded: (already: Localized): Localized => ({
    id: `${already.id} NIK tidak perlu diketik (tidak dicatat). Pindai kartu peserta berikutnya.`,
    en: `${already.en} No NIK is needed (nothing recorded). Scan the next participant card.`,
  }),
};

/** Refusal codes shown in the refusals list, in words. */
export const REFUSAL_TEXT: Record<string, Localized> = {
  'nik-mismatch': { id: 'NIK tidak cocok', en: 'NIK does not match' },
  'not-on-roster': { id: 'Tidak ada di daftar', en: 'Not on the roster' },
  'window-closed': { id: 'PIN sudah ditutup', en: 'PIN issuance closed' },
};
