import { AppError } from '../../protocol/errors.js';

/** Expected failures of the exam day, each saying what is wrong and what to do. */

export const sessionNotFound = (id: string) =>
  new AppError(
    'session-not-found',
    {
      id: `Sesi '${id}' tidak ada. Buka daftar sesi (GET /api/sessions) dan pilih sesi yang benar.`,
      en: `Session '${id}' does not exist. Open the session list (GET /api/sessions) and pick the right one.`,
    },
    { status: 404 },
  );

export const participantNotFound = (number: string, session: string) =>
  new AppError(
    'participant-not-found',
    {
      id: `Peserta ${number} tidak ada di daftar sesi ${session}. Periksa nomor peserta atau impor daftar peserta.`,
      en: `Participant ${number} is not on the roster of session ${session}. Check the number or import the roster.`,
    },
    { status: 404 },
  );

export const notCheckedIn = (number: string) =>
  new AppError(
    'not-checked-in',
    {
      id: `Peserta ${number} belum registrasi, jadi belum punya PIN. Lakukan registrasi di meja registrasi.`,
      en: `Participant ${number} has not checked in, so has no PIN yet. Register them at the check-in desk.`,
    },
    { status: 409 },
  );

export const sessionHasCheckins = (id: string, n: number) =>
  new AppError(
    'session-has-checkins',
    {
      id: `Sesi ${id} tidak dapat dihapus: ${n} peserta sudah registrasi. Data hari ujian tidak pernah dihapus.`,
      en: `Session ${id} cannot be deleted: ${n} participants have checked in. Exam-day records are never deleted.`,
    },
    { status: 409 },
  );

export const incidentNotFound = (id: string) =>
  new AppError(
    'incident-not-found',
    { id: `Kejadian #${id} tidak ada di sesi ini.`, en: `Incident #${id} is not in this session.` },
    { status: 404 },
  );

export const tooBusyForPin = () =>
  new AppError(
    'pin-exhausted',
    {
      id: 'PIN unik tidak dapat dibuat setelah banyak percobaan. Coba lagi; bila berulang, laporkan ke tim TI.',
      en: 'Could not make a unique PIN after many tries. Try again; if it repeats, report it to IT.',
    },
    { status: 503 },
  );

/** BKN's CAT registration issues this session's PINs: SiapCAT holds none to re-issue or check. */
export const pinFromBkn = (session: string) =>
  new AppError(
    'pin-source-bkn',
    {
      id: `PIN sesi ${session} diterbitkan oleh registrasi CAT BKN, bukan oleh SiapCAT. Cetak ulang atau periksa PIN di aplikasi registrasi CAT BKN.`,
      en: `Session ${session}'s PINs are issued by BKN's CAT registration, not by SiapCAT. Reprint or check the PIN in BKN's CAT registration application.`,
    },
    { status: 409 },
  );

/** The PIN source of a session cannot change once someone checked in: their PINs came from the other one. */
export const pinSourceLocked = (session: string, n: number) =>
  new AppError(
    'pin-source-locked',
    {
      id: `Sumber PIN sesi ${session} tidak dapat diubah: ${n} peserta sudah registrasi dengan sumber PIN yang sekarang.`,
      en: `The PIN source of session ${session} cannot change: ${n} participants already checked in under the current one.`,
    },
    { status: 409 },
  );

/** A NIK scanned or typed where the participant number belongs: refused as input, never recorded. */
export const nikInCardField = (masked: string) =>
  new AppError(
    'nik-in-card-field',
    {
      id: `Yang dimasukkan di kolom nomor peserta adalah NIK (${masked}), bukan nomor peserta. Pindai kartu peserta dulu, lalu ketik NIK di kolom NIK. Tidak ada yang dicatat.`,
      en: `What was entered in the participant-number field is a NIK (${masked}), not a participant number. Scan the participant card first, then type the NIK in the NIK field. Nothing was recorded.`,
    },
    { status: 400 },
  );
