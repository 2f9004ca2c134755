import type { Participant, ParticipantStatus } from '../../../../protocol/exam.js';

/** What the person narrowed the participant list to; `undefined` = no narrowing on that field. */
export interface ParticipantFilter {
  /** Part of a participant number (spaces ignored) or of a name (any case). */
  q?: string;
  /** A room name; '' = participants the roster put in no room. */
  room?: string;
  /** 'absent' includes the refused, as the counts do (refused at the desk and never registered). */
  status?: ParticipantStatus;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The participants that match, in the hub's order (room, then seat). */
export function filterParticipants(list: readonly Participant[], filter: ParticipantFilter): Participant[] {
  const q = filter.q?.trim() ?? '';
  const digits = q.replace(/[\s.-]/g, '');
  const numeric = /^\d+$/.test(digits);
  const words = fold(q).split(/\s+/).filter(Boolean);
  return list.filter((p) => {
    if (filter.room !== undefined && p.room !== filter.room) return false;
    if (filter.status === 'absent' ? p.status === 'present' : filter.status !== undefined && p.status !== filter.status) {
      return false;
    }
    if (!q) return true;
    if (numeric) return p.number.includes(digits);
    const name = fold(p.name);
    return words.every((w) => name.includes(w)) || p.number.toLowerCase().includes(q.toLowerCase());
  });
}
