import type { RotateResponse } from '../../protocol/region.js';
import { requirePermission } from '../auth/permissions.js';
import { bearerFrom, newToken, tokenHash } from '../auth/tokens.js';
import type { HubApp } from '../feature.js';
import type { RegionContext } from './context.js';
import { badVenueKey, venueNotFound } from './errors.js';
import { VenueKeys } from './keys.js';

/** A venue code is good for three days. */
export const CODE_MS = 3 * 86_400_000;

/**
 * The regional admin's hold on venue keys, and the hub's side of a rotation:
 * - revoke: the key stops at once (pushes get 401 with what to do); the venue's data stays;
 * - rotate: asks the hub to rotate at its next push; the hub asks for its next key
 *   (POST /api/region/rotate with its current key), and the old key stops once the new one is used;
 * - code: a new one-time code, to join again after a revocation or with a replaced hub.
 */
export function venueAdminRoutes(app: HubApp, ctx: RegionContext): void {
  const keys = new VenueKeys(ctx.store);
  const now = () => ctx.clock.now();

  app.get('/api/region/venues/:id/key', requirePermission('region.venues.keys'), async (c) => {
    const state = await keys.state(c.req.param('id'));
    if (!state) throw venueNotFound(c.req.param('id'));
    return c.json(state);
  });

  app.post('/api/region/venues/:id/revoke', requirePermission('region.venues.keys'), async (c) => {
    const id = c.req.param('id');
    if (!(await keys.revoke(id, c.get('user').username, now()))) throw venueNotFound(id);
    ctx.log.warn('region.venue-revoked', { venue: id, by: c.get('user').username });
    ctx.changed();
    return c.json(await keys.state(id));
  });

  app.post('/api/region/venues/:id/rotate', requirePermission('region.venues.keys'), async (c) => {
    const id = c.req.param('id');
    if (!(await keys.requestRotation(id))) throw venueNotFound(id);
    ctx.log.info('region.venue-rotation-asked', { venue: id, by: c.get('user').username });
    return c.json(await keys.state(id));
  });

  app.post('/api/region/venues/:id/code', requirePermission('region.enroll'), async (c) => {
    const id = c.req.param('id');
    if (!(await keys.state(id))) throw venueNotFound(id);
    const code = newToken(ctx.random, 16);
    const at = now();
    const expiresAt = new Date(at.getTime() + CODE_MS);
    await keys.newCode(id, tokenHash(code), c.get('user').username, at, expiresAt);
    ctx.log.info('region.venue-code', { venue: id, by: c.get('user').username });
    return c.json({ id, code, expiresAt: expiresAt.toISOString(), caFingerprint: ctx.tls.caFingerprint }, 201);
  });

  // The hub, with its current key, takes its next one. Asked again (an answer lost on the way),
  // the earlier next key is replaced: only the one the hub stored and uses becomes the key.
  app.post('/api/region/rotate', async (c) => {
    const key = bearerFrom(c.req.header('authorization'));
    const venue = key ? await ctx.store.venueByKeyHash(tokenHash(key)) : undefined;
    if (!venue) throw badVenueKey();
    const next = newToken(ctx.random, 32);
    await keys.setNextKey(venue.id, tokenHash(next));
    ctx.log.info('region.venue-key-issued', { venue: venue.id });
    const response: RotateResponse = { key: next };
    return c.json(response, 201);
  });
}
