import type { SeatSwitch, SeatSwitchesResponse, SeatSwitchSchema } from '../../protocol/seat-switch.js';
import type { z } from 'zod/mini';
import { durably } from '../db/open.js';
import type { Actor, CustodyDeps } from './deps.js';
import { unknownSession } from './errors.js';
import { decideSwitch } from './switch-rules.js';

type Request = z.output<typeof SeatSwitchSchema>;

/** The switches (of one session, or all) and the sessions running now. */
export function listSwitches(deps: CustodyDeps, sessionId?: string): SeatSwitchesResponse {
  return { switches: deps.switches.list(sessionId), running: deps.ports.exam.runningSessions() };
}

/**
 * Moves a participant to a reserve PC: decided and written with its audit entry in one durable
 * transaction, so the chain holds exactly the switches the table holds.
 */
export function switchSeat(deps: CustodyDeps, body: Request, actor: Actor): SeatSwitch {
  const done = durably(deps.db, () => {
    const session = deps.ports.exam.switchView(body.sessionId);
    if (!session) throw unknownSession(body.sessionId);
    const decided = decideSwitch(body, {
      session,
      switches: deps.switches.list(body.sessionId),
      atSeat: (roomId, seat) => deps.ports.fleet.atSeat(roomId, seat),
    });
    const record: Omit<SeatSwitch, 'id'> = {
      sessionId: body.sessionId,
      participantNumber: decided.participant.number,
      participantName: decided.participant.name,
      from: { roomId: body.fromRoomId, seat: body.fromSeat, pcId: decided.fromPc },
      to: { roomId: body.toRoomId, seat: body.toSeat, pcId: decided.toPc },
      reason: body.reason,
      at: deps.clock.now().toISOString(),
      by: actor.username,
    };
    const id = deps.switches.add(record);
    deps.ports.audit.append({
      actor: actor.username,
      action: 'custody.seat-switched',
      sessionId: body.sessionId,
      subject: `switch:${id}`,
      data: {
        participant: record.participantNumber,
        from: record.from,
        to: record.to,
        reason: record.reason,
      },
    });
    return { id, ...record };
  });
  deps.log.info('custody.seat-switched', {
    session: done.sessionId,
    participant: done.participantNumber,
    from: `${done.from.roomId}/${done.from.seat}`,
    to: `${done.to.roomId}/${done.to.seat}`,
    by: actor.username,
  });
  deps.changes.publish({ topics: ['custody'], sessions: [done.sessionId] });
  return done;
}
