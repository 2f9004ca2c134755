import { AppError } from '../../protocol/errors.js';

export const unknownRoom = (roomId: string) =>
  new AppError(
    'custody-room',
    {
      id: `Ruang '${roomId}' tidak ada di denah lokasi. Pilih ruang yang ada, atau tambahkan ruang itu di Pengaturan lebih dulu.`,
      en: `Room '${roomId}' is not in the venue plan. Pick an existing room, or add it in Setup first.`,
    },
    { status: 404 },
  );

export const alreadySealed = (roomId: string, sealNumber: string) =>
  new AppError(
    'room-sealed',
    {
      id: `Ruang ${roomId} masih bersegel (segel ${sealNumber}). Catat pembukaan segel itu dulu sebelum memasang segel baru.`,
      en: `Room ${roomId} is still sealed (seal ${sealNumber}). Record that seal's opening before installing a new one.`,
    },
    { status: 409 },
  );

export const notFound = (what: 'seal' | 'handover' | 'trial', id: string) => {
  const names = { seal: ['Segel', 'Seal'], handover: ['Berita acara serah terima', 'Handover record'], trial: ['Uji coba', 'Trial'] }[what];
  return new AppError(
    'custody-not-found',
    {
      id: `${names[0]} nomor ${id} tidak ada. Muat ulang halaman untuk daftar terbaru.`,
      en: `${names[1]} ${id} does not exist. Reload the page for the current list.`,
    },
    { status: 404 },
  );
};

export const sealAlreadyOpened = (id: number) =>
  new AppError(
    'seal-opened',
    {
      id: `Segel nomor ${id} sudah tercatat dibuka. Pembukaan tidak bisa dicatat dua kali; tambahkan catatan sebagai kejadian bila perlu.`,
      en: `Seal ${id} was already recorded as opened. An opening cannot be recorded twice; add an incident if needed.`,
    },
    { status: 409 },
  );

export const unknownSession = (sessionId: string) =>
  new AppError(
    'session-not-found',
    {
      id: `Sesi '${sessionId}' tidak ada. Pilih sesi ujian yang memakai ruang ini.`,
      en: `Session '${sessionId}' does not exist. Pick the exam session that uses this room.`,
    },
    { status: 404 },
  );

export const trialRunning = (id: number) =>
  new AppError(
    'trial-running',
    {
      id: `Uji coba nomor ${id} masih berjalan. Tunggu sampai selesai sebelum memulai yang baru.`,
      en: `Trial ${id} is still running. Wait until it completes before starting another.`,
    },
    { status: 409 },
  );

export const noAgentsOnline = () =>
  new AppError(
    'trial-no-agents',
    {
      id: 'Tidak ada PC yang terhubung ke hub, jadi uji coba tidak bisa dimulai. Nyalakan PC ujian dan agennya, lalu coba lagi.',
      en: 'No PC is connected to the hub, so the trial cannot start. Switch on the exam PCs and their agents, then try again.',
    },
    { status: 409 },
  );

export const notADrill = (id: number) =>
  new AppError(
    'not-a-drill',
    {
      id: `Uji coba nomor ${id} adalah uji jaringan, bukan uji listrik; tanda genset dan listrik PLN hanya untuk uji listrik.`,
      en: `Trial ${id} is a network trial, not a power drill; genset and mains marks are only for power drills.`,
    },
    { status: 409 },
  );
