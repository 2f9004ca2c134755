import { RegionLinkStatusSchema, type RegionLinkStatus } from '../../../protocol/region.js';
import type { ApiClient } from './client.js';

/** GET /api/region-link: the hub's link to its region (never its key). */
export function getRegionLink(api: ApiClient): Promise<RegionLinkStatus> {
  return api.get('/api/region-link', { schema: RegionLinkStatusSchema });
}
