import type { ExamSession } from '../../../protocol/exam.js';
import type { AuthUser } from '../../auth/users.js';
import { durably } from '../../db/open.js';
import type { ExamDeps } from '../deps.js';
import { sessionHasCheckins, sessionNotFound, pinSourceLocked } from '../errors.js';
import { attendanceCounts } from '../reports/counts.js';
import { participantView } from '../roster/view.js';
import { changedFields, newSession, updatedSession, type CreateSession, type UpdateSession } from './build.js';
import type { SessionRecord } from './store.js';
import { sessionRooms, sessionView } from './view.js';

export function loadSession(deps: ExamDeps, id: string): SessionRecord {
  const session = deps.sessions.get(id);
  if (!session) throw sessionNotFound(id);
  return session;
}

/** The session's participants as the API shows them, and its rooms (declared, then from the roster). */
export function rosterOf(deps: ExamDeps, session: SessionRecord) {
  const participants = deps.participants.all(session.id).map((row) => participantView(row, session));
  const rooms = sessionRooms(
    session.rooms,
    participants.map((p) => p.room),
  );
  return { participants, rooms };
}

export function showSession(deps: ExamDeps, session: SessionRecord): ExamSession {
  return sessionWithRoster(deps, session).session;
}

/** The session as the API shows it and its roster, from one read of the roster (it is the costly part). */
export function sessionWithRoster(deps: ExamDeps, record: SessionRecord) {
  const { participants, rooms } = rosterOf(deps, record);
  const session = sessionView(record, attendanceCounts(participants, rooms).counts, rooms, deps.clock.now());
  return { session, participants, rooms };
}

export function createSession(deps: ExamDeps, body: CreateSession, user: AuthUser): ExamSession {
  const session = durably(deps.db, () => {
    const s = newSession(body, user.username, deps.clock.now(), deps.sessions.ids());
    deps.sessions.save(s);
    deps.audit.append({
      actor: user.username,
      action: 'session.created',
      sessionId: s.id,
      data: { name: s.name, kind: s.kind, startsAt: s.startsAt },
    });
    return s;
  });
  deps.log.info('exam.session-created', { session: session.id, by: user.username });
  deps.changes.publish({ topics: ['sessions'], sessions: [session.id] });
  return showSession(deps, session);
}

export function updateSession(deps: ExamDeps, id: string, patch: UpdateSession, user: AuthUser): ExamSession {
  const after = durably(deps.db, () => {
    const before = loadSession(deps, id);
    const next = updatedSession(before, patch);
    const checkins = next.pinSource !== before.pinSource ? deps.desk.checkinCount(id) : 0;
    if (checkins > 0) throw pinSourceLocked(before.name, checkins);
    const changed = changedFields(before, next);
    if (changed.length === 0) return before;
    deps.sessions.save(next, deps.clock.now().toISOString());
    deps.audit.append({ actor: user.username, action: 'session.updated', sessionId: id, data: { changed } });
    return next;
  });
  deps.changes.publish({ topics: ['sessions', 'attendance'], sessions: [id] });
  return showSession(deps, after);
}

/** Deletes a session and its roster, only while nobody has checked in (a wrong roster or a wrong date). */
export function deleteSession(deps: ExamDeps, id: string, user: AuthUser): void {
  durably(deps.db, () => {
    const session = loadSession(deps, id);
    const checkins = deps.desk.checkinCount(id);
    if (checkins > 0) throw sessionHasCheckins(id, checkins);
    deps.sessions.delete(id);
    deps.audit.append({ actor: user.username, action: 'session.deleted', sessionId: id, data: { name: session.name } });
  });
  deps.changes.publish({ topics: ['sessions', 'attendance'], sessions: [id] });
}
