import type { Incident } from '../../protocol/exam.js';
import type { RoomCounts } from '../../protocol/exam-reports.js';
import type { ExamDeps } from './deps.js';
import { listIncidents } from './incidents/service.js';
import { attendanceOf } from './reports/service.js';
import { showSession } from './sessions/service.js';

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
  sessions(): SessionSummary[];
  incidents(sessionId: string): Incident[];
  auditHead(): { seq: number; hash: string } | null;
}

export function examSummaries(deps: () => ExamDeps): ExamSummaries {
  return {
    sessionIds: () => deps().sessions.ids(),
    sessions() {
      const d = deps();
      return d.db.transaction(() =>
        d.sessions.list().map((record) => {
          const session = showSession(d, record);
          const { registered, present, absent, refused, rooms } = attendanceOf(d, record.id);
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
