import type { Attendee, ExamSession, Participant, SessionSchedule, SessionTimes } from '../../protocol/exam.js';
import type { ExamDeps } from './deps.js';
import { sessionView } from './sessions/view.js';

/** Counts are not part of a schedule: the view is built with none, and only its times are kept. */
const NO_COUNTS = { registered: 0, present: 0, absent: 0, refused: 0 };
import { loadSession, sessionWithRoster, showSession } from './sessions/service.js';

/**
 * What other features (results) may read of exam day, never its tables: a session as the API
 * shows it and its roster with check-ins (NIKs masked). Unknown sessions throw the usual 404.
 */
export interface ExamReadModel {
  session(id: string): ExamSession;
  /** When and what kind the session is, without reading its roster (the session's counts need it). */
  schedule(id: string): SessionSchedule;
  roster(id: string): { session: ExamSession; participants: Participant[]; rooms: string[] };
  /** Each participant's number and name only: what an import checks its rows against, without building the roster. */
  names(id: string): Map<string, string>;
  /** The venue settings' name, address and town (for paper a session did not name its venue on, and its place line). */
  venue(): { name: string; address: string; city: string } | null;
  /** The session's times and who checked in when, in roster order, without NIKs, PINs or refusals (results read this). */
  attendance(id: string): { session: SessionTimes; participants: Attendee[] };
}

export function examReadModel(deps: ExamDeps): ExamReadModel {
  return {
    session: (id) => showSession(deps, loadSession(deps, id)),
    schedule: (id) => {
      const { kind, startsAt, timeZone, local } = sessionView(loadSession(deps, id), NO_COUNTS, [], deps.clock.now());
      return { id, kind, startsAt, timeZone, local };
    },
    attendance: (id) =>
      deps.db.transaction(() => {
        const v = sessionView(loadSession(deps, id), NO_COUNTS, [], deps.clock.now());
        const session: SessionTimes = {
          id,
          name: v.name,
          kind: v.kind,
          startsAt: v.startsAt,
          endsAt: v.endsAt,
          blindEndsAt: v.blindEndsAt,
          actualEndAt: v.actualEndAt,
          timeZone: v.timeZone,
          zone: v.zone,
          local: v.local,
        };
        const participants = deps.participants.attendance(id).map(([number, name, room, seat, blind, checkedInAt]): Attendee => ({
          number,
          name,
          room,
          seat,
          blind: blind === 1,
          checkedInAt,
        }));
        return { session, participants };
      })(),
    // One read of the roster (it was read twice: once for the list, once for the session's counts).
    roster: (id) => deps.db.transaction(() => sessionWithRoster(deps, loadSession(deps, id)))(),
    names: (id) => deps.participants.names(loadSession(deps, id).id),
    venue: () => deps.venue?.() ?? null,
  };
}
