import { fleetView } from '../agents/fleet.js';
import type { Room } from '../../protocol/venue.js';
import type { AgentHub } from '../agents/service.js';
import type { ExamDeps } from '../exam/deps.js';
import { createIncident } from '../exam/incidents/service.js';
import { sessionRunning } from '../exam/sessions/rules.js';
import { loadSession, rosterOf } from '../exam/sessions/service.js';
import type { CustodyOptions } from './feature.js';
import { trialThresholds } from './thresholds.js';

/**
 * The custody feature's ports onto the agents, the venue and the exam day: the one place that
 * knows those features' services (custody's own code only sees ports.ts).
 */
export function custodyPorts(hub: () => AgentHub, exam: () => ExamDeps, venue: () => { rooms(): Room[] }): CustodyOptions['ports'] {
  return () => {
    const deps = exam();
    return {
      audit: deps.audit,
      exam: {
        sessionRooms(sessionId) {
          const session = deps.sessions.get(sessionId);
          return session ? rosterOf(deps, session).rooms : undefined;
        },
        raiseIncident(sessionId, fields, actor) {
          loadSession(deps, sessionId);
          return createIncident(deps, sessionId, { kind: 'lainnya', room: fields.room, description: fields.description }, actor).id;
        },
        switchView(sessionId) {
          const session = deps.sessions.get(sessionId);
          if (!session) return undefined;
          return {
            name: session.name,
            running: sessionRunning(session, deps.clock.now()),
            roster: deps.participants.all(sessionId).map((p) => ({ number: p.number, name: p.name, room: p.room, seat: p.seat })),
          };
        },
        incidentExists: (sessionId, incidentId) => deps.incidents.get(sessionId, incidentId) !== undefined,
        runningSessions() {
          const now = deps.clock.now();
          return deps.sessions
            .list()
            .filter((s) => sessionRunning(s, now))
            .map((s) => ({ id: s.id, name: s.name }));
        },
      },
      venue: {
        rooms: () =>
          venue()
            .rooms()
            .map((r) => ({ id: r.id, name: r.name, kind: r.kind })),
      },
      fleet: fleetView(hub()),
      thresholds: () => trialThresholds(),
    };
  };
}
