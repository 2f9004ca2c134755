import type { MachineSummary } from '../../../protocol/api.js';
import { LIVE_PATH, LIVE_SUBPROTOCOL, LiveMessageSchema, type LiveTopic } from '../../../protocol/live.js';
import { backoffDelay } from './backoff.js';

/** The part of the browser's WebSocket the live client uses (tests pass their own). */
export interface SocketLike {
  onopen: ((ev: Event) => void) | null;
  onmessage: ((ev: MessageEvent) => void) | null;
  onclose: ((ev: CloseEvent) => void) | null;
  onerror: ((ev: Event) => void) | null;
  close(code?: number, reason?: string): void;
}

export type SocketFactory = (url: string, protocols: string[]) => SocketLike;

/** idle: not started (logged out); connecting; open; waiting: closed, retrying after a delay. */
export type LiveStatus = 'idle' | 'connecting' | 'open' | 'waiting';

export type LiveEvent =
  | { type: 'changed'; topics: readonly LiveTopic[]; machines: readonly MachineSummary[]; sessions: readonly string[] }
  /** The connection came back: changes may have been missed, re-fetch what is shown. */
  | { type: 'resync' }
  | { type: 'status'; status: LiveStatus };

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface LiveOptions {
  url: string;
  token: () => string | undefined;
  socket?: SocketFactory;
  timers?: Timers;
  random?: () => number;
  baseMs?: number;
  maxMs?: number;
  /** Called when a connection closed before it ever opened: the hub may have refused the token. */
  onRefused?: () => void;
}

export const BEARER_PREFIX = 'bearer.';

/** ws://host/ws/live (wss on https) for the page's own origin. */
export function liveUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${LIVE_PATH}`;
}

/**
 * The dashboard's end of the live channel (protocol/live.ts): offers the subprotocols
 * `siapcat.live.v1` and `bearer.<token>`, validates every frame, reconnects with backoff and
 * full jitter, and after a reconnect asks listeners to re-fetch (a `resync`).
 */
export class LiveClient {
  #status: LiveStatus = 'idle';
  #socket: SocketLike | undefined;
  #timer: unknown;
  #attempt = 0;
  #everOpened = false;
  #running = false;
  readonly #listeners = new Set<(event: LiveEvent) => void>();
  readonly #socketFactory: SocketFactory;
  readonly #timers: Timers;
  readonly #random: () => number;

  constructor(private readonly options: LiveOptions) {
    this.#socketFactory = options.socket ?? ((url, protocols) => new WebSocket(url, protocols));
    this.#timers = options.timers ?? {
      set: (fn, ms) => setTimeout(fn, ms),
      clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
    this.#random = options.random ?? Math.random;
  }

  get status(): LiveStatus {
    return this.#status;
  }

  /** Connects (when logged in) and keeps reconnecting until stop(). */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#attempt = 0;
    this.#connect();
  }

  stop(): void {
    this.#running = false;
    this.#everOpened = false;
    this.#timers.clear(this.#timer);
    this.#timer = undefined;
    const socket = this.#socket;
    this.#socket = undefined;
    if (socket) {
      socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
      socket.close(1000, 'logout');
    }
    this.#setStatus('idle');
  }

  /** Skip the remaining wait (the browser came back online, the page became visible). */
  retryNow(): void {
    if (this.#running && this.#status === 'waiting') {
      this.#timers.clear(this.#timer);
      this.#connect();
    }
  }

  on(listener: (event: LiveEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #connect(): void {
    this.#timer = undefined;
    const token = this.options.token();
    if (!token) {
      this.stop();
      return;
    }
    this.#setStatus('connecting');
    let opened = false;
    let socket: SocketLike;
    try {
      socket = this.#socketFactory(this.options.url, [LIVE_SUBPROTOCOL, BEARER_PREFIX + token]);
    } catch {
      this.#scheduleReconnect();
      return;
    }
    this.#socket = socket;
    socket.onopen = () => {
      opened = true;
      this.#attempt = 0;
      this.#setStatus('open');
      if (this.#everOpened) this.#emit({ type: 'resync' });
      this.#everOpened = true;
    };
    socket.onmessage = (ev) => this.#receive(ev.data);
    socket.onerror = () => {
      /* followed by close */
    };
    socket.onclose = () => {
      if (this.#socket !== socket) return;
      this.#socket = undefined;
      if (!opened) this.options.onRefused?.();
      if (this.#running) this.#scheduleReconnect();
    };
  }

  #scheduleReconnect(): void {
    if (!this.#running) return;
    const delay = backoffDelay(this.#attempt++, this.#random, this.options.baseMs, this.options.maxMs);
    this.#setStatus('waiting');
    this.#timer = this.#timers.set(() => this.#connect(), delay);
  }

  #receive(data: unknown): void {
    if (typeof data !== 'string') return;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return; // not ours: ignored rather than breaking the page
    }
    const parsed = LiveMessageSchema.safeParse(json);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.type === 'live.changed') {
      this.#emit({ type: 'changed', topics: message.topics, machines: message.machines, sessions: message.sessions ?? [] });
    }
  }

  #setStatus(status: LiveStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    this.#emit({ type: 'status', status });
  }

  #emit(event: LiveEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (err) {
        console.error('live listener failed', err);
      }
    }
  }
}
