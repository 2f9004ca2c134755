import { z } from 'zod/mini';
import { LoginRequestSchema } from '../../protocol/api.js';
import { AppError } from '../../protocol/errors.js';
import { JoinRequestSchema, PushRequestSchema, type JoinResponse } from '../../protocol/region.js';
import { type RegionVenuesResponse } from '../../protocol/region-responses.js';
import { requirePermission } from '../auth/permissions.js';
import { bearerFrom, newToken, tokenHash } from '../auth/tokens.js';
import type { HubApp } from '../feature.js';
import { readJson, readJsonAsSent, type JsonAsSent } from '../http/json.js';
import { badVenueCode, badVenueKey, venueExists, venueNotFound } from './errors.js';
import { QUICK_PUSH, checkEvents } from './check.js';
import type { RegionContext } from './context.js';
import type { CheckedPush } from './ingest.js';
import { REGION_ROLES } from './users.js';
import { CODE_MS, venueAdminRoutes } from './venue-admin.js';
import '../../protocol/zod-english.js';

/** A push is at most 500 events; their payloads are small summaries. */
const PUSH_LIMIT = 8 * 1024 * 1024;

const NewVenueSchema = z.object({
  id: z.string().check(z.trim(), z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
});
const NewUserSchema = z.object({
  username: z.string().check(z.trim(), z.regex(/^[a-z0-9][a-z0-9._-]{0,63}$/)),
  role: z.enum(REGION_ROLES),
  password: z.string().check(z.minLength(8), z.maxLength(256)),
});

export function regionRoutes(app: HubApp, ctx: RegionContext): void {
  const now = () => ctx.clock.now();

  app.get('/api/health', (c) => c.json({ ok: true, role: 'region', caFingerprint: ctx.tls.caFingerprint }));
  app.get('/ca.pem', (c) => c.body(ctx.tls.caPem, 200, { 'content-type': 'application/x-pem-file' }));

  app.post('/api/login', async (c) => {
    const body = await readJson(c, LoginRequestSchema, { id: 'Data masuk', en: 'Login' });
    const session = await ctx.users.login(body.username, body.password, now());
    if (!session) {
      ctx.log.warn('region.login-failed', { username: body.username });
      throw new AppError(
        'bad-credentials',
        { id: 'Nama pengguna atau kata sandi salah.', en: 'Wrong username or password.' },
        { status: 401 },
      );
    }
    return c.json({ token: session.token, username: session.user.username, role: session.user.role, expiresAt: session.expiresAt });
  });
  app.post('/api/logout', async (c) => {
    const token = bearerFrom(c.req.header('authorization'));
    if (token) await ctx.users.logout(token);
    return c.body(null, 204);
  });
  app.get('/api/me', (c) => c.json(c.get('user')));

  // A hub exchanges its one-time code for its own key.
  app.post('/api/region/join', async (c) => {
    const body = await readJson(c, JoinRequestSchema, { id: 'Permintaan bergabung', en: 'Join request' }, 16 * 1024);
    const key = newToken(ctx.random, 32);
    const joined = await ctx.store.join(tokenHash(body.code), tokenHash(key), body.name, now());
    if (!joined) {
      ctx.log.warn('region.join-refused', {});
      throw badVenueCode();
    }
    ctx.log.info('region.venue-joined', { venue: joined.venueId });
    const response: JoinResponse = { venueId: joined.venueId, key, ackedSeq: joined.ackedSeq };
    return c.json(response, 201);
  });

  app.post('/api/region/push', async (c) => {
    const key = bearerFrom(c.req.header('authorization'));
    const venue = key ? await ctx.store.venueByKeyHash(tokenHash(key)) : undefined;
    if (!venue) throw badVenueKey();
    const body = await readJsonAsSent(c, PushRequestSchema, { id: 'Kiriman lokasi', en: 'Venue push' }, PUSH_LIMIT, QUICK_PUSH);
    const checked = checkEvents(body.value);
    const result = await ctx.store.push(venue.id, checked, now(), asSent(body, checked));
    if (result.stored > 0) ctx.log.debug('region.pushed', { venue: venue.id, stored: result.stored, acked: result.ackedSeq });
    if (checked.refused.length > 0)
      ctx.log.warn('region.events-refused', {
        venue: venue.id,
        seqs: checked.refused.map((r) => r.seq).join(' '),
        kinds: checked.refused.map((r) => r.kind).join(' '),
      });
    ctx.changed();
    return c.json(result);
  });

  app.get('/api/region/venues', requirePermission('region.view'), async (c) => {
    const response: RegionVenuesResponse = {
      venues: await ctx.store.venues(now(), ctx.staleAfterMs),
      generatedAt: now().toISOString(),
      staleAfterSeconds: ctx.staleAfterMs / 1000,
    };
    return c.json(response);
  });

  app.get('/api/region/venues/:id', requirePermission('region.view'), async (c) => {
    const [venue] = await ctx.store.venues(now(), ctx.staleAfterMs, c.req.param('id'));
    if (!venue) throw venueNotFound(c.req.param('id'));
    return c.json({ venue, generatedAt: now().toISOString(), staleAfterSeconds: ctx.staleAfterMs / 1000 });
  });

  // The regional admin enrolls a venue: its id and name, and a one-time code for its hub.
  app.post('/api/region/venues', requirePermission('region.enroll'), async (c) => {
    const body = await readJson(c, NewVenueSchema, { id: 'Lokasi baru', en: 'New venue' }, 16 * 1024);
    if (await ctx.store.venueExists(body.id)) throw venueExists(body.id);
    const code = newToken(ctx.random, 16);
    const at = now();
    const expiresAt = new Date(at.getTime() + CODE_MS);
    await ctx.store.createVenue(body.id, body.name, tokenHash(code), c.get('user').username, at, expiresAt);
    ctx.log.info('region.venue-created', { venue: body.id, by: c.get('user').username });
    return c.json({ id: body.id, name: body.name, code, expiresAt: expiresAt.toISOString(), caFingerprint: ctx.tls.caFingerprint }, 201);
  });

  venueAdminRoutes(app, ctx);

  app.get('/api/region/users', requirePermission('region.users.read'), async (c) => c.json({ users: await ctx.users.list() }));

  app.post('/api/region/users', requirePermission('region.users'), async (c) => {
    const body = await readJson(c, NewUserSchema, { id: 'Pengguna wilayah', en: 'Regional user' }, 16 * 1024);
    await ctx.users.put(body.username, body.role, body.password, now());
    ctx.log.info('region.user-saved', { username: body.username, role: body.role, by: c.get('user').username });
    return c.json({ username: body.username, role: body.role }, 201);
  });
}

/** 16 digits in a row anywhere in a push (a NIK-like number, or a long decimal read as fewer digits). */
const SIXTEEN_DIGITS = /\d{16}/;

/**
 * The push's bytes, to be stored as the venue sent them, when that is the same as storing what was
 * checked: the body is exactly the value the checks saw (UTF-8, read by JSON.parse, accepted as it is),
 * no event was refused, and no 16-digit run appears anywhere (a number's literal digits beyond what a
 * double keeps are then never stored unseen). Otherwise undefined: the checked events are serialized.
 */
function asSent(body: JsonAsSent<unknown>, checked: CheckedPush): Uint8Array | undefined {
  if (!body.bytes || checked.refused.length > 0 || SIXTEEN_DIGITS.test(body.text)) return undefined;
  return body.bytes;
}

/** Login on /api except the public paths (health, login, join) and the venue's push and rotation (its own key). */
export const REGION_PUBLIC = new Set(['/api/health', '/api/login', '/api/region/join', '/api/region/push', '/api/region/rotate']);
