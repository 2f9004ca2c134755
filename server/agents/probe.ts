import WebSocket from 'ws';
import type { AgentConn } from './connection.js';

/**
 * The hub's side of the LAN throughput probe: on `probe.request {bytes}` it streams that many
 * bytes as binary frames of 64 KiB, then sends `probe.done`; the agent times request to done.
 * At most `maxActive` probes run at once (the hub's uplink is shared: concurrent probes would
 * measure each other), others get `probe.busy` with a time to retry. Sending waits whenever the
 * socket's buffer passes a high-water mark, so a probe never grows the hub's memory.
 */
export const PROBE_CHUNK = 64 * 1024;
const HIGH_WATER = 1024 * 1024;
const PAYLOAD = Buffer.alloc(PROBE_CHUNK, 0x5a);

export class ProbeSender {
  private active = 0;

  constructor(
    private readonly maxActive = 4,
    private readonly retryAfterMs: () => number = () => 1000 + Math.floor(Math.random() * 2000),
  ) {}

  get running(): number {
    return this.active;
  }

  start(conn: AgentConn, probeId: string, bytes: number, onError: (err: Error) => void): void {
    if (this.active >= this.maxActive) {
      conn.send({ type: 'probe.busy', probeId, retryAfterMs: this.retryAfterMs() });
      return;
    }
    this.active++;
    streamBytes(conn.ws, bytes)
      .then((complete) => {
        if (complete) conn.send({ type: 'probe.done', probeId, bytes });
      })
      .catch(onError)
      .finally(() => {
        this.active--;
      });
  }
}

/** Streams `bytes` as binary frames; false when the socket closed first. */
export async function streamBytes(ws: WebSocket, bytes: number): Promise<boolean> {
  let sent = 0;
  while (sent < bytes) {
    if (ws.readyState !== WebSocket.OPEN) return false;
    const n = Math.min(PROBE_CHUNK, bytes - sent);
    const written = new Promise<void>((resolve) =>
      ws.send(n === PROBE_CHUNK ? PAYLOAD : PAYLOAD.subarray(0, n), { binary: true }, () => resolve()),
    );
    sent += n;
    if (ws.bufferedAmount > HIGH_WATER) await written;
  }
  return ws.readyState === WebSocket.OPEN;
}
