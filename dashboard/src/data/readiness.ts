import { VenueReadinessSchema, type VenueReadiness } from '../../../protocol/api.js';
import type { ApiClient } from './client.js';

/** GET /api/venue/readiness: the venue, each room and each server, with counts and named causes. */
export function getReadiness(api: ApiClient): Promise<VenueReadiness> {
  return api.get('/api/venue/readiness', { schema: VenueReadinessSchema });
}
