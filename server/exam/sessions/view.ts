import { SESSION_KIND_LABELS, ZONE_LABELS, type Counts, type ExamSession } from '../../../protocol/exam.js';
import { isoInZone, localTime } from '../time.js';
import { endsAt, pinClosesAt, pinWindowOpen, registrationOpen, registrationOpensAt } from './rules.js';
import type { SessionRecord } from './store.js';

/** The rooms of a session: the ones named at set-up, then the roster's, in natural order. */
export function sessionRooms(declared: readonly string[], rosterRooms: Iterable<string>): string[] {
  const all = new Set(declared);
  for (const room of rosterRooms) if (room !== '') all.add(room);
  const extra = [...all]
    .filter((r) => !declared.includes(r))
    .sort((a, b) => a.localeCompare(b, 'id', { numeric: true }));
  return [...declared, ...extra];
}

/** A stored session as the API shows it, with local times in its zone and its counts. */
export function sessionView(s: SessionRecord, counts: Counts, rosterRooms: Iterable<string>, now: Date): ExamSession {
  const zone = s.timeZone;
  const time = (d: Date | string) => localTime(d, zone).time;
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    kindLabel: SESSION_KIND_LABELS[s.kind],
    startsAt: isoInZone(s.startsAt, zone),
    endsAt: isoInZone(endsAt(s), zone),
    blindEndsAt: isoInZone(endsAt(s, true), zone),
    pinClosesAt: isoInZone(pinClosesAt(s), zone),
    durationMinutes: s.durationMinutes,
    blindDurationMinutes: s.blindDurationMinutes,
    pinCloseMinutes: s.pinCloseMinutes,
    registrationOpensMinutes: s.registrationOpensMinutes,
    registrationOpensAt: isoInZone(registrationOpensAt(s), zone),
    timeZone: zone,
    zone: ZONE_LABELS[zone],
    local: {
      date: localTime(s.startsAt, zone).date,
      start: time(s.startsAt),
      end: time(endsAt(s)),
      blindEnd: time(endsAt(s, true)),
      pinCloses: time(pinClosesAt(s)),
      registrationOpens: time(registrationOpensAt(s)),
    },
    rooms: sessionRooms(s.rooms, rosterRooms),
    venueName: s.venueName,
    venueAddress: s.venueAddress,
    signatories: s.signatories,
    actualStartAt: s.actualStartAt && isoInZone(s.actualStartAt, zone),
    actualEndAt: s.actualEndAt && isoInZone(s.actualEndAt, zone),
    notes: s.notes,
    pinSource: s.pinSource,
    pinWindowOpen: pinWindowOpen(s, now),
    registrationOpen: registrationOpen(s, now),
    counts,
    createdAt: s.createdAt,
    createdBy: s.createdBy,
  };
}
