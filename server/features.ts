import { facilityItems } from '../checklists/index.js';
import { authFeature } from './auth/feature.js';
import { examFeature } from './exam/feature.js';
import { facilitiesFeature } from './facilities/feature.js';
import type { Feature } from './feature.js';
import { auditHeadCollector, attendanceCollector, capacityCollector, incidentCollector, readinessCollector, venueCollector } from './outbox/collectors.js';
import { outboxFeature, type OutboxOptions } from './outbox/feature.js';
import { venueHubFeature } from './venue-hub.js';

/** The hub's features, in the order their routes are registered. Add a feature here. */
export function createFeatures(options: { outbox?: Partial<OutboxOptions> } = {}): Feature[] {
  const facilities = facilitiesFeature({ items: facilityItems() });
  const venueHub = venueHubFeature({ facilityCauses: (ctx) => facilities.summary(ctx).causes });
  const exam = examFeature();
  return [
    authFeature(),
    facilities,
    venueHub,
    exam,
    // Last: its collectors read the features above through their public summaries only. Custody and
    // results add their collector here (kinds 'custody' and 'results' are in the contract already).
    outboxFeature({
      ...options.outbox,
      venueName: () => venueHub.summaries.venue()?.name ?? '',
      collectors: () => [
        venueCollector(venueHub.summaries.venue),
        readinessCollector(venueHub.summaries.readiness),
        capacityCollector(venueHub.summaries.servers),
        attendanceCollector(exam.summaries),
        incidentCollector(exam.summaries),
        auditHeadCollector(exam.summaries),
      ],
    }),
  ];
}
