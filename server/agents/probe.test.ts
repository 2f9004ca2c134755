import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import type { AgentConn } from './connection.js';
import { PROBE_CHUNK, ProbeSender, probeDeadlineMs, streamBytes, type UnansweredProbe } from './probe.js';

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
    new ProbeSender({ maxActive: 4 }).start(conn, 'p1', 3 * PROBE_CHUNK + 10, () => undefined);
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
    const sender = new ProbeSender({ maxActive: 1 }, () => 1500);
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

  it('frees the slot of a probe whose socket never drains once its deadline passes, and says so', async () => {
    const stuck = fakeSocket(true);
    const sender = new ProbeSender({ maxActive: 1, graceMs: 30, minMbps: 1000 }, () => 1500);
    const unanswered: UnansweredProbe[] = [];
    sender.start(
      stuck.conn,
      'p1',
      4 * 1024 * 1024,
      () => undefined,
      (p) => unanswered.push(p),
    );
    // A second request on the same connection, while its probe runs, is told busy (one slot per PC).
    sender.start(stuck.conn, 'p1b', 1024 * 1024, () => undefined);
    expect(stuck.frames.at(-1)).toBe(JSON.stringify({ type: 'probe.busy', probeId: 'p1b', retryAfterMs: 1500 }));
    await new Promise((r) => setTimeout(r, 30 + 34 + 100));
    expect(unanswered).toEqual([{ probeId: 'p1', bytes: 4 * 1024 * 1024, sentBytes: 0, ms: expect.any(Number) }]);
    expect(unanswered[0]!.ms).toBeGreaterThanOrEqual(probeDeadlineMs(4 * 1024 * 1024, { graceMs: 30, minMbps: 1000 }) - 5);
    expect(sender.running).toBe(0);
    const next = fakeSocket(false);
    sender.start(next.conn, 'p2', 2 * PROBE_CHUNK, () => undefined);
    await new Promise((r) => setTimeout(r, 10));
    expect(next.frames.at(-1)).toBe(JSON.stringify({ type: 'probe.done', probeId: 'p2', bytes: 2 * PROBE_CHUNK }));
    expect(sender.running).toBe(0);
  });

  it('gives a probe 10 s plus its bytes at 2 Mbit/s by default', () => {
    expect(probeDeadlineMs(16 * 1024 * 1024, { graceMs: 10_000, minMbps: 2 })).toBe(10_000 + 67_109);
  });
});
