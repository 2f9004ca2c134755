import type { Incident } from '../../protocol/exam-reports.js';
import type { RoomCounts } from '../../protocol/exam-reports.js';
import type { ExamDeps } from './deps.js';
import { listIncidents } from './incidents/service.js';
import { attendanceReport } from './reports/build.js';
import { sessionWithRoster } from './sessions/service.js';

/** One session as a summary other features may read: when, and its counts per room. No participant. */
export interface SessionSummary {
  id: string;
  name: string;
  date: string;
  start: string;
  end: string;
  registered: number;
  present: number;
  absent: number;
  refused: number;
  rooms: RoomCounts[];
}

/**
 * The exam feature's public read side for other features (the outbox): counts, incidents and the
 * audit chain head, never a participant row, a NIK or a PIN.
 */
export interface ExamSummaries {
  sessionIds(): string[];
  /** Sessions starting within a day of `now`: whose counts change with the clock alone (PIN closing, the end). */
  sessionIdsNear(now: Date): string[];
  /** Every session's summary, or only those in `ids`. */
  sessions(ids?: ReadonlySet<string>): SessionSummary[];
  incidents(sessionId: string): Incident[];
  auditHead(): { seq: number; hash: string } | null;
}

const DAY_MS = 24 * 60 * 60_000;

export function examSummaries(deps: () => ExamDeps): ExamSummaries {
  return {
    sessionIds: () => deps().sessions.ids(),
    sessionIdsNear: (now) =>
      deps()
        .sessions.list()
        .filter((s) => Math.abs(Date.parse(s.startsAt) - now.getTime()) <= DAY_MS)
        .map((s) => s.id),
    sessions(ids) {
      const d = deps();
      return d.db.transaction(() =>
        d.sessions
          .list()
          .filter((record) => !ids || ids.has(record.id))
          .map((record) => {
            // One roster read per session: the session view and its attendance counts share it.
            const { session, participants, rooms: roomList } = sessionWithRoster(d, record);
            const { registered, present, absent, refused, rooms } = attendanceReport(record, participants, roomList, d.clock.now());
            return {
              id: session.id,
              name: session.name,
              date: session.local.date,
              start: session.local.start,
              end: session.local.end,
              registered,
              present,
              absent,
              refused,
              rooms,
            };
          }),
      )();
    },
    incidents: (sessionId) => listIncidents(deps(), sessionId),
    auditHead: () => deps().audit.head(),
  };
}
