import { z } from 'zod/mini';
import { AppError } from '../../protocol/errors.js';
import { LoginRequestSchema, type LoginResponse, type Me } from '../../protocol/api.js';
import type { HubContext } from '../context.js';
import type { Feature } from '../feature.js';
import { readJson } from '../http/json.js';
import { MIN_PASSWORD } from '../../protocol/users.js';
import { userRoutes } from './user-routes.js';
import { LoginThrottle } from './throttle.js';
import { SqliteThrottleStore } from './throttle-store.js';
import { remoteAddress } from '../http/remote.js';
import { newToken, bearerFrom } from './tokens.js';
import { actionsOf, publicRoute, requirePermission } from './permissions.js';

const SetupRequestSchema = z.object({
  setupToken: z.string().check(z.minLength(8), z.maxLength(200)),
  password: z.string().check(z.minLength(8), z.maxLength(256)),
});

/** Minimum password length (environment, setup, users). */
export { MIN_PASSWORD };

/**
 * Seeds the admin on an empty database: from SIAPCAT_ADMIN_PASSWORD, or else a one-time setup
 * token printed to the hub's terminal and exchanged for the admin password via POST /api/setup.
 */
export async function seedAdmin(ctx: HubContext): Promise<{ setupToken?: string }> {
  if (ctx.users.count() > 0) return {};
  const password = ctx.config.env.SIAPCAT_ADMIN_PASSWORD;
  if (password && password.length >= MIN_PASSWORD) {
    await ctx.users.setPassword('admin', password);
    ctx.log.info('auth.admin-seeded', { username: 'admin' });
    return {};
  }
  if (password) {
    ctx.log.warn('auth.admin-password-too-short', { min: MIN_PASSWORD });
  }
  const setupToken = newToken(ctx.random, 18);
  ctx.log.warn('auth.setup-required', { setupToken });
  return { setupToken };
}

export function authFeature(state: { setupToken?: string } = {}): Feature {
  let throttle: LoginThrottle | undefined;
  let counters: SqliteThrottleStore | undefined;
  return {
    name: 'auth',
    async start(ctx) {
      counters = new SqliteThrottleStore(ctx.db);
      throttle = new LoginThrottle(counters);
      Object.assign(state, await seedAdmin(ctx));
      if (state.setupToken) {
        ctx.notices.push({
          id: `Belum ada admin. Buka dasbor dan masukkan token penyiapan ${state.setupToken} dengan kata sandi admin baru (atau mulai hub dengan SIAPCAT_ADMIN_PASSWORD).`,
          en: `No admin yet. Open the dashboard and enter the setup token ${state.setupToken} with a new admin password (or start the hub with SIAPCAT_ADMIN_PASSWORD).`,
        });
      }
      ctx.cron.add('auth.sweep-sessions', '17 * * * *', () => {
        ctx.users.sweepExpired();
        counters?.sweep(ctx.clock.now().getTime() - 3600_000);
      });
    },
    routes(app, ctx) {
      app.get('/api/health', publicRoute(), (c) =>
        c.json({
          ok: true,
          setupRequired: state.setupToken !== undefined,
          // The CA fingerprint people compare with the one printed at the hub's start before trusting it.
          ...(ctx.config.tls ? { tls: { caFingerprint: ctx.config.tls.caFingerprint } } : {}),
        }),
      );

      app.post('/api/login', publicRoute(), async (c) => {
        const body = await readJson(c, LoginRequestSchema, { id: 'Data masuk', en: 'Login' });
        const now = ctx.clock.now().getTime();
        const address = remoteAddress(c);
        const limits = throttle ?? new LoginThrottle(new SqliteThrottleStore(ctx.db));
        if (limits.locked(body.username, address, now)) {
          throw new AppError(
            'login-locked',
            {
              id: 'Terlalu banyak percobaan masuk yang salah dari akun atau komputer ini. Tunggu 5 menit lalu coba lagi.',
              en: 'Too many wrong login attempts for this account or from this computer. Wait 5 minutes and try again.',
            },
            { status: 429 },
          );
        }
        const session = await ctx.users.login(body.username, body.password);
        if (!session) {
          limits.failed(body.username, address, now);
          ctx.log.warn('auth.login-failed', { username: body.username.slice(0, 64), address });
          throw new AppError(
            'bad-credentials',
            { id: 'Nama pengguna atau kata sandi salah.', en: 'Wrong username or password.' },
            { status: 401 },
          );
        }
        limits.succeeded(body.username);
        ctx.log.info('auth.login', { username: session.user.username, address });
        const response: LoginResponse = {
          token: session.token,
          username: session.user.username,
          expiresAt: session.expiresAt,
        };
        return c.json(response);
      });

      app.post('/api/setup', publicRoute(), async (c) => {
        const body = await readJson(c, SetupRequestSchema, { id: 'Data penyiapan', en: 'Setup' });
        if (state.setupToken === undefined || ctx.users.count() > 0) {
          throw new AppError(
            'setup-done',
            {
              id: 'Admin sudah dibuat. Masuk dengan akun admin.',
              en: 'The admin already exists. Log in with the admin account.',
            },
            { status: 409 },
          );
        }
        if (body.setupToken !== state.setupToken) {
          throw new AppError(
            'bad-setup-token',
            {
              id: 'Token penyiapan salah. Lihat token di terminal tempat hub dijalankan.',
              en: 'Wrong setup token. Read the token in the terminal where the hub runs.',
            },
            { status: 401 },
          );
        }
        delete state.setupToken;
        await ctx.users.setPassword('admin', body.password);
        ctx.log.info('auth.admin-created', { username: 'admin' });
        const session = await ctx.users.login('admin', body.password);
        return c.json({ token: session!.token, username: 'admin', expiresAt: session!.expiresAt } satisfies LoginResponse, 201);
      });

      // Who am I, and what I may do (the dashboard hides what the role may not do; the routes still check).
      app.get('/api/me', requirePermission('session.self'), (c) =>
        c.json({ ...c.get('user'), actions: actionsOf(c.get('user').role) } satisfies Me),
      );
      userRoutes(app, ctx);

      app.post('/api/logout', requirePermission('session.self'), (c) => {
        const token = bearerFrom(c.req.header('authorization'));
        if (token) ctx.users.logout(token);
        return c.body(null, 204);
      });
    },
  };
}
