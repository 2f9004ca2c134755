import type { AgentMessage, AgentMessageType } from '../../protocol/agent.js';
import type { AgentConn } from './connection.js';
import type { AgentHub } from './service.js';

export interface HandlerContext {
  hub: AgentHub;
  conn: AgentConn;
}

interface Handler<T extends AgentMessageType> {
  /** Needs a completed hello (an authenticated agent) first. */
  authenticated: boolean;
  handle(message: Extract<AgentMessage, { type: T }>, c: HandlerContext): void;
}

/**
 * Every agent message type and what the hub does with it. Decoding, the hello gate, liveness and
 * error handling happen once, in the channel's dispatch; a handler only does its own work.
 */
export const HANDLERS: { [T in AgentMessageType]: Handler<T> } = {
  hello: { authenticated: false, handle: (m, c) => c.hub.hello(c.conn, m) },
  report: { authenticated: true, handle: (m, c) => c.hub.report(c.conn, m.seq, m.report) },
  // Liveness is recorded for every frame by the dispatcher; a heartbeat carries nothing else.
  heartbeat: { authenticated: true, handle: () => undefined },
  'probe.request': {
    authenticated: true,
    handle: (m, c) =>
      c.hub.probes.start(
        c.conn,
        m.probeId,
        m.bytes,
        (err) => c.hub.ctx.log.warn('agents.probe-failed', { agent: c.conn.agentId, error: err.message }),
        // It stopped reading: its slot is already free; the PC is recorded as not answering and
        // dropped (shown missing; a working agent reconnects and asks again).
        (p) => {
          c.hub.ctx.log.warn('agents.probe-unanswered', { agent: c.conn.agentId, remote: c.conn.remote, ...p });
          c.conn.ws.terminate();
        },
      ),
  },
  // Handed to whoever runs trials (server/custody, through AgentHub.onTrialResult); ignored otherwise.
  'trial.result': { authenticated: true, handle: (m, c) => c.hub.trialResult?.(c.conn.agentId!, m) },
};

export const AGENT_MESSAGE_TYPES = Object.keys(HANDLERS) as AgentMessageType[];
