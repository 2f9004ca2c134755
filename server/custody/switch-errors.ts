import { AppError } from '../../protocol/errors.js';

/** Refusals of a reserve-PC seat switch: what was wrong and what to do, in Indonesian and English. */

const refuse = (code: string, status: number, id: string, en: string) => new AppError(code, { id, en }, { status });

export const sessionNotRunning = (name: string) =>
  refuse(
    'session-not-running',
    409,
    `Sesi '${name}' tidak sedang berlangsung: perpindahan ke PC cadangan dicatat sejak pendaftaran sesi dibuka sampai sesi selesai. Pilih sesi yang sedang berlangsung.`,
    `Session '${name}' is not running: a move to a reserve PC is recorded from the session's registration opening until its end. Pick the running session.`,
  );

export const unknownSeat = (roomId: string, seat: number) =>
  refuse(
    'seat-unknown',
    404,
    `Kursi ${seat} di ruang ${roomId} tidak ada di denah. Periksa nomor kursi pada peta ruang.`,
    `Seat ${seat} in room ${roomId} is not in the plan. Check the seat number on the room map.`,
  );

export const sameSeat = () =>
  refuse(
    'switch-same-seat',
    400,
    'Kursi asal dan kursi cadangan sama. Pilih kursi cadangan yang lain.',
    'The seat and the reserve seat are the same. Pick another reserve seat.',
  );

export const participantNeeded = (roomId: string, seat: number) =>
  refuse(
    'switch-participant-needed',
    400,
    `Daftar peserta tidak menempatkan siapa pun di kursi ${seat} ruang ${roomId}. Isi nomor peserta yang dipindahkan.`,
    `The roster seats nobody at seat ${seat} of room ${roomId}. Enter the number of the participant being moved.`,
  );

export const participantUnknown = (number: string) =>
  refuse(
    'switch-participant-unknown',
    404,
    `Peserta nomor ${number} tidak ada di daftar peserta sesi ini. Periksa nomor pada kartu peserta.`,
    `Participant ${number} is not on this session's roster. Check the number on the participant card.`,
  );

export const participantElsewhere = (number: string, roomId: string, seat: number) =>
  refuse(
    'switch-participant-elsewhere',
    409,
    `Peserta ${number} tercatat di kursi ${seat} ruang ${roomId}, bukan di kursi asal yang dipilih. Pilih kursi tempat peserta itu duduk.`,
    `Participant ${number} is recorded at seat ${seat} of room ${roomId}, not at the chosen seat. Pick the seat where they sit.`,
  );

export const seatHeldByOther = (roomId: string, seat: number, other: string) =>
  refuse(
    'switch-seat-other',
    409,
    `Kursi ${seat} ruang ${roomId} ditempati peserta ${other}, bukan peserta yang disebut. Periksa nomor peserta atau kursinya.`,
    `Seat ${seat} of room ${roomId} is held by participant ${other}, not the one named. Check the participant number or the seat.`,
  );

export const reserveOccupied = (roomId: string, seat: number, other: string) =>
  refuse(
    'reserve-occupied',
    409,
    `Kursi cadangan ${seat} ruang ${roomId} sudah ditempati peserta ${other}. Pilih kursi cadangan yang kosong.`,
    `Reserve seat ${seat} of room ${roomId} is already taken by participant ${other}. Pick an empty reserve seat.`,
  );

export const reserveNoPc = (roomId: string, seat: number) =>
  refuse(
    'reserve-no-pc',
    409,
    `Kursi cadangan ${seat} ruang ${roomId} tidak punya PC ujian. Pilih kursi cadangan yang PC-nya terpasang dan siap.`,
    `Reserve seat ${seat} of room ${roomId} has no exam PC. Pick a reserve seat whose PC is placed and ready.`,
  );

const PRESENCE = {
  online: ['terhubung', 'connected'],
  missing: ['hilang (berhenti mengirim kabar)', 'missing (stopped reporting)'],
  offline: ['offline', 'offline'],
} as const;

export const reserveNotReady = (pcId: string, presence: keyof typeof PRESENCE, verdict: string | null) => {
  const [pid, pen] = PRESENCE[presence];
  const state =
    presence !== 'online'
      ? { id: pid, en: pen }
      : verdict === 'not-ready'
        ? { id: 'tidak siap', en: 'not ready' }
        : { id: 'belum lengkap diperiksa', en: 'not fully checked' };
  return refuse(
    'reserve-not-ready',
    409,
    `PC cadangan ${pcId} ${state.id}, jadi peserta tidak dipindahkan ke sana. Nyalakan dan periksa PC itu sampai siap, atau pilih PC cadangan lain yang siap.`,
    `Reserve PC ${pcId} is ${state.en}, so the participant was not moved there. Switch it on and check it until it is ready, or pick another ready reserve PC.`,
  );
};
