import WebSocket from 'ws';
import {
  AGENT_PATH,
  AGENT_PROTOCOL_VERSION,
  HEARTBEAT_FRAME,
  HUB_MESSAGE_TYPES,
  HubMessageSchema,
  type AgentMessage,
  type HubMessage,
  type HubMessageOf,
  type Placement,
  type TrialResultMessage,
  type Welcome,
} from '../../protocol/agent.js';
import type { ReadinessReport, Role } from '../../protocol/check.js';
import { isAppError } from '../../protocol/errors.js';
import { decodeFrame } from '../../protocol/frames.js';
import { fullJitter } from './backoff.js';
import type { KeyStore } from './keystore.js';
import { notices, type Notice } from './notices.js';
import { Outbox } from './outbox.js';
import { ProbeClient, type LinkThroughput } from './throughput.js';

export interface LinkOptions {
  hubUrl: string;
  id: string;
  role: Role;
  placement: Placement;
  token?: string;
  /** The hub's CA (PEM), pinned by fingerprint (see pin.ts): the only anchor trusted for wss://. */
  ca?: string;
  keys: KeyStore;
  agent: { version: string; platform?: string; host?: string; serial?: string };
  addresses?: string[];
  random?: () => number;
  backoff?: { baseMs: number; maxMs: number };
  /** Reports kept while the hub is unreachable. */
  maxBuffered?: number;
  /** Unacknowledged reports are sent again after this long on an open link. */
  resendAfterMs?: number;
  onNotice?: (notice: Notice) => void;
  onRecheck?: (requestId: string) => void;
  /** The hub asks for a network trial or a power reading; the agent answers with `sendTrialResult`. */
  onTrial?: (request: HubMessageOf<'trial.run'>) => void;
  onWelcome?: (welcome: Welcome) => void;
}

type Outgoing = AgentMessage extends infer M ? (M extends AgentMessage ? Omit<M, 'v'> : never) : never;
export type LinkState = 'idle' | 'connecting' | 'open' | 'waiting' | 'stopped';

/** The ws:// address of a hub's agent channel, from what people type (http://host:port). */
export function agentSocketUrl(hubUrl: string): string {
  const url = new URL(hubUrl);
  url.protocol = url.protocol === 'https:' || url.protocol === 'wss:' ? 'wss:' : 'ws:';
  url.pathname = AGENT_PATH;
  url.search = '';
  return url.toString();
}

/**
 * An agent's link to the hub: hello with its key (or the venue token the first time), numbered
 * reports replayed until acknowledged, heartbeats, commands, and reconnection with exponential
 * backoff and full jitter. It never throws into its caller: every problem becomes a Notice.
 */
export class AgentLink {
  state: LinkState = 'idle';
  welcome: Welcome | undefined;
  /** Where the hub last said this PC is. */
  placement: Placement;
  private ws: WebSocket | undefined;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private beatTimer: ReturnType<typeof setInterval> | undefined;
  private lastPong = 0;
  private minRetryMs = 0;
  private readonly outbox: Outbox<ReadinessReport>;
  private readonly sentAt = new Map<number, number>();
  private readonly random: () => number;
  readonly probes: ProbeClient;
  private readonly url: string;

  constructor(private readonly options: LinkOptions) {
    this.url = agentSocketUrl(options.hubUrl);
    this.random = options.random ?? Math.random;
    this.placement = options.placement;
    this.outbox = new Outbox(options.maxBuffered ?? 100, options.keys.load().nextSeq);
    this.probes = new ProbeClient((m) => this.send(m), new URL(options.hubUrl).hostname, this.random);
  }

  get pending(): number {
    return this.outbox.size;
  }

  start(): void {
    if (this.state !== 'idle') return;
    this.connect();
  }

  /** Closes the link for good; buffered reports stay unsent. */
  stop(): void {
    this.state = 'stopped';
    clearTimeout(this.retryTimer);
    clearInterval(this.beatTimer);
    this.probes.cancelAll();
    this.ws?.close(1000, 'agent stopping');
    this.ws?.terminate();
  }

  /** Queues a report (numbered, kept until acknowledged) and sends it now if the link is open. */
  submit(report: ReadinessReport): number {
    const { seq, dropped } = this.outbox.add(report);
    this.saveSeq();
    if (dropped > 0) this.notify(notices.dropped(dropped));
    if (this.state === 'open') this.sendReport(seq, report);
    return seq;
  }

  /** Measures throughput from the hub over this link (null when the link is down or the hub too busy). */
  measureThroughput(bytes: number, timeoutMs = 20_000): Promise<LinkThroughput | null> {
    if (this.state !== 'open') return Promise.resolve(null);
    return this.probes.measure(bytes, timeoutMs);
  }

  private connect(): void {
    if (this.state === 'stopped') return;
    this.state = 'connecting';
    const ws = new WebSocket(this.url, {
      handshakeTimeout: 10_000,
      perMessageDeflate: false,
      maxPayload: 1024 * 1024,
      ...(this.options.ca ? { ca: this.options.ca } : {}),
    });
    this.ws = ws;
    let opened = false;
    let failure = '';
    ws.on('open', () => {
      opened = true;
      this.lastPong = Date.now();
      const { key } = this.options.keys.load();
      this.send({
        type: 'hello',
        id: this.options.id,
        role: this.options.role,
        ...this.placementFlags(),
        ...(key ? { key } : {}),
        ...(this.options.token ? { token: this.options.token } : {}),
        agent: this.options.agent,
        addresses: this.options.addresses ?? [],
      });
    });
    ws.on('message', (data, isBinary) => {
      if (isBinary) this.probes.received(data as Buffer);
      else this.receive(String(data));
    });
    ws.on('pong', () => {
      this.lastPong = Date.now();
    });
    ws.on('error', (err) => {
      failure = (err as NodeJS.ErrnoException).code ?? err.message;
    });
    ws.on('close', (code) => {
      if (this.ws !== ws) return;
      clearInterval(this.beatTimer);
      this.probes.cancelAll();
      this.welcome = undefined;
      if (this.state === 'stopped') return;
      const delay = Math.max(
        this.minRetryMs,
        fullJitter(this.attempt++, this.random, this.options.backoff?.baseMs, this.options.backoff?.maxMs),
      );
      this.minRetryMs = 0;
      this.notify(opened ? notices.closed(code, delay) : notices.unreachable(this.options.hubUrl, failure || `code ${code}`, delay));
      this.state = 'waiting';
      this.retryTimer = setTimeout(() => this.connect(), delay);
    });
  }

  /**
   * What this PC was told on its command line, sent at every hello: the hub decides (an admin's
   * placement wins), and a client waiting for a full server keeps asking for that server.
   */
  private placementFlags() {
    const p = this.options.placement;
    return { serverId: p.serverId, roomId: p.roomId, seat: p.seat };
  }

  private receive(text: string): void {
    let message: HubMessage;
    try {
      message = decodeFrame(HubMessageSchema, text, {
        version: AGENT_PROTOCOL_VERSION,
        types: HUB_MESSAGE_TYPES,
        maxBytes: 256 * 1024,
        what: { id: 'Pesan hub', en: 'Hub message' },
      });
    } catch (err) {
      if (isAppError(err)) this.notify(notices.badFrame(err.text));
      return;
    }
    this.handlers[message.type](message as never);
  }

  private readonly handlers: { [T in HubMessage['type']]: (m: HubMessageOf<T>) => void } = {
    welcome: (m) => this.onWelcome(m),
    ack: (m) => {
      this.outbox.ack(m.seq);
      for (const seq of this.sentAt.keys()) if (seq <= m.seq) this.sentAt.delete(seq);
    },
    refused: (m) => {
      this.notify(notices.refused(m));
      if (m.retryAfterMs !== undefined) this.minRetryMs = m.retryAfterMs;
    },
    recheck: (m) => this.options.onRecheck?.(m.requestId),
    placed: (m) => {
      this.placement = m.placement;
      this.notify(notices.placed(m.placement));
      if (m.refusal) this.notify(notices.refused(m.refusal));
    },
    'probe.done': (m) => this.probes.done(m.probeId),
    'probe.busy': (m) => this.probes.busy(m.probeId, m.retryAfterMs),
    'trial.run': (m) => this.options.onTrial?.(m),
  };

  /** Answers a `trial.run` (dropped when the link is down: the trial then counts this PC as not answering). */
  sendTrialResult(result: Omit<TrialResultMessage, 'v' | 'type'>): boolean {
    if (this.state !== 'open') return false;
    this.send({ type: 'trial.result', ...result });
    return true;
  }

  private onWelcome(w: Welcome): void {
    this.outbox.syncWith(w.lastSeq);
    this.saveKeys(w.key ?? this.options.keys.load().key);
    this.welcome = w;
    this.placement = w.placement;
    this.attempt = 0;
    this.state = 'open';
    this.notify(notices.connected(w, w.key !== undefined));
    if (w.refusal) this.notify(notices.refused(w.refusal));
    this.options.onWelcome?.(w);
    for (const { seq, item } of this.outbox.pending()) this.sendReport(seq, item);
    clearInterval(this.beatTimer);
    this.beatTimer = setInterval(() => this.beat(w.heartbeatMs), w.heartbeatMs);
    this.beatTimer.unref?.();
  }

  private beat(heartbeatMs: number): void {
    const ws = this.ws;
    if (!ws || this.state !== 'open') return;
    if (Date.now() - this.lastPong > 3 * heartbeatMs) {
      ws.terminate();
      return;
    }
    if (ws.readyState === WebSocket.OPEN) ws.send(HEARTBEAT_FRAME);
    ws.ping();
    const resendAfter = this.options.resendAfterMs ?? 30_000;
    for (const { seq, item } of this.outbox.pending()) {
      const at = this.sentAt.get(seq);
      if (at === undefined || Date.now() - at > resendAfter) this.sendReport(seq, item);
    }
  }

  private sendReport(seq: number, report: ReadinessReport): void {
    this.sentAt.set(seq, Date.now());
    this.send({ type: 'report', seq, report });
  }

  private send(message: Outgoing): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify({ ...message, v: AGENT_PROTOCOL_VERSION }));
  }

  private saveSeq(): void {
    this.saveKeys(this.options.keys.load().key);
  }

  private saveKeys(key: string | undefined): void {
    try {
      this.options.keys.save({ ...(key ? { key } : {}), nextSeq: this.outbox.nextSeq });
    } catch (err) {
      if (isAppError(err)) this.notify({ level: 'error', code: err.code, text: err.text });
    }
  }

  private notify(notice: Notice): void {
    this.options.onNotice?.(notice);
  }
}
