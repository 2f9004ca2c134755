import WebSocket from 'ws';
import { AGENT_PROTOCOL_VERSION, CLOSE_CODES, type HubMessage } from '../../protocol/agent.js';
import type { AppError } from '../../protocol/errors.js';
import type { Role } from '../../protocol/check.js';

type Outgoing = HubMessage extends infer M ? (M extends HubMessage ? Omit<M, 'v'> : never) : never;

/** One agent's socket as the hub sees it: who it is once it said hello, and how to answer it. */
export class AgentConn {
  agentId: string | undefined;
  role: Role | undefined;
  /** The key issued on this connection has not been used yet (confirmed by the agent's next frame). */
  keyUnconfirmed = false;
  closed = false;
  /** Frames of this connection waiting in the admission queue. */
  queued = 0;
  /** When the last WebSocket pong arrived (Date.now() ms). */
  lastPongMs = 0;
  helloTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly ws: WebSocket,
    readonly remote: string,
  ) {}

  send(message: Outgoing): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    this.ws.send(JSON.stringify({ ...message, v: AGENT_PROTOCOL_VERSION }));
  }

  /** Sends the refusal; a fatal one also closes the connection (the agent retries later). */
  refuse(err: AppError, fatal: boolean, retryAfterMs?: number): void {
    const body = err.toBody();
    this.send({
      type: 'refused',
      code: body.code,
      message: body.message,
      en: body.en,
      fatal,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
    if (fatal) this.close(CLOSE_CODES.refused, body.code);
  }

  close(code: number, reason: string): void {
    if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) {
      this.ws.close(code, reason.slice(0, 100));
    }
  }
}
