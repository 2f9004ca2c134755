import {
  FacilitiesResponseSchema,
  FacilityRowSchema,
  FacilitySummarySchema,
  type FacilitiesResponse,
  type FacilityRow,
  type FacilitySummary,
  type FacilityTick,
} from '../../../protocol/facilities.js';
import { seg, type ApiClient } from './client.js';

/** GET /api/facilities: every manual item with its tick, and the summary. */
export function getFacilities(api: ApiClient): Promise<FacilitiesResponse> {
  return api.get('/api/facilities', { schema: FacilitiesResponseSchema });
}

/** GET /api/facilities/summary: the facility side of the venue's readiness. */
export function getFacilitySummary(api: ApiClient): Promise<FacilitySummary> {
  return api.get('/api/facilities/summary', { schema: FacilitySummarySchema });
}

/** PUT /api/facilities/:id: ok / not ok / n.a. with a note; the hub records who and when. */
export function tickFacility(api: ApiClient, id: string, tick: FacilityTick): Promise<FacilityRow> {
  return api.request('PUT', `/api/facilities/${seg(id)}`, { body: tick, schema: FacilityRowSchema });
}

/** DELETE /api/facilities/:id: back to "not checked". */
export async function clearFacility(api: ApiClient, id: string): Promise<void> {
  await api.request('DELETE', `/api/facilities/${seg(id)}`);
}
