import { CreateSessionSchema, UpdateSessionSchema } from '../../../protocol/exam.js';
import { requirePermission } from '../../auth/permissions.js';
import type { HubApp } from '../../feature.js';
import { readFileBody, readJson } from '../../http/json.js';
import type { ExamDeps } from '../deps.js';
import { importRoster } from '../roster/service.js';
import { createSession, deleteSession, loadSession, showSession, updateSession } from '../sessions/service.js';
import type { SessionsResponse } from '../../../protocol/exam-responses.js';

/** Largest roster file accepted: a 430-person XLSX is ~40 KB, a whole province's CSV a few MB. */
export const ROSTER_LIMIT_BYTES = 10 * 1024 * 1024;

const SESSION = { id: 'Data sesi', en: 'Session' };

export function sessionRoutes(app: HubApp, deps: ExamDeps): void {
  app.get('/api/sessions', requirePermission('sessions.read'), (c) =>
    c.json({ sessions: deps.sessions.list().map((s) => showSession(deps, s)) } satisfies SessionsResponse),
  );

  app.post('/api/sessions', requirePermission('sessions.manage'), async (c) => {
    const body = await readJson(c, CreateSessionSchema, SESSION);
    return c.json(createSession(deps, body, c.get('user')), 201);
  });

  app.get('/api/sessions/:id', requirePermission('sessions.read'), (c) => c.json(showSession(deps, loadSession(deps, c.req.param('id')))));

  app.patch('/api/sessions/:id', requirePermission('sessions.manage'), async (c) => {
    const body = await readJson(c, UpdateSessionSchema, SESSION);
    return c.json(updateSession(deps, c.req.param('id'), body, c.get('user')));
  });

  app.delete('/api/sessions/:id', requirePermission('sessions.delete'), (c) => {
    deleteSession(deps, c.req.param('id'), c.get('user'));
    return c.body(null, 204);
  });

  app.post('/api/sessions/:id/roster', requirePermission('roster.import'), async (c) => {
    const bytes = await readFileBody(c, ROSTER_LIMIT_BYTES, 'roster-multipart', { id: 'daftar peserta', en: 'roster' });
    return c.json(await importRoster(deps, c.req.param('id'), bytes, c.get('user')));
  });
}
