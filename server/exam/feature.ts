import type { BeritaAcaraCustody, CustodyDay } from '../../protocol/custody-minutes.js';
import type { BeritaAcaraResults } from '../../protocol/results-responses.js';
import type { HubContext } from '../context.js';
import type { Feature } from '../feature.js';
import { createExamDeps, type ExamDeps } from './deps.js';
import { examReadModel, type ExamReadModel } from './read-model.js';
import { deskRoutes } from './routes/desk.js';
import { incidentRoutes } from './routes/incidents.js';
import { serverTiming } from './routes/params.js';
import { reportRoutes } from './routes/reports.js';
import { sessionRoutes } from './routes/sessions.js';
import { examSummaries, type ExamSummaries } from './summaries.js';

/**
 * Exam day (hari ujian): sessions, roster import, the check-in desk with PINs, attendance,
 * incidents, berita acara and the hash-chained audit log. Routes are listed in the README.
 */
export interface ExamFeature extends Feature {
  /** What other features may read of exam day (sessions, roster with check-ins), never its tables. */
  readModel(ctx: HubContext): ExamReadModel;
  /** Counts, incidents and the audit head for the outbox: never a participant row, NIK or PIN. */
  readonly summaries: ExamSummaries;
  /** For the narrow ports custody gets (server/custody/wiring.ts): the audit log, sessions, incidents. */
  readonly deps: ExamDeps;
}

export interface ExamOptions {
  /** The berita acara's results section, from the results feature. */
  resultsSection?: (ctx: HubContext, sessionId: string) => BeritaAcaraResults | undefined;
  /** The venue's name, address and town, from the venue settings. */
  venue?: () => { name: string; address: string; city: string } | null;
  /** The venue's rooms (code and name), so paper prints "Aula Utama (R1)", not the code alone. */
  rooms?: () => ReadonlyArray<{ id: string; name: string }>;
  /** The berita acara's custody section, from the custody feature. */
  custodySection?: (sessionId: string, day: CustodyDay & { time: (iso: string) => string }) => BeritaAcaraCustody | undefined;
}

export function examFeature(options: ExamOptions = {}): ExamFeature {
  let deps: ExamDeps | undefined;
  const depsOf = (ctx: HubContext): ExamDeps =>
    (deps ??= {
      ...createExamDeps(ctx),
      ...(options.resultsSection ? { resultsSection: (id: string) => options.resultsSection!(ctx, id) } : {}),
      ...(options.custodySection ? { custodySection: options.custodySection } : {}),
      ...(options.venue ? { venue: options.venue } : {}),
      ...(options.rooms ? { rooms: options.rooms } : {}),
    });
  return {
    name: 'exam',
    /** For the narrow ports other features get (features.ts): the audit log, sessions, incidents. */
    get deps() {
      if (!deps) throw new Error('exam feature used before start');
      return deps;
    },
    summaries: examSummaries(() => {
      if (!deps) throw new Error('exam feature used before start');
      return deps;
    }),
    start(ctx) {
      depsOf(ctx);
    },
    readModel: (ctx) => examReadModel(depsOf(ctx)),
    routes(app, ctx) {
      deps = depsOf(ctx);
      app.use('/api/sessions/*', serverTiming());
      sessionRoutes(app, deps);
      deskRoutes(app, deps);
      reportRoutes(app, deps);
      incidentRoutes(app, deps);
    },
  };
}
