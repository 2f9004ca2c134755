import WebSocket from 'ws';
import { AgentLink, type LinkOptions } from '../../agent/link/link.js';
import { memoryKeyStore } from '../../agent/link/keystore.js';
import type { Notice } from '../../agent/link/notices.js';
import type { HubMessage } from '../../protocol/agent.js';

/** Polls `predicate` until it holds (real sockets need real time); fails with `what` after `timeoutMs`. */
export async function until(predicate: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface TestAgent {
  link: AgentLink;
  notices: Notice[];
  keys: ReturnType<typeof memoryKeyStore>;
  rechecks: string[];
}

/** A real AgentLink with keys in memory, recording what it would print. */
export function testAgent(hubUrl: string, options: Partial<LinkOptions> & Pick<LinkOptions, 'id'>): TestAgent {
  const notices: Notice[] = [];
  const rechecks: string[] = [];
  const keys = memoryKeyStore();
  const link = new AgentLink({
    hubUrl,
    role: 'client',
    placement: { serverId: null, roomId: null, seat: null },
    keys,
    agent: { version: 'test' },
    backoff: { baseMs: 50, maxMs: 500 },
    onNotice: (n) => notices.push(n),
    onRecheck: (id) => rechecks.push(id),
    ...options,
  });
  return { link, notices, keys, rechecks };
}

/** A bare WebSocket speaking to /ws/agent, for frames no real agent would send. */
export async function rawAgent(hubUrl: string): Promise<{
  ws: WebSocket;
  messages: HubMessage[];
  closed: Promise<{ code: number; reason: string }>;
  sendJson(value: unknown): void;
  next(type: HubMessage['type']): Promise<HubMessage>;
}> {
  const ws = new WebSocket(hubUrl.replace(/^http/, 'ws') + '/ws/agent');
  const messages: HubMessage[] = [];
  ws.on('message', (data, isBinary) => {
    if (!isBinary) messages.push(JSON.parse(String(data)) as HubMessage);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let seen = 0;
  return {
    ws,
    messages,
    closed,
    sendJson: (value) => ws.send(JSON.stringify(value)),
    async next(type) {
      let found: HubMessage | undefined;
      await until(() => {
        const i = messages.findIndex((m, idx) => idx >= seen && m.type === type);
        if (i >= 0) {
          found = messages[i];
          seen = i + 1;
        }
        return found !== undefined;
      }, `hub message ${type}`);
      return found!;
    },
  };
}
