import type { ExamSession, Participant } from '../../protocol/exam.js';
import type { ExamDeps } from './deps.js';
import { loadSession, sessionWithRoster, showSession } from './sessions/service.js';

/**
 * What other features (results) may read of exam day, never its tables: a session as the API
 * shows it and its roster with check-ins (NIKs masked). Unknown sessions throw the usual 404.
 */
export interface ExamReadModel {
  session(id: string): ExamSession;
  roster(id: string): { session: ExamSession; participants: Participant[]; rooms: string[] };
}

export function examReadModel(deps: ExamDeps): ExamReadModel {
  return {
    session: (id) => showSession(deps, loadSession(deps, id)),
    // One read of the roster (it was read twice: once for the list, once for the session's counts).
    roster: (id) => deps.db.transaction(() => sessionWithRoster(deps, loadSession(deps, id)))(),
  };
}
