import type { Feature } from '../feature.js';
import { createExamDeps, type ExamDeps } from './deps.js';
import { deskRoutes } from './routes/desk.js';
import { incidentRoutes } from './routes/incidents.js';
import { serverTiming } from './routes/params.js';
import { reportRoutes } from './routes/reports.js';
import { sessionRoutes } from './routes/sessions.js';

/**
 * Exam day (hari ujian): sessions, roster import, the check-in desk with PINs, attendance,
 * incidents, berita acara and the hash-chained audit log. Routes are listed in the README.
 */
export function examFeature(): Feature & { readonly deps: ExamDeps } {
  let deps: ExamDeps | undefined;
  return {
    name: 'exam',
    /** For the narrow ports other features get (features.ts): the audit log, sessions, incidents. */
    get deps() {
      if (!deps) throw new Error('exam feature used before start');
      return deps;
    },
    start(ctx) {
      deps = createExamDeps(ctx);
    },
    routes(app, ctx) {
      deps ??= createExamDeps(ctx);
      app.use('/api/sessions/*', serverTiming());
      sessionRoutes(app, deps);
      deskRoutes(app, deps);
      reportRoutes(app, deps);
      incidentRoutes(app, deps);
    },
  };
}
