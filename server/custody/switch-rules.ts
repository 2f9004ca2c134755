import type { SeatSwitch } from '../../protocol/seat-switch.js';
import type { SeatMachine, SwitchSession } from './ports.js';
import {
  participantElsewhere,
  participantNeeded,
  participantUnknown,
  reserveNoPc,
  reserveNotReady,
  reserveOccupied,
  sameSeat,
  seatHeldByOther,
  sessionNotRunning,
  unknownSeat,
} from './switch-errors.js';

const key = (roomId: string, seat: number) => `${roomId}#${seat}`;

/** A roster seat as a venue seat number ("07" is 7); null when the roster's seat is not a plain number. */
export function seatNumberOf(text: string): number | null {
  const t = text.trim();
  return /^\d{1,5}$/.test(t) ? Number(t) : null;
}

/**
 * Who sits where now: the roster's seats, then each earlier switch in order (the participant
 * leaves the from-seat and takes the to-seat). Pure over the records.
 */
export function occupancy(roster: SwitchSession['roster'], switches: readonly SeatSwitch[]) {
  const bySeat = new Map<string, string>();
  const byNumber = new Map<string, { roomId: string; seat: number }>();
  for (const p of roster) {
    const seat = seatNumberOf(p.seat);
    if (seat === null || p.room === '') continue;
    bySeat.set(key(p.room, seat), p.number);
    byNumber.set(p.number, { roomId: p.room, seat });
  }
  for (const s of switches) {
    const was = byNumber.get(s.participantNumber);
    if (was) bySeat.delete(key(was.roomId, was.seat));
    bySeat.delete(key(s.from.roomId, s.from.seat));
    bySeat.set(key(s.to.roomId, s.to.seat), s.participantNumber);
    byNumber.set(s.participantNumber, { roomId: s.to.roomId, seat: s.to.seat });
  }
  return { at: (roomId: string, seat: number) => bySeat.get(key(roomId, seat)), of: (n: string) => byNumber.get(n) };
}

export interface SwitchWorld {
  session: SwitchSession;
  switches: readonly SeatSwitch[];
  atSeat(roomId: string, seat: number): { machine: SeatMachine | null } | undefined;
}

export interface SwitchRequest {
  fromRoomId: string;
  fromSeat: number;
  toRoomId: string;
  toSeat: number;
  participantNumber?: string | undefined;
}

/**
 * Decides a reserve-PC switch, or throws the refusal: the session must be running, both seats in
 * the plan, the participant at the from-seat, the reserve seat free with a PC that is connected
 * and judged ready.
 */
export function decideSwitch(
  req: SwitchRequest,
  world: SwitchWorld,
): { participant: { number: string; name: string }; fromPc: string | null; toPc: string } {
  const { session } = world;
  if (!session.running) throw sessionNotRunning(session.name);
  const from = world.atSeat(req.fromRoomId, req.fromSeat);
  if (!from) throw unknownSeat(req.fromRoomId, req.fromSeat);
  const to = world.atSeat(req.toRoomId, req.toSeat);
  if (!to) throw unknownSeat(req.toRoomId, req.toSeat);
  if (req.fromRoomId === req.toRoomId && req.fromSeat === req.toSeat) throw sameSeat();
  const seated = occupancy(session.roster, world.switches);
  const holder = seated.at(req.fromRoomId, req.fromSeat);
  const number = req.participantNumber ?? holder;
  if (number === undefined) throw participantNeeded(req.fromRoomId, req.fromSeat);
  const participant = session.roster.find((p) => p.number === number);
  if (!participant) throw participantUnknown(number);
  if (holder !== undefined && holder !== number) throw seatHeldByOther(req.fromRoomId, req.fromSeat, holder);
  const where = seated.of(number);
  if (holder === undefined && where) throw participantElsewhere(number, where.roomId, where.seat);
  const taken = seated.at(req.toRoomId, req.toSeat);
  if (taken !== undefined) throw reserveOccupied(req.toRoomId, req.toSeat, taken);
  const reserve = to.machine;
  if (!reserve) throw reserveNoPc(req.toRoomId, req.toSeat);
  if (reserve.presence !== 'online' || reserve.verdict !== 'ready') throw reserveNotReady(reserve.id, reserve.presence, reserve.verdict);
  return { participant: { number, name: participant.name }, fromPc: from.machine?.id ?? null, toPc: reserve.id };
}
