import { facilityItems } from '../checklists/index.js';
import { authFeature } from './auth/feature.js';
import { examFeature } from './exam/feature.js';
import { facilitiesFeature } from './facilities/feature.js';
import { resultsFeature } from './results/feature.js';
import type { Feature } from './feature.js';
import { venueHubFeature } from './venue-hub.js';

/** The hub's features, in the order their routes are registered. Add a feature here. */
export function createFeatures(): Feature[] {
  const facilities = facilitiesFeature({ items: facilityItems() });
  // Exam day and results know each other only through these two callbacks (read model, BA section).
  const exam = examFeature({ resultsSection: (ctx, id) => results.beritaAcaraSection(ctx, id) });
  const results = resultsFeature({ exam: (ctx) => exam.readModel(ctx) });
  return [
    authFeature(),
    facilities,
    venueHubFeature({ facilityCauses: (ctx) => facilities.summary(ctx).causes }),
    exam,
    results,
  ];
}
