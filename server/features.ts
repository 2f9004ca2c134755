import { facilityItems } from '../checklists/index.js';
import { authFeature } from './auth/feature.js';
import { backupFeature } from './backup/rolling.js';
import { capturesFeature, type MachineFileJudge } from './captures/feature.js';
import { custodyFeature } from './custody/feature.js';
import type { TrialTimings } from './custody/trials.js';
import { custodyMinutes } from './custody/minutes.js';
import { listSeals } from './custody/seals.js';
import { custodyPorts } from './custody/wiring.js';
import { examFeature } from './exam/feature.js';
import { facilitiesFeature } from './facilities/feature.js';
import { resultsFeature } from './results/feature.js';
import type { HubContext } from './context.js';
import type { Feature } from './feature.js';
import {
  auditHeadCollector,
  attendanceCollector,
  capacityCollector,
  custodyCollector,
  incidentCollector,
  readinessCollector,
  resultsCollector,
  venueCollector,
} from './outbox/collectors.js';
import { outboxFeature, type OutboxOptions } from './outbox/feature.js';
import { venueHubFeature } from './venue-hub.js';

/** The hub's features, in the order their routes are registered. Add a feature here. */
export function createFeatures(
  options: { outbox?: Partial<OutboxOptions>; custody?: { timings?: TrialTimings }; judgeMachineFile?: MachineFileJudge } = {},
): Feature[] {
  const facilities = facilitiesFeature({ items: facilityItems() });
  // Exam day and results know each other only through these two callbacks (read model, BA section).
  const exam = examFeature({
    resultsSection: (ctx, id) => results.beritaAcaraSection(ctx, id),
    custodySection: (id, day) => custodyMinutes(custody.deps, custody.runner.list(), id, day),
    venue: () => venueHub.summaries.venue(),
    rooms: () => venueHub.summaries.rooms(),
  });
  const results = resultsFeature({ exam: (ctx) => exam.readModel(ctx) });
  const venueHub = venueHubFeature({ facilityCauses: (ctx) => facilities.summary(ctx).causes });
  const custody = custodyFeature({
    ports: custodyPorts(
      () => venueHub.hub,
      () => exam.deps,
      () => venueHub.summaries,
    ),
    ...(options.custody?.timings ? { timings: options.custody.timings } : {}),
  });
  let hubCtx: HubContext | undefined;
  return [
    authFeature(),
    facilities,
    venueHub,
    exam,
    custody,
    results,
    capturesFeature(options.judgeMachineFile ? { judge: options.judgeMachineFile } : {}),
    // Last: its collectors read the features above through their public summaries and services only.
    outboxFeature({
      ...options.outbox,
      venueName: () => venueHub.summaries.venue()?.name ?? '',
      nearSessions: (now) => exam.summaries.sessionIdsNear(now),
      onStart: (ctx) => {
        hubCtx = ctx;
      },
      collectors: () => [
        venueCollector(venueHub.summaries.venue),
        readinessCollector(venueHub.summaries.readiness),
        capacityCollector(venueHub.summaries.servers),
        attendanceCollector(exam.summaries),
        incidentCollector(exam.summaries),
        resultsCollector(exam.summaries, (id) => results.beritaAcaraSection(hubCtx!, id)),
        custodyCollector(
          () => listSeals(custody.deps),
          () => custody.runner.list(),
        ),
        auditHeadCollector(exam.summaries),
      ],
    }),
    backupFeature(),
  ];
}
