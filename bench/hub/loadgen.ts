import { createSecureContext, type SecureContext } from 'node:tls';
import WebSocket from 'ws';
import { fullJitter } from '../../agent/link/backoff.js';
import { serve } from './ipc.js';

/**
 * The load generator (its own process, so its CPU is not the server's): N agents, each one
 * WebSocket. Against the hub they speak the agent protocol (hello with the token, then with the
 * key the hub issued; heartbeats); against the raw server they send the same heartbeat frames.
 * Each agent beats once per second, the N phases spread evenly over the second. A dropped agent
 * reconnects with exponential backoff and full jitter (the agent link's own function).
 */
interface Agent {
  id: string;
  ws: WebSocket | undefined;
  key: string | undefined;
  welcomed: boolean;
  attempt: number;
}

const HEARTBEAT = JSON.stringify({ type: 'heartbeat', v: 1 });
let agents: Agent[] = [];
let mode: 'raw' | 'hub' = 'raw';
let url = '';
let token = '';
let stopping = false;
let sent = 0;
let lastWelcomeAt = 0;
let beating: ReturnType<typeof setInterval> | undefined;

/**
 * Over WSS this one process makes every agent's client-side TLS handshake (certificate checks
 * against the CA, key exchange) on the cores the hub under test also uses; each of 10,000 real PCs
 * does its own. Unbounded, 10,000 of them at once starve this process until their own timeouts
 * fire and they start again: a collapse of the load generator, not of the hub. So at most
 * TLS_IN_FLIGHT handshakes are open here at a time, the rest wait their turn (in order), and the CA
 * is parsed once into one TLS context shared by all agents.
 */
const TLS_IN_FLIGHT = 100;
/** Over WSS: the hub's CA, which agents verify the hub against, as installed agents pin it. */
let secureContext: SecureContext | undefined;
let inFlight = 0;
const waiting: Agent[] = [];

function connect(a: Agent): void {
  if (secureContext && inFlight >= TLS_IN_FLIGHT) {
    waiting.push(a);
    return;
  }
  if (secureContext) inFlight++;
  let settled = !secureContext;
  const settle = () => {
    if (settled) return;
    settled = true;
    inFlight--;
    const next = waiting.shift();
    if (next && !stopping) connect(next);
  };
  const ws = new WebSocket(url, { perMessageDeflate: false, handshakeTimeout: 30_000, ...(secureContext ? { secureContext } : {}) });
  a.ws = ws;
  ws.on('upgrade', settle);
  ws.on('close', settle);
  ws.on('open', () => {
    if (mode === 'raw') {
      a.welcomed = true;
      a.attempt = 0;
      lastWelcomeAt = Date.now();
      return;
    }
    ws.send(
      JSON.stringify({
        type: 'hello',
        v: 1,
        id: a.id,
        role: 'client',
        ...(a.key ? { key: a.key } : { token }),
        agent: { version: 'bench' },
      }),
    );
  });
  ws.on('message', (data) => {
    const m = JSON.parse(String(data)) as { type: string; key?: string };
    if (m.type === 'welcome') {
      if (m.key) a.key = m.key;
      a.welcomed = true;
      a.attempt = 0;
      lastWelcomeAt = Date.now();
    }
  });
  ws.on('error', () => undefined);
  ws.on('close', () => {
    if (a.ws !== ws) return;
    a.welcomed = false;
    if (!stopping) setTimeout(() => connect(a), fullJitter(a.attempt++, Math.random));
  });
}

function startBeats(): void {
  const slots = 100;
  let slot = 0;
  beating = setInterval(() => {
    for (let i = slot; i < agents.length; i += slots) {
      const a = agents[i]!;
      if (a.welcomed && a.ws?.readyState === WebSocket.OPEN) {
        a.ws.send(HEARTBEAT);
        sent++;
      }
    }
    slot = (slot + 1) % slots;
  }, 10);
}

const welcomedCount = () => agents.reduce((n, a) => n + (a.welcomed ? 1 : 0), 0);

async function waitAll(timeoutMs: number): Promise<{ all: boolean; welcomed: number; lastWelcomeAt: number }> {
  const deadline = Date.now() + timeoutMs;
  while (welcomedCount() < agents.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return { all: welcomedCount() === agents.length, welcomed: welcomedCount(), lastWelcomeAt };
}

serve({
  /**
   * Adds n agents, opened in batches (500 per 50 ms, as PCs switched on across a venue), then
   * waits until every agent is in.
   */
  async open(args: { n: number; mode: 'raw' | 'hub'; url: string; token: string; prefix?: string; ca?: string }) {
    stopping = false;
    mode = args.mode;
    url = args.url;
    token = args.token;
    secureContext = args.ca ? createSecureContext({ ca: args.ca }) : undefined;
    const from = agents.length;
    const prefix = args.prefix ?? 'PC';
    for (let i = 0; i < args.n; i++) {
      agents.push({ id: `${prefix}-${String(from + i + 1).padStart(5, '0')}`, ws: undefined, key: undefined, welcomed: false, attempt: 0 });
    }
    // Agents beat from their welcome on, as real ones do (else the hub rightly drops the silent).
    if (beating === undefined) startBeats();
    for (let i = from; i < agents.length; i += 500) {
      for (const a of agents.slice(i, i + 500)) connect(a);
      await new Promise((r) => setTimeout(r, 50));
    }
    return waitAll(120_000);
  },
  sent: () => sent,
  /** Until every agent is welcomed again (after a hub restart, on the same port). */
  waitAll: (args: { timeoutMs: number }) => waitAll(args.timeoutMs),
  welcomed: () => welcomedCount(),
  close() {
    stopping = true;
    clearInterval(beating);
    beating = undefined;
    waiting.length = 0;
    for (const a of agents) a.ws?.terminate();
    agents = [];
    sent = 0;
    return true;
  },
});
