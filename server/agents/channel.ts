import type { RawData, WebSocket } from 'ws';
import { AGENT_MAX_FRAME, AGENT_PROTOCOL_VERSION, AgentMessageSchema, HEARTBEAT_FRAME, type AgentMessage } from '../../protocol/agent.js';
import { AppError, isAppError } from '../../protocol/errors.js';
import { decodeFrame } from '../../protocol/frames.js';
import { storageError } from '../db/storage-errors.js';
import { AgentConn } from './connection.js';
import { AGENT_MESSAGE_TYPES, HANDLERS } from './handlers.js';
import type { AgentHub } from './service.js';

/** Refusals after which the hub closes the connection; any other refusal leaves it open. */
const FATAL = new Set(['wrong-version', 'bad-token', 'bad-key', 'duplicate-id', 'hello-first', 'hello-timeout']);
const WHAT = { id: 'Pesan agen', en: 'Agent message' };

const helloFirst = () =>
  new AppError('hello-first', {
    id: 'Agen harus mengirim hello lebih dulu. Perbarui agen SiapCAT di PC ini.',
    en: 'The agent must send hello first. Update the SiapCAT agent on this PC.',
  });

const binaryFrame = () =>
  new AppError('binary-frame', {
    id: 'Hub hanya menerima pesan teks JSON dari agen; pesan biner diabaikan.',
    en: 'The hub only accepts JSON text messages from agents; the binary message was ignored.',
  });

/** The agent's heartbeat, byte for byte: recognised without parsing (see HEARTBEAT_FRAME). */
const HEARTBEAT_BYTES = Buffer.from(HEARTBEAT_FRAME, 'utf8');

/** The frame as one Buffer (ws hands text frames over as a Buffer; the other shapes for completeness). */
function bufferOf(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

/**
 * Runs one agent socket: a hello deadline, then every frame through `dispatch`. Nothing an agent
 * sends can throw out of here: bad frames become refusals, bugs become a logged `internal`.
 */
export function attachAgentSocket(hub: AgentHub, ws: WebSocket, remote: string): AgentConn {
  const conn = new AgentConn(ws, remote);
  conn.helloTimer = setTimeout(() => {
    if (!conn.agentId)
      refuse(
        hub,
        conn,
        new AppError('hello-timeout', {
          id: `Agen tidak mengirim hello dalam ${Math.round(hub.options.helloTimeoutMs / 1000)} detik; koneksi ditutup.`,
          en: `The agent sent no hello within ${Math.round(hub.options.helloTimeoutMs / 1000)} seconds; the connection was closed.`,
        }),
      );
  }, hub.options.helloTimeoutMs);
  conn.helloTimer.unref?.();
  // Until the agent is in (and while any of its frames still wait), frames go through the
  // admission queue in order, ahead of handshakes not yet done; afterwards straight to dispatch
  // (heartbeats are cheap).
  ws.on('message', (data, isBinary) => {
    if (conn.agentId && conn.queued === 0) {
      dispatch(hub, conn, data, isBinary);
      return;
    }
    conn.queued++;
    hub.admission.runSoon(() => {
      conn.queued--;
      if (!conn.closed) dispatch(hub, conn, data, isBinary);
    });
  });
  ws.on('pong', () => {
    conn.lastPongMs = Date.now();
  });
  ws.on('error', (err) => {
    hub.ctx.log.warn('agents.socket-error', { agent: conn.agentId, remote, error: err.message });
  });
  ws.on('close', (code) => {
    try {
      // 1000 is the agent's own goodbye (agent/link/link.ts closes so when it stops).
      hub.disconnected(conn, code === 1000);
    } catch (err) {
      hub.ctx.log.error('agents.internal', { agent: conn.agentId, error: (err as Error).message });
    }
  });
  return conn;
}

export function dispatch(hub: AgentHub, conn: AgentConn, data: RawData, isBinary: boolean): void {
  if (hub.closing) return;
  // The frame every admitted agent sends every few seconds: its bytes say all there is (a heartbeat
  // carries nothing but liveness), so it skips JSON and the schema. Before hello it takes the long way
  // and is refused there.
  try {
    if (!isBinary && conn.agentId && Buffer.isBuffer(data) && data.equals(HEARTBEAT_BYTES)) {
      hub.touch(conn);
      return;
    }
    if (isBinary) throw binaryFrame();
    const bytes = bufferOf(data);
    const message: AgentMessage = decodeFrame(AgentMessageSchema, bytes.length > AGENT_MAX_FRAME ? '' : bytes.toString('utf8'), {
      version: AGENT_PROTOCOL_VERSION,
      types: AGENT_MESSAGE_TYPES,
      maxBytes: AGENT_MAX_FRAME,
      what: WHAT,
      bytes: bytes.length,
    });
    const handler = HANDLERS[message.type];
    if (handler.authenticated && !conn.agentId) throw helloFirst();
    hub.touch(conn);
    (handler.handle as (m: AgentMessage, c: { hub: AgentHub; conn: AgentConn }) => void)(message, { hub, conn });
  } catch (err) {
    refuse(hub, conn, err);
  }
}

function refuse(hub: AgentHub, conn: AgentConn, err: unknown): void {
  const storage = storageError(err, hub.ctx.config.dbPath);
  if (storage) {
    // Not acknowledged, so the agent keeps the report and sends it again later.
    hub.ctx.log.error('db.storage', { agent: conn.agentId, code: storage.code, error: (err as Error).message });
    conn.refuse(storage, false);
    return;
  }
  if (isAppError(err)) {
    const fatal = FATAL.has(err.code);
    hub.ctx.log.warn('agents.refused', { agent: conn.agentId, remote: conn.remote, code: err.code, fatal, reason: err.text.en });
    conn.refuse(err, fatal, err.code === 'duplicate-id' ? 10_000 : undefined);
    return;
  }
  hub.ctx.log.error('agents.internal', { agent: conn.agentId, error: (err as Error).message, stack: (err as Error).stack });
  conn.refuse(
    new AppError('internal', {
      id: 'Hub mengalami galat saat memproses pesan ini. Agen akan mengirim ulang; bila berulang, laporkan ke tim TI.',
      en: 'The hub hit an error processing this message. The agent will resend; if it repeats, report it to IT.',
    }),
    false,
  );
}
