import type { Participant } from '../../../protocol/exam.js';
import type { PinSlip } from '../../../protocol/exam-responses.js';
import type { SessionRecord } from '../sessions/store.js';
import { localTime } from '../time.js';

/** The printable PIN slip: who, where, when, and the PIN shown this once. */
export function pinSlip(session: SessionRecord, p: Participant, pin: string, issuedAt: string): PinSlip {
  const start = localTime(session.startsAt, session.timeZone);
  return {
    venueName: session.venueName,
    sessionId: session.id,
    sessionName: session.name,
    kind: session.kind,
    date: start.date,
    start: start.time,
    zone: start.zone,
    durationMinutes: p.durationMinutes,
    room: p.room,
    seat: p.seat,
    participantNumber: p.number,
    name: p.name,
    jabatan: p.jabatan,
    blind: p.blind,
    pin,
    issuedAt,
    issuedTime: localTime(issuedAt, session.timeZone).time,
  };
}
