import type { HubContext } from '../context.js';
import type { Feature } from '../feature.js';
import { createResultsDeps, type ResultsDeps } from './deps.js';
import type { ExamView } from './ports.js';
import { resultRoutes } from './routes.js';
import { beritaAcaraResults } from './service.js';
import type { BeritaAcaraResults } from '../../protocol/results-responses.js';

export interface ResultsFeature extends Feature {
  /** The berita acara's results section of a session, for the exam feature's report. */
  beritaAcaraSection(ctx: HubContext, sessionId: string): BeritaAcaraResults | undefined;
}

/**
 * Results of each session (hasil seleksi): import, passing-grade judging, reconciliation with
 * attendance, the live board, documents. Reads exam day only through `exam` (its read model).
 */
export function resultsFeature(options: { exam: (ctx: HubContext) => ExamView }): ResultsFeature {
  let deps: ResultsDeps | undefined;
  const depsOf = (ctx: HubContext) => (deps ??= createResultsDeps(ctx, options.exam(ctx)));
  return {
    name: 'results',
    start(ctx) {
      depsOf(ctx);
    },
    routes(app, ctx) {
      resultRoutes(app, depsOf(ctx));
    },
    beritaAcaraSection: (ctx, sessionId) => beritaAcaraResults(depsOf(ctx), sessionId),
  };
}
