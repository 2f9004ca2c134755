import type { Counts, ParticipantStatus } from '../../../protocol/exam.js';
import type { RoomCounts } from '../../../protocol/exam-reports.js';

export interface Countable {
  status: ParticipantStatus;
  room: string;
  blind: boolean;
}

export function countOf(people: Iterable<Countable>): Counts {
  const c = { registered: 0, present: 0, absent: 0, refused: 0 };
  for (const p of people) {
    c.registered += 1;
    if (p.status === 'present') c.present += 1;
    else {
      c.absent += 1;
      if (p.status === 'refused') c.refused += 1;
    }
  }
  return c;
}

/**
 * The attendance numbers of a session, all from the participant records: per session, per room
 * (in the session's room order, rooms without participants shown with zeros), and blind
 * participants. registered = present + absent; refused is the part of absent turned away at the desk.
 */
export function attendanceCounts(people: readonly Countable[], rooms: readonly string[]) {
  const byRoom = new Map<string, Countable[]>(rooms.map((r) => [r, []]));
  for (const p of people) {
    if (!byRoom.has(p.room)) byRoom.set(p.room, []);
    byRoom.get(p.room)!.push(p);
  }
  const roomCounts: RoomCounts[] = [...byRoom].map(([room, list]) => ({ room, ...countOf(list) }));
  const blind = people.filter((p) => p.blind);
  return {
    counts: countOf(people),
    rooms: roomCounts,
    blind: { registered: blind.length, present: blind.filter((p) => p.status === 'present').length },
  };
}
