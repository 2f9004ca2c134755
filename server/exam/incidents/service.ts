import type { Incident, IncidentRequest } from '../../../protocol/exam-reports.js';
import type { AuthUser } from '../../auth/users.js';
import { durably } from '../../db/open.js';
import type { ExamDeps } from '../deps.js';
import { incidentNotFound } from '../errors.js';
import { loadSession, rosterOf } from '../sessions/service.js';
import type { SessionRecord } from '../sessions/store.js';
import { incidentFields, incidentView } from './rules.js';

type Body = Parameters<typeof incidentFields>[0];

function roomsOf(deps: ExamDeps, session: SessionRecord): string[] {
  return rosterOf(deps, session).rooms;
}

export function listIncidents(deps: ExamDeps, sessionId: string): Incident[] {
  const session = loadSession(deps, sessionId);
  return deps.incidents.list(sessionId).map((i) => incidentView(i, session.timeZone));
}

function finish(deps: ExamDeps, sessionId: string): void {
  deps.changes.publish({ topics: ['incidents'], sessions: [sessionId] });
}

export function createIncident(deps: ExamDeps, sessionId: string, body: Body, user: AuthUser): Incident {
  const incident = durably(deps.db, () => {
    const session = loadSession(deps, sessionId);
    const now = deps.clock.now();
    const fields = incidentFields(body, undefined, now, roomsOf(deps, session));
    const id = deps.incidents.add(sessionId, fields, now.toISOString(), user.username);
    deps.audit.append({
      actor: user.username,
      action: 'incident.created',
      sessionId,
      subject: String(id),
      data: { ...fields },
    });
    return incidentView(deps.incidents.get(sessionId, id)!, session.timeZone);
  });
  finish(deps, sessionId);
  return incident;
}

export function updateIncident(deps: ExamDeps, sessionId: string, id: number, body: Partial<IncidentRequest>, user: AuthUser): Incident {
  const incident = durably(deps.db, () => {
    const session = loadSession(deps, sessionId);
    const before = deps.incidents.get(sessionId, id);
    if (!before) throw incidentNotFound(String(id));
    const now = deps.clock.now();
    const fields = incidentFields(body as Body, before, now, roomsOf(deps, session));
    deps.incidents.update(sessionId, id, fields, now.toISOString(), user.username);
    deps.audit.append({
      actor: user.username,
      action: 'incident.updated',
      sessionId,
      subject: String(id),
      data: { ...fields },
    });
    return incidentView(deps.incidents.get(sessionId, id)!, session.timeZone);
  });
  finish(deps, sessionId);
  return incident;
}

export function deleteIncident(deps: ExamDeps, sessionId: string, id: number, user: AuthUser): void {
  durably(deps.db, () => {
    loadSession(deps, sessionId);
    const before = deps.incidents.get(sessionId, id);
    if (!before) throw incidentNotFound(String(id));
    deps.incidents.markDeleted(sessionId, id, deps.clock.now().toISOString(), user.username);
    deps.audit.append({
      actor: user.username,
      action: 'incident.deleted',
      sessionId,
      subject: String(id),
      data: { kind: before.kind, description: before.description },
    });
  });
  finish(deps, sessionId);
}
