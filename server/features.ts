import { authFeature } from './auth/feature.js';
import { examFeature } from './exam/feature.js';
import type { Feature } from './feature.js';

/** The hub's features, in the order their routes are registered. Add a feature here. */
export function createFeatures(): Feature[] {
  return [authFeature(), examFeature()];
}
