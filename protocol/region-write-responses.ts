import { z } from 'zod/mini';
import { JoinResponseSchema, PushResponseSchema, REGION_ROLES, RotateResponseSchema } from './region.js';
import type { WriteContract } from './write-responses.js';

/** POST /api/login at the region: a regional user's session. */
export const RegionLoginResponseSchema = z.object({
  token: z.string(),
  username: z.string(),
  role: z.enum(REGION_ROLES),
  expiresAt: z.string(),
});
/** POST /api/region/venues (201): the enrolled venue and its one-time code, with the region's CA to pin. */
export const NewVenueResponseSchema = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  expiresAt: z.string(),
  caFingerprint: z.string(),
});
/** POST /api/region/venues/:id/code (201): a new one-time code for an enrolled venue. */
export const VenueCodeResponseSchema = z.object({ id: z.string(), code: z.string(), expiresAt: z.string(), caFingerprint: z.string() });
/** A venue's key state after a revocation or a rotation request (never a key or its hash). */
export const VenueKeyStateSchema = z.object({
  id: z.string(),
  name: z.string(),
  joinedAt: z.nullable(z.string()),
  revokedAt: z.nullable(z.string()),
  revokedBy: z.nullable(z.string()),
  rotateRequested: z.boolean(),
  rotatePending: z.boolean(),
});
/** POST /api/region/users (201): the regional user as saved (never the password). */
export const RegionUserSavedSchema = z.object({ username: z.string(), role: z.enum(REGION_ROLES) });

const ok = (schema: z.ZodMiniType): WriteContract => ({ status: [200], schema });
const created = (schema: z.ZodMiniType): WriteContract => ({ status: [201], schema });

/**
 * What every POST, PUT, PATCH and DELETE route of the regional service answers when it succeeds, by
 * "METHOD pattern" (the hub's are in write-responses.ts). test/region/contract-writes.test.ts calls
 * each on a real region on PostgreSQL and fails when a route is missing here or answers something
 * its schema does not describe.
 */
export const REGION_WRITE_RESPONSES: Readonly<Record<string, WriteContract>> = {
  // regional users
  'POST /api/login': ok(RegionLoginResponseSchema),
  'POST /api/logout': { status: [204] },
  'POST /api/region/users': created(RegionUserSavedSchema),
  // enrollment of venues and their keys (the regional admin)
  'POST /api/region/venues': created(NewVenueResponseSchema),
  'POST /api/region/venues/:id/code': created(VenueCodeResponseSchema),
  'POST /api/region/venues/:id/revoke': ok(VenueKeyStateSchema),
  'POST /api/region/venues/:id/rotate': ok(VenueKeyStateSchema),
  // the venue hub's own calls (its one-time code, then its key)
  'POST /api/region/join': created(JoinResponseSchema),
  'POST /api/region/push': ok(PushResponseSchema),
  'POST /api/region/rotate': created(RotateResponseSchema),
};
