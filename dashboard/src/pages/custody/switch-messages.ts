export const switchMsg = {
  title: { id: 'Pindah ke PC cadangan', en: 'Move to a reserve PC' },
  noSession: {
    id: 'Tidak ada sesi yang sedang berlangsung; perpindahan ke PC cadangan dicatat selama sesi berlangsung.',
    en: 'No session is running; moves to a reserve PC are recorded while a session runs.',
  },
  session: { id: 'Sesi', en: 'Session' },
  fromSeat: { id: 'Kursi asal (PC rusak)', en: 'Seat (broken PC)' },
  toSeat: { id: 'Kursi cadangan', en: 'Reserve seat' },
  reason: { id: 'Alasan', en: 'Reason' },
  participantOptional: { id: 'No. peserta (bila kursi asal tidak di daftar)', en: 'Participant no. (if the seat is not on the roster)' },
  move: { id: 'Pindahkan peserta', en: 'Move the participant' },
  participant: { id: 'peserta', en: 'participant' },
  seat: { id: 'kursi', en: 'seat' },
};
