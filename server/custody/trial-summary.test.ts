import { describe, expect, it } from 'vitest';
import type { TrialResult, TrialThresholds } from '../../protocol/custody-responses.js';
import { median, summarize } from './trial-summary.js';
import { schedule, slotMs } from './trials.js';

const T: TrialThresholds = {
  checklist: { id: 'c', version: '1', sha256: 'x' },
  latencyFailAboveMs: 50,
  lossFailAbovePercent: 10,
  throughputMinMbps: 20,
};

const pc = (agentId: string, roomId: string, serverMs: number, mbps: number | null, over: Partial<TrialResult> = {}): TrialResult => ({
  agentId,
  role: 'client',
  roomId,
  serverId: 'S1',
  seat: 1,
  status: 'answered',
  pings: [{ target: 'server', host: 's', sent: 4, received: 4, lossPercent: 0, avgMs: serverMs, maxMs: serverMs }],
  throughputMbps: mbps,
  power: null,
  connectedAtEnd: true,
  ...over,
});

describe('trial summary', () => {
  it('takes medians per room and names the worst PCs, worst first, and those that did not answer', () => {
    const results = [
      pc('A', 'R1', 1, 900),
      pc('B', 'R1', 2, 800),
      pc('C', 'R1', 70, 700),
      pc('D', 'R2', 1, 5),
      pc('E', 'R2', 1, null, { status: 'no-answer', pings: [] }),
      pc('F', 'R2', 3, 600, { pings: [{ target: 'server', host: 's', sent: 4, received: 2, lossPercent: 50, avgMs: 3, maxMs: 3 }] }),
    ];
    const s = summarize(results, T, false);
    expect(s.rooms.map((r) => [r.id, r.expected, r.answered, r.medianServerMs, r.medianThroughputMbps])).toEqual([
      ['R1', 3, 3, 2, 800],
      ['R2', 3, 2, 2, 302.5],
    ]);
    expect(s.venue.worst.map((w) => [w.agentId, w.why.id])).toEqual([
      ['F', 'paket hilang 50% ke server'],
      ['C', 'ping 70 ms ke server'],
      ['D', 'throughput 5 Mbps (< 20)'],
    ]);
    expect(s.noAnswer).toEqual(['E']);
    expect(median([])).toBeNull();
  });

  it('spreads the probes in slots of `parallel`, ordered by server, room and seat', () => {
    const m = (id: string, roomId: string, seat: number) => ({ id, role: 'client', serverId: 'S1', roomId, seat });
    const plan = schedule([m('x', 'R2', 1), m('y', 'R1', 2), m('z', 'R1', 1), m('w', 'R1', 3), m('v', 'R1', 4)], 2, 8 * 1024 * 1024);
    expect(slotMs(8 * 1024 * 1024)).toBe(672);
    expect(plan.map((p) => [p.machine.id, p.afterMs])).toEqual([
      ['z', 0],
      ['y', 0],
      ['w', 672],
      ['v', 672],
      ['x', 1344],
    ]);
  });
});
