import { upgradeWebSocket } from '@hono/node-server';
import WebSocket from 'ws';
import { AppError } from '../../protocol/errors.js';
import { LIVE_COALESCE_MS, LIVE_PATH, LIVE_SUBPROTOCOL, type LiveMessage } from '../../protocol/live.js';
import { authenticateHeaders, tokenFromHeaders } from '../auth/middleware.js';
import { requirePermission } from '../auth/permissions.js';
import type { HubContext } from '../context.js';
import type { HubApp } from '../feature.js';
import { unauthorized } from '../http/errors.js';
import { Coalescer, realTimers, type Batch } from './coalescer.js';

export interface LiveOptions {
  coalesceMs: number;
  /** A dashboard socket with more than this queued is dropped (it reconnects and re-fetches). */
  maxBufferedBytes: number;
  /** Ping period; a socket that has not answered the previous ping is dropped. */
  pingMs: number;
  /** Machine summaries per message at most; beyond it dashboards re-fetch. */
  maxMachines: number;
}

export const DEFAULT_LIVE_OPTIONS: LiveOptions = {
  coalesceMs: LIVE_COALESCE_MS,
  maxBufferedBytes: 1024 * 1024,
  pingMs: 30_000,
  maxMachines: 500,
};

interface Viewer {
  ws: WebSocket;
  user: string;
  /** The login the socket was opened with: when it ends (logout, user deleted or changed), the socket is closed. */
  token: string;
  alive: boolean;
}

/** Close code for a live socket whose login ended: the dashboard asks for a new login instead of reconnecting. */
export const LIVE_LOGIN_ENDED = 4401;

/**
 * The dashboard channel of protocol/live.ts: hub -> browser only. Changes from the feed are
 * coalesced once for everyone, serialised once, and written to each socket unless that socket
 * has fallen behind, in which case it is dropped instead of buffered for.
 */
export class LiveHub {
  private readonly viewers = new Set<Viewer>();
  private readonly coalescer: Coalescer;
  private seq = 0;
  private pinger: ReturnType<typeof setInterval> | undefined;
  private unsubscribe: (() => void) | undefined;
  private unsubscribeUsers: (() => void) | undefined;
  dropped = 0;

  constructor(
    private readonly ctx: HubContext,
    private readonly options: LiveOptions = DEFAULT_LIVE_OPTIONS,
  ) {
    this.coalescer = new Coalescer((batch) => this.broadcast(batch), {
      intervalMs: options.coalesceMs,
      maxMachines: options.maxMachines,
      now: () => Date.now(),
      timers: realTimers,
    });
  }

  start(): void {
    this.unsubscribe = this.ctx.changes.subscribe((change) => this.coalescer.add(change));
    this.unsubscribeUsers = this.ctx.users.onSessionsEnded(() => this.closeEnded());
    this.pinger = setInterval(() => this.ping(), this.options.pingMs);
    this.pinger.unref();
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribeUsers?.();
    this.coalescer.stop();
    clearInterval(this.pinger);
    for (const v of this.viewers) v.ws.terminate();
    this.viewers.clear();
  }

  get count(): number {
    return this.viewers.size;
  }

  add(ws: WebSocket, user: string, token: string): void {
    const viewer: Viewer = { ws, user, token, alive: true };
    this.viewers.add(viewer);
    ws.on('pong', () => {
      viewer.alive = true;
    });
    ws.on('close', () => this.viewers.delete(viewer));
    ws.on('error', () => this.viewers.delete(viewer));
    // Browsers never send on this channel; anything they do send is ignored.
    const hello: LiveMessage = { type: 'live.hello', v: 1, user };
    ws.send(JSON.stringify(hello));
  }

  private broadcast(batch: Batch): void {
    const message: LiveMessage = { type: 'live.changed', v: 1, seq: ++this.seq, ...batch };
    const text = JSON.stringify(message);
    for (const viewer of this.viewers) {
      if (viewer.ws.readyState !== WebSocket.OPEN) continue;
      if (viewer.ws.bufferedAmount > this.options.maxBufferedBytes) {
        this.drop(viewer, 'slow');
        continue;
      }
      viewer.ws.send(text);
    }
  }

  /** Closes the sockets whose login is no longer valid (logged out, user deleted or changed, expired). */
  private closeEnded(): void {
    for (const viewer of this.viewers) {
      if (this.ctx.users.authenticate(viewer.token)) continue;
      this.viewers.delete(viewer);
      this.ctx.log.info('live.login-ended', { user: viewer.user });
      viewer.ws.close(LIVE_LOGIN_ENDED, 'login ended');
      // A client that does not answer the close handshake is cut after a second.
      setTimeout(() => viewer.ws.terminate(), 1000).unref();
    }
  }

  private ping(): void {
    this.closeEnded();
    for (const viewer of this.viewers) {
      if (!viewer.alive) {
        this.drop(viewer, 'no-pong');
        continue;
      }
      viewer.alive = false;
      viewer.ws.ping();
    }
  }

  private drop(viewer: Viewer, why: string): void {
    this.viewers.delete(viewer);
    this.dropped++;
    this.ctx.log.warn('live.dropped', { user: viewer.user, why, buffered: viewer.ws.bufferedAmount });
    viewer.ws.terminate();
  }
}

/** GET /ws/live: login (the `bearer.<token>` subprotocol) and the `siapcat.live.v1` subprotocol are checked before the upgrade. */
export function liveRoute(app: HubApp, context: HubContext, live: LiveHub): void {
  app.get(
    LIVE_PATH,
    (c, next) => {
      const user = authenticateHeaders(context.users, { get: (name) => c.req.header(name) });
      if (!user) throw unauthorized();
      c.set('user', user);
      return next();
    },
    requirePermission('live.view'),
    (c, next) => {
      const offered = (c.req.header('sec-websocket-protocol') ?? '').split(',').map((p) => p.trim());
      if (!offered.includes(LIVE_SUBPROTOCOL)) {
        throw new AppError('live-protocol', {
          id: `Saluran langsung memerlukan subprotokol ${LIVE_SUBPROTOCOL}. Muat ulang dasbor.`,
          en: `The live channel needs the ${LIVE_SUBPROTOCOL} subprotocol. Reload the dashboard.`,
        });
      }
      return next();
    },
    upgradeWebSocket((c) => ({
      onOpen: (_event, ws) =>
        live.add(ws.raw as unknown as WebSocket, c.get('user').username, tokenFromHeaders({ get: (name) => c.req.header(name) }) ?? ''),
    })),
  );
}
