import { createAdaptorServer, type ServerType } from '@hono/node-server';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocketServer } from 'ws';
import { AppError } from '../protocol/errors.js';
import { cryptoRandom, systemClock, type Clock, type RandomSource } from '../protocol/ports.js';
import { createApp } from './app.js';
import { WS_BEARER_PREFIX } from './auth/middleware.js';
import type { PasswordCost } from './auth/passwords.js';
import { UserStore } from './auth/users.js';
import type { HubContext } from './context.js';
import { ChangeFeed } from './changes.js';
import { CronJobs } from './cron.js';
import { MIGRATIONS } from './db/migrations.js';
import { loadHubKeys, type HubKeys } from './db/keys.js';
import { openDb } from './db/open.js';
import { markRunning } from './db/running.js';
import { AuditLog } from './exam/audit/store.js';
import type { Feature, HubApp } from './feature.js';
import type { MachineFileJudge } from './captures/feature.js';
import { createFeatures } from './features.js';
import { createLogger, type Logger } from './log.js';
import { Settings } from './settings.js';
import { ensureTls } from './tls/index.js';
import { plainHttpServer } from './tls/redirect.js';

/** Largest WebSocket frame the hub accepts; a full readiness report is ~20 KB. */
export const WS_MAX_PAYLOAD = 256 * 1024;

/**
 * Pending connections the kernel may queue for the hub (capped by the system's somaxconn, 4096 on
 * Linux 5.4+). With 1024, 10,000 agents reconnecting after a restart overflowed it: dropped
 * connections were retried by the kernel after 1, 3, 7, 15 s and the last agent was back after ~40 s;
 * with 4096, after 10-13 s (bench/hub).
 */
export const LISTEN_BACKLOG = 4096;

export interface HubOptions {
  port?: number;
  host?: string;
  dbPath: string;
  dashboardDir?: string;
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  random?: RandomSource;
  log?: Logger;
  features?: Feature[];
  /** Judges uploaded machine files (old-PC captures, snapshots); cli/ passes the agent's (server/ never imports agent/). */
  judgeMachineFile?: MachineFileJudge;
  /**
   * HTTPS/WSS with the hub's own CA, kept in `dir` (a `tls` folder beside the database); `port` is
   * then the HTTPS port and `httpPort` (when given) a plain-HTTP port that only redirects, serves the
   * CA certificate and /api/health. Without it the hub speaks plain HTTP (tests, development).
   */
  tls?: { dir: string; names?: string[]; httpPort?: number };
  /** scrypt cost of new password hashes (default: OWASP's); tests lower it for speed. */
  passwordCost?: PasswordCost;
}

export interface Hub {
  url: string;
  port: number;
  /** With TLS: the CA (certificate and fingerprint) and the plain-HTTP redirect port when one listens. */
  tls?: { caPem: string; caFingerprint: string; httpPort?: number; httpUrl?: string };
  ctx: HubContext;
  /** The HTTP app, for the route walk of the permission test. */
  app: HubApp;
  close(): Promise<void>;
}

/** Where the built dashboard is, whether we run from dist/ or from sources under test. */
export function defaultDashboardDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return basename(dirname(here)) === 'dist' ? join(here, '..', 'dashboard') : join(here, '..', 'dist', 'dashboard');
}

/** Opens the database, starts every feature, and listens. Resolves once the port is bound. */
export async function startHub(options: HubOptions): Promise<Hub> {
  const log = options.log ?? createLogger();
  const clock = options.clock ?? systemClock;
  const random = options.random ?? cryptoRandom;
  const closers: Array<() => void | Promise<void>> = [];
  const db = openDb(options.dbPath === ':memory:' ? ':memory:' : resolve(options.dbPath), MIGRATIONS);
  const cron = new CronJobs(log);
  let keys: HubKeys;
  try {
    keys = loadHubKeys(options.dbPath === ':memory:' ? ':memory:' : resolve(options.dbPath), db, random);
  } catch (err) {
    db.close();
    throw err;
  }
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: WS_MAX_PAYLOAD,
    perMessageDeflate: false,
    // Browsers send the token as a `bearer.<token>` subprotocol; never echo that one back.
    handleProtocols: (protocols) => [...protocols].find((p) => !p.startsWith(WS_BEARER_PREFIX)) ?? false,
  });
  const ctx: HubContext = {
    config: {
      port: options.port ?? 8080,
      host: options.host ?? '0.0.0.0',
      dbPath: options.dbPath,
      dashboardDir: options.dashboardDir ?? defaultDashboardDir(),
      env: options.env ?? process.env,
    },
    db,
    clock,
    random,
    log,
    users: new UserStore(db, clock, random, options.passwordCost),
    keys,
    audit: new AuditLog(db, clock, { key: keys.auditKey, fromSeq: keys.auditKeyedFromSeq }),
    settings: new Settings(db),
    cron,
    changes: new ChangeFeed(),
    wss,
    notices: [],
    onClose: (fn) => closers.push(fn),
  };

  const tls = options.tls ? await ensureTls(options.tls.dir, options.tls.names ? { names: options.tls.names } : {}) : undefined;
  if (tls) {
    ctx.config.tls = { caFingerprint: tls.caFingerprint, dir: resolve(options.tls!.dir) };
    log.info(tls.issued ? 'tls.certificate-issued' : 'tls.certificate-kept', {
      fingerprint: tls.caFingerprint,
      names: tls.names.join(' '),
    });
  }

  const features = options.features ?? createFeatures(options.judgeMachineFile ? { judgeMachineFile: options.judgeMachineFile } : {});
  try {
    for (const feature of features) await feature.start?.(ctx);
  } catch (err) {
    await cron.stopAll();
    db.close();
    throw err;
  }
  const app = createApp(ctx, features);

  let server: ServerType;
  const address = await new Promise<AddressInfo>((resolveListen, rejectListen) => {
    server = tls
      ? createAdaptorServer({
          fetch: app.fetch,
          hostname: ctx.config.host,
          websocket: { server: wss },
          createServer: createHttpsServer,
          // The CA follows the server certificate, so a client that pinned the CA can check the chain.
          serverOptions: { key: tls.keyPem, cert: tls.certPem + tls.caPem, minVersion: 'TLSv1.2' },
        })
      : createAdaptorServer({ fetch: app.fetch, hostname: ctx.config.host, websocket: { server: wss } });
    for (const feature of features) feature.attach?.(server, ctx);
    server.once('error', (err: NodeJS.ErrnoException) => {
      rejectListen(
        err.code === 'EADDRINUSE'
          ? new AppError(
              'port-in-use',
              {
                id: `Port ${ctx.config.port} sudah dipakai program lain. Hentikan program itu atau pakai --port lain.`,
                en: `Port ${ctx.config.port} is already in use. Stop that program or use another --port.`,
              },
              { exitCode: 5 },
            )
          : err,
      );
    });
    // A deep accept queue: after a hub restart a whole venue reconnects within seconds, and
    // connections beyond a full queue are dropped by the kernel and retried only after 1, 3, 7 s.
    server.listen({ port: ctx.config.port, host: ctx.config.host, backlog: LISTEN_BACKLOG }, () =>
      resolveListen(server.address() as AddressInfo),
    );
  }).catch(async (err: unknown) => {
    await cron.stopAll();
    db.close();
    throw err;
  });

  const shownHost = ctx.config.host === '0.0.0.0' || ctx.config.host === '::' ? '127.0.0.1' : ctx.config.host;
  const hostPart = shownHost.includes(':') ? `[${shownHost}]` : shownHost;
  const url = `${tls ? 'https' : 'http'}://${hostPart}:${address.port}`;
  let plain: import('node:http').Server | undefined;
  let httpPort: number | undefined;
  if (tls && options.tls?.httpPort !== undefined) {
    plain = plainHttpServer(tls, () => address.port);
    httpPort = await new Promise<number>((done, fail) => {
      plain!.once('error', (err: NodeJS.ErrnoException) =>
        fail(
          err.code === 'EADDRINUSE'
            ? new AppError(
                'port-in-use',
                {
                  id: `Port HTTP ${options.tls!.httpPort} sudah dipakai program lain. Hentikan program itu atau pakai --http-port lain.`,
                  en: `HTTP port ${options.tls!.httpPort} is already in use. Stop that program or use another --http-port.`,
                },
                { exitCode: 5 },
              )
            : err,
        ),
      );
      plain!.listen({ port: options.tls!.httpPort, host: ctx.config.host }, () => done((plain!.address() as AddressInfo).port));
    }).catch(async (err: unknown) => {
      await new Promise<void>((done) => server.close(() => done()));
      await cron.stopAll();
      db.close();
      throw err;
    });
  }
  // `<db>.pid`: `siapcat restore` refuses to replace the database of a running hub.
  if (options.dbPath !== ':memory:') closers.unshift(markRunning(resolve(options.dbPath), clock.now()));
  log.info('hub.listening', { url, db: options.dbPath, ...(tls ? { caFingerprint: tls.caFingerprint, httpPort } : {}) });

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await cron.stopAll();
      // Stop accepting first: agents whose sockets are cut reconnect at once, and must be refused
      // (and back off) rather than queue in the listen backlog of a hub that is shutting down.
      const closed = new Promise<void>((done) => server.close(() => done()));
      plain?.close();
      plain?.closeAllConnections();
      for (const client of wss.clients) client.terminate();
      wss.close();
      if ('closeAllConnections' in server) server.closeAllConnections();
      await closed;
      for (const fn of closers.reverse()) {
        try {
          await fn();
        } catch (err) {
          log.error('hub.close-hook-failed', { error: (err as Error).message });
        }
      }
      db.close();
      log.info('hub.closed');
    })());

  const tlsInfo = tls
    ? {
        caPem: tls.caPem,
        caFingerprint: tls.caFingerprint,
        ...(httpPort !== undefined ? { httpPort, httpUrl: `http://${hostPart}:${httpPort}` } : {}),
      }
    : undefined;
  return { url, port: address.port, ctx, app, close, ...(tlsInfo ? { tls: tlsInfo } : {}) };
}
