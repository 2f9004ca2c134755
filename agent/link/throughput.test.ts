import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProbeClient } from './throughput.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function client() {
  const sent: Array<{ probeId: string; bytes: number }> = [];
  let now = 0;
  const c = new ProbeClient(
    (m) => sent.push(m),
    '10.0.0.1',
    () => 0,
    () => now,
  );
  return { c, sent, setNow: (t: number) => (now = t) };
}

describe('ProbeClient', () => {
  it('times the request until done and computes Mbit/s from the bytes received', async () => {
    const { c, sent, setNow } = client();
    const result = c.measure(1_000_000, 10_000);
    expect(sent[0]?.bytes).toBe(1_000_000);
    c.received(Buffer.alloc(600_000));
    c.received(Buffer.alloc(400_000));
    setNow(80);
    c.done(sent[0]!.probeId);
    expect(await result).toMatchObject({ throughputMbps: 100, bytes: 1_000_000, ms: 80, host: '10.0.0.1' });
  });

  it('asks again after the time a busy hub gives, and counts only the answered attempt', async () => {
    const { c, sent, setNow } = client();
    const result = c.measure(500_000, 10_000);
    c.busy(sent[0]!.probeId, 2000);
    await vi.advanceTimersByTimeAsync(1999);
    expect(sent).toHaveLength(1);
    setNow(2000);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(2);
    c.received(Buffer.alloc(500_000));
    setNow(2040);
    c.done(sent[1]!.probeId);
    expect(await result).toMatchObject({ throughputMbps: 100, ms: 40 });
  });

  it('gives null on timeout and on a dropped link, and runs one probe at a time', async () => {
    const { c } = client();
    const first = c.measure(1000, 5000);
    expect(await c.measure(1000, 5000)).toBeNull();
    await vi.advanceTimersByTimeAsync(5000);
    expect(await first).toBeNull();
    const second = c.measure(1000, 5000);
    c.cancelAll();
    expect(await second).toBeNull();
  });
});
