import { z } from 'zod/mini';
import type { RegionLinkStatus } from '../../../protocol/region.js';
import type { ApiClient } from './client.js';

const RegionLinkSchema = z.custom<RegionLinkStatus>(
  (v) => typeof v === 'object' && v !== null && ['linked', 'ackedSeq', 'head', 'pending', 'lastError', 'refused'].every((k) => k in v),
  { error: 'expected the region link status' },
);

/** GET /api/region-link: the hub's link to its region (never its key). */
export function getRegionLink(api: ApiClient): Promise<RegionLinkStatus> {
  return api.get('/api/region-link', { schema: RegionLinkSchema });
}
