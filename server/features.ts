import { facilityItems } from '../checklists/index.js';
import { authFeature } from './auth/feature.js';
import { custodyFeature } from './custody/feature.js';
import type { TrialTimings } from './custody/trials.js';
import { custodyPorts } from './custody/wiring.js';
import { examFeature } from './exam/feature.js';
import { facilitiesFeature } from './facilities/feature.js';
import type { Feature } from './feature.js';
import { venueHubFeature } from './venue-hub.js';

/** The hub's features, in the order their routes are registered. Add a feature here. */
export function createFeatures(options: { custody?: { timings?: TrialTimings } } = {}): Feature[] {
  const facilities = facilitiesFeature({ items: facilityItems() });
  const venueHub = venueHubFeature({ facilityCauses: (ctx) => facilities.summary(ctx).causes });
  const exam = examFeature();
  return [
    authFeature(),
    facilities,
    venueHub,
    exam,
    custodyFeature({ ports: custodyPorts(() => venueHub.hub, () => exam.deps), ...(options.custody?.timings ? { timings: options.custody.timings } : {}) }),
  ];
}
