import { describe, expect, it } from 'vitest';
import type { MachineSummary } from '../../protocol/api.js';
import { Coalescer, type Batch, type Timers } from './coalescer.js';

/** Timers run by hand against a manual clock. */
function manualTimers() {
  let now = 0;
  const queue: Array<{ at: number; fn: () => void; id: number }> = [];
  let next = 1;
  const timers: Timers = {
    set(fn, ms) {
      const id = next++;
      queue.push({ at: now + ms, fn, id });
      return id;
    },
    clear(handle) {
      const i = queue.findIndex((t) => t.id === handle);
      if (i >= 0) queue.splice(i, 1);
    },
  };
  return {
    timers,
    now: () => now,
    advance(ms: number) {
      now += ms;
      for (;;) {
        queue.sort((a, b) => a.at - b.at);
        const due = queue[0];
        if (!due || due.at > now) break;
        queue.shift();
        due.fn();
      }
    },
  };
}

const summary = (id: string, verdict: MachineSummary['verdict']): MachineSummary => ({
  id,
  role: 'client',
  serverId: 'S1',
  roomId: null,
  seat: null,
  online: true,
  presence: 'online',
  lastSeenAt: null,
  verdict,
  refusal: null,
  checklist: null,
  reportedAt: null,
  failing: [],
});

function setup(maxMachines = 100) {
  const clock = manualTimers();
  const batches: Batch[] = [];
  const c = new Coalescer((b) => batches.push(b), { intervalMs: 500, maxMachines, now: clock.now, timers: clock.timers });
  return { c, clock, batches };
}

describe('Coalescer', () => {
  it('sends the first change at once, then at most one batch per interval', () => {
    const { c, clock, batches } = setup();
    c.add({ topics: ['machines'], machines: [summary('A', 'ready')] });
    clock.advance(0);
    expect(batches).toHaveLength(1);
    for (let i = 0; i < 450; i++) c.add({ topics: ['machines', 'readiness'], machines: [summary(`PC-${i % 50}`, 'ready')] });
    clock.advance(499);
    expect(batches).toHaveLength(1);
    clock.advance(1);
    expect(batches).toHaveLength(2);
    expect(batches[1]?.topics).toEqual(['machines', 'readiness']);
    expect(batches[1]?.machines).toHaveLength(50);
  });

  it('keeps the latest state of a machine changed twice, and merges sessions', () => {
    const { c, clock, batches } = setup();
    c.add({ topics: ['machines'], machines: [summary('A', 'ready')] });
    c.add({ topics: ['attendance'], machines: [summary('A', 'not-ready')], sessions: ['S1'] });
    clock.advance(0);
    expect(batches[0]).toEqual({ topics: ['machines', 'attendance'], machines: [summary('A', 'not-ready')], sessions: ['S1'] });
  });

  it('drops the summaries beyond the cap and keeps the machines topic so dashboards re-fetch', () => {
    const { c, clock, batches } = setup(3);
    c.add({ topics: ['readiness'], machines: ['A', 'B', 'C', 'D'].map((id) => summary(id, 'ready')) });
    c.add({ topics: ['readiness'], machines: [summary('E', 'ready')] });
    clock.advance(0);
    expect(batches[0]).toEqual({ topics: ['readiness', 'machines'], machines: [], sessions: [] });
  });

  it('sends nothing when nothing changed', () => {
    const { c, clock, batches } = setup();
    c.flush();
    clock.advance(10_000);
    expect(batches).toEqual([]);
  });
});
