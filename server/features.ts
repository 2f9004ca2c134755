import { authFeature } from './auth/feature.js';
import type { Feature } from './feature.js';
import { venueHubFeature } from './venue-hub.js';

/** The hub's features, in the order their routes are registered. Add a feature here. */
export function createFeatures(): Feature[] {
  return [authFeature(), venueHubFeature()];
}
