import type { BeritaAcaraCustody, CustodyDay } from '../../protocol/custody-minutes.js';
import type { Trial } from '../../protocol/custody-responses.js';
import type { CustodyDeps } from './deps.js';

/** The exam day's view of one session for its berita acara: its day, its rooms and its clock. */
export type MinutesDay = CustodyDay & { time: (iso: string) => string };

/**
 * The custody section of a session's berita acara: its reserve-PC switches, the seals of its rooms
 * installed or opened that day (or opened for it), the photos of those seals and of the session's
 * incidents, and that day's trials, drills and handovers. Pure over
 * the records it is given and the stores it reads (no clock).
 */
export function custodyMinutes(deps: CustodyDeps, trials: readonly Trial[], sessionId: string, day: MinutesDay): BeritaAcaraCustody {
  const names = new Map(deps.ports.venue.rooms().map((r) => [r.id, r.name]));
  const roomName = (id: string) => names.get(id) || id;
  const within = (iso: string | null) => iso !== null && iso >= day.from && iso < day.to;
  const rooms = new Set(day.rooms);
  const seals = deps.store
    .seals()
    .filter((s) => s.sessionId === sessionId || (rooms.has(s.roomId) && (within(s.openedAt) || within(s.installedAt))));
  const sealIds = new Set(seals.map((s) => String(s.id)));
  const prefix = `${sessionId}/`;
  return {
    switches: deps.switches.list(sessionId).map((s, i) => ({
      no: i + 1,
      time: day.time(s.at),
      participantNumber: s.participantNumber,
      participantName: s.participantName,
      from: { ...s.from, roomName: roomName(s.from.roomId) },
      to: { ...s.to, roomName: roomName(s.to.roomId) },
      reason: s.reason,
      by: s.by,
    })),
    seals: seals.map((s) => ({
      id: s.id,
      roomId: s.roomId,
      roomName: roomName(s.roomId),
      sealNumber: s.sealNumber,
      installedTime: day.time(s.installedAt),
      installedBy: s.installedBy,
      installWitness: s.installWitness,
      openedTime: s.openedAt ? day.time(s.openedAt) : '',
      sealNumberRead: s.sealNumberRead ?? '',
      intact: s.intact === true,
      anomaly: s.anomaly,
      openedBy: s.openedBy ?? '',
      witness: s.openWitness ?? '',
      incidentId: s.incidentId,
    })),
    photos: deps.photos
      .links()
      .filter((p) => (p.kind === 'seal' && sealIds.has(p.subjectId)) || (p.kind === 'incident' && p.subjectId.startsWith(prefix))),
    trials: trials
      .filter((x) => within(x.startedAt))
      .map((x) => ({
        id: x.id,
        kind: x.kind,
        startTime: day.time(x.startedAt),
        endTime: x.endedAt ? day.time(x.endedAt) : '',
        expected: x.venue.expected,
        answered: x.venue.answered,
        medianServerMs: x.venue.medianServerMs,
        medianThroughputMbps: x.venue.medianThroughputMbps,
        power: x.kind === 'power' && x.venue.power ? { battery: x.venue.power.battery, dropped: x.venue.power.dropped } : null,
        outcome: x.drill?.outcome ?? null,
        startedBy: x.startedBy,
        witnesses: x.witnesses.map((w) => w.username),
      })),
    handovers: deps.store
      .handovers()
      .filter((h) => within(h.at))
      .map((h) => ({
        id: h.id,
        direction: h.direction,
        time: day.time(h.at),
        place: h.place,
        giver: h.giver.name,
        receiver: h.receiver.name,
        items: h.items.length,
        damagedSeals: h.items.filter((i) => i.sealCondition === 'rusak').length,
        warnings: h.items.filter((i) => i.serialCheck?.warning).length,
      })),
  };
}
