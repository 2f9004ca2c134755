import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import type { AgentConn } from './connection.js';
import { PROBE_CHUNK, ProbeSender, streamBytes } from './probe.js';

/** A socket whose writes complete at once (`stuck` false) or never drain (`stuck` true). */
function fakeSocket(stuck: boolean) {
  const frames: Array<number | string> = [];
  const ws = {
    readyState: WebSocket.OPEN as number,
    bufferedAmount: 0,
    send(data: Buffer | string, opts: unknown, cb?: () => void) {
      if (typeof opts === 'function') cb = opts as () => void;
      frames.push(typeof data === 'string' ? data : data.length);
      if (stuck) ws.bufferedAmount += typeof data === 'string' ? data.length : data.length;
      else cb?.();
    },
  };
  const conn = { ws, send: (m: object) => frames.push(JSON.stringify(m)) } as unknown as AgentConn;
  return { ws, conn, frames };
}

describe('ProbeSender', () => {
  it('streams the bytes asked for in 64 KiB frames, then says done', async () => {
    const { conn, frames } = fakeSocket(false);
    new ProbeSender(4).start(conn, 'p1', 3 * PROBE_CHUNK + 10, () => undefined);
    await new Promise((r) => setTimeout(r, 10));
    expect(frames).toEqual([
      PROBE_CHUNK,
      PROBE_CHUNK,
      PROBE_CHUNK,
      10,
      JSON.stringify({ type: 'probe.done', probeId: 'p1', bytes: 3 * PROBE_CHUNK + 10 }),
    ]);
  });

  it('answers busy beyond its running limit, and stops writing to a socket that does not drain', async () => {
    const stuck = fakeSocket(true);
    const sender = new ProbeSender(1, () => 1500);
    sender.start(stuck.conn, 'p1', 8 * 1024 * 1024, () => undefined);
    await new Promise((r) => setTimeout(r, 10));
    // It stopped at the 1 MiB high-water mark instead of queueing all 8 MiB.
    expect(stuck.ws.bufferedAmount).toBeLessThanOrEqual(1024 * 1024 + PROBE_CHUNK);
    expect(sender.running).toBe(1);
    const other = fakeSocket(false);
    sender.start(other.conn, 'p2', 1024 * 1024, () => undefined);
    expect(other.frames).toEqual([JSON.stringify({ type: 'probe.busy', probeId: 'p2', retryAfterMs: 1500 })]);
  });

  it('gives up when the socket closes mid-probe', async () => {
    // As in ws: a write on a closing socket calls back (with an error) at once.
    const pending: Array<() => void> = [];
    const ws: { readyState: number; bufferedAmount: number; send: (d: unknown, o: unknown, cb: () => void) => void } = {
      readyState: WebSocket.OPEN,
      bufferedAmount: 2 * 1024 * 1024,
      send: (_d: unknown, _o: unknown, cb: () => void) => pending.push(cb),
    };
    const done = streamBytes(ws as unknown as WebSocket, 4 * 1024 * 1024);
    ws.readyState = WebSocket.CLOSED;
    for (const cb of pending) cb();
    expect(await done).toBe(false);
  });
});
