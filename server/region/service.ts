import { createAdaptorServer, type ServerType } from '@hono/node-server';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { AppError } from '../../protocol/errors.js';
import { cryptoRandom, systemClock, type Clock, type RandomSource } from '../../protocol/ports.js';
import { newToken, bearerFrom } from '../auth/tokens.js';
import type { HubEnv } from '../feature.js';
import { handleError, notFound, unauthorized } from '../http/errors.js';
import { noStore, securityHeaders } from '../http/headers.js';
import { ensureTls, type TlsIdentity } from '../tls/index.js';
import { createLogger, type Logger } from '../log.js';
import type { RegionContext } from './context.js';
import { REGION_PUBLIC, regionRoutes } from './routes.js';
import { serveRegionDashboard } from './static.js';
import { RegionStore } from './store.js';
import { RegionUsers } from './users.js';

export interface RegionOptions {
  pg: string;
  port?: number;
  host?: string;
  /** Folder of the region's own CA and certificate (created at first start). */
  tlsDir: string;
  /** Host names and addresses the certificate names (default localhost and 127.0.0.1). */
  names?: string[];
  dashboardDir?: string;
  staleAfterMs?: number;
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  random?: RandomSource;
  log?: Logger;
  poolSize?: number;
}

export interface Region {
  url: string;
  port: number;
  tls: TlsIdentity;
  ctx: RegionContext;
  /** What the person who started it must be told (a first admin password). */
  notices: Array<{ id: string; en: string }>;
  /** Every route the API registered, as "METHOD pattern" (the contract tests check them all). */
  routes: string[];
  close(): Promise<void>;
}

export const DEFAULT_STALE_AFTER_MS = 60_000;

/** Seeds the first regional admin: SIAPCAT_REGION_ADMIN_PASSWORD, else a generated password printed once. */
async function seedAdmin(users: RegionUsers, env: NodeJS.ProcessEnv, random: RandomSource, now: Date) {
  if ((await users.count()) > 0) return [];
  const given = env.SIAPCAT_REGION_ADMIN_PASSWORD;
  const password = given && given.length >= 8 ? given : newToken(random, 12);
  await users.put('admin', 'regional-admin', password, now);
  if (given === password) return [];
  return [
    {
      id: `Admin wilayah dibuat: pengguna admin, kata sandi ${password} (sekali tampil; ganti dengan SIAPCAT_REGION_ADMIN_PASSWORD).`,
      en: `Regional admin created: user admin, password ${password} (shown once; set SIAPCAT_REGION_ADMIN_PASSWORD instead).`,
    },
  ];
}

/** `siapcat region`: migrations, the HTTPS API and the regional dashboard. Resolves once listening. */
export async function startRegion(options: RegionOptions): Promise<Region> {
  const log = options.log ?? createLogger();
  const clock = options.clock ?? systemClock;
  const random = options.random ?? cryptoRandom;
  const host = options.host ?? '0.0.0.0';
  const names = options.names ?? ['localhost', '127.0.0.1'];
  const tls = await ensureTls(options.tlsDir, { commonName: 'SiapCAT Regional CA', names });
  let store: RegionStore;
  try {
    store = await RegionStore.open(options.pg, options.poolSize);
  } catch (err) {
    throw new AppError(
      'pg-connect',
      {
        id: `PostgreSQL wilayah tidak bisa dipakai (${(err as Error).message}). Periksa alamat --pg, pengguna dan kata sandinya.`,
        en: `Cannot use the regional PostgreSQL (${(err as Error).message}). Check the --pg address, user and password.`,
      },
      { exitCode: 4, cause: err },
    );
  }
  const users = new RegionUsers(store, random);
  const listeners = new Set<() => void>();
  const ctx: RegionContext = {
    store,
    users,
    tls,
    clock,
    random,
    log,
    staleAfterMs: options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS,
    changed: () => listeners.forEach((fn) => fn()),
  };
  const notices = await seedAdmin(users, options.env ?? process.env, random, clock.now());

  const app = new Hono<HubEnv>();
  app.onError(handleError(log));
  app.use('*', securityHeaders());
  app.use('/api/*', async (c, next) => {
    if (REGION_PUBLIC.has(c.req.path)) return next();
    const token = bearerFrom(c.req.header('authorization'));
    const user = token ? await users.authenticate(token, clock.now()) : undefined;
    if (!user) throw unauthorized();
    c.set('user', user);
    return next();
  });
  app.use('/api/*', noStore());
  regionRoutes(app, ctx);
  app.all('/api/*', notFound);
  if (options.dashboardDir) serveRegionDashboard(app, options.dashboardDir);

  let server: ServerType;
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server = createAdaptorServer({
      fetch: app.fetch,
      createServer: createHttpsServer,
      serverOptions: { key: tls.keyPem, cert: tls.certPem + tls.caPem, minVersion: 'TLSv1.2' },
    });
    // Hubs keep their connection between pushes (every 15 s at least): idle sockets live 30 s, so a
    // hub never sends on a socket the region is just closing (which fails that push as ECONNRESET).
    const http = server as unknown as { keepAliveTimeout: number; headersTimeout: number };
    http.keepAliveTimeout = 30_000;
    http.headersTimeout = 35_000;
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new AppError(
              'port-in-use',
              {
                id: `Port ${options.port} sudah dipakai program lain. Pakai --port lain.`,
                en: `Port ${options.port} is already in use. Use another --port.`,
              },
              { exitCode: 5 },
            )
          : err,
      ),
    );
    server.listen({ port: options.port ?? 8443, host }, () => resolve(server.address() as AddressInfo));
  }).catch(async (err: unknown) => {
    await store.close();
    throw err;
  });
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const url = `https://${shown}:${address.port}`;
  log.info('region.listening', { url, ca: tls.caFingerprint });
  let closing: Promise<void> | undefined;
  return {
    url,
    port: address.port,
    tls,
    ctx,
    notices,
    routes: app.routes.map((r) => `${r.method} ${r.path}`),
    close: () =>
      (closing ??= (async () => {
        const closed = new Promise<void>((done) => server.close(() => done()));
        if ('closeAllConnections' in server) server.closeAllConnections();
        await closed;
        await store.close();
        log.info('region.closed');
      })()),
  };
}
