import type { z } from 'zod/mini';
import type { TrialResultMessage } from '../../protocol/agent.js';
import type { DrillMarksSchema, TrialStartSchema } from '../../protocol/custody.js';
import type { Trial, TrialDetail, TrialResult } from '../../protocol/custody-responses.js';
import { durably } from '../db/open.js';
import type { Actor, CustodyDeps } from './deps.js';
import { notADrill, noAgentsOnline, notFound, trialRunning } from './errors.js';
import type { FleetMachine } from './ports.js';
import { summarize } from './trial-summary.js';

type Start = z.output<typeof TrialStartSchema>;
type Marks = z.output<typeof DrillMarksSchema>;

/** Each slot's length: the time one probe of `probeBytes` takes at 100 Mbit/s (the slowest LAN a client may have), at least 50 ms. */
export function slotMs(probeBytes: number): number {
  return Math.max(50, Math.ceil((probeBytes * 8) / 100_000));
}

/**
 * The throughput schedule: agents ordered by server, room and seat, `parallel` per slot (the hub's
 * probe limit), so no more than that many probes ever share the hub's link, and the agents of one
 * room follow one another. Pure.
 */
export function schedule(
  machines: readonly FleetMachine[],
  parallel: number,
  probeBytes: number,
): Array<{ machine: FleetMachine; afterMs: number }> {
  const slot = slotMs(probeBytes);
  const sorted = [...machines].sort(
    (a, b) =>
      (a.serverId ?? '\uffff').localeCompare(b.serverId ?? '\uffff') ||
      (a.roomId ?? '\uffff').localeCompare(b.roomId ?? '\uffff') ||
      (a.seat ?? Infinity) - (b.seat ?? Infinity) ||
      a.id.localeCompare(b.id),
  );
  return sorted.map((machine, i) => ({ machine, afterMs: Math.floor(i / Math.max(1, parallel)) * slot }));
}

export interface TrialTimings {
  /** Power drill: agents read their power source this long after T0 (the mains cut), so the switch has happened. */
  drillSettleMs: number;
  /** How long after its slot an agent may take to answer (pings, the probe's own timeout). */
  graceMs: number;
  /** Answers are written in one transaction at most this often. */
  flushMs: number;
}

/** trial.run messages sent per turn of the event loop. */
const SEND_BATCH = 100;

export const DEFAULT_TRIAL_TIMINGS: TrialTimings = { drillSettleMs: 5000, graceMs: 30_000, flushMs: 500 };

interface Running {
  id: number;
  expected: Set<string>;
  answered: Set<string>;
  buffer: Array<[string, TrialResultMessage]>;
  /**
   * The trial's per-PC results as they arrive (in the order `results()` reads them), so the record's
   * summary while it runs is computed from memory, not from 1,000 rows read and parsed on every poll.
   */
  results: TrialResult[];
  byAgent: Map<string, TrialResult>;
  /** The summary of `results` and how many had answered then: recomputed only after new answers. */
  summary?: { answered: number; value: ReturnType<typeof summarize> };
  deadline: ReturnType<typeof setTimeout>;
  flush: ReturnType<typeof setInterval>;
}

/**
 * Runs one trial at a time: asks every online agent at once (`trial.run` with its probe slot),
 * collects the answers in memory and writes them in batches, and completes the record when all
 * answered or the deadline passed (the rest: "tidak menjawab").
 */
export class TrialRunner {
  private current: Running | undefined;

  constructor(
    private readonly deps: CustodyDeps,
    private readonly timings: TrialTimings = DEFAULT_TRIAL_TIMINGS,
  ) {
    // A trial cut short by a hub restart is completed as it stands.
    for (const id of deps.trials.running()) durably(deps.db, () => deps.trials.finish(id, deps.clock.now().toISOString(), () => false));
  }

  get runningId(): number | undefined {
    return this.current?.id;
  }

  start(body: Start, actor: Actor): Trial {
    if (this.current) throw trialRunning(this.current.id);
    const machines = this.deps.ports.fleet.online();
    if (machines.length === 0) throw noAgentsOnline();
    const parallel = this.deps.ports.fleet.maxProbes;
    const network = body.kind === 'network';
    const plan = network
      ? schedule(machines, parallel, body.probeBytes)
      : machines.map((machine) => ({ machine, afterMs: this.timings.drillSettleMs }));
    const lastSlotMs = plan.reduce((m, p) => Math.max(m, p.afterMs), 0);
    const startedAt = this.deps.clock.now().toISOString();
    const id = durably(this.deps.db, () => {
      const trialId = this.deps.trials.create(
        {
          kind: body.kind,
          startedAt,
          startedBy: actor.username,
          probeBytes: network ? body.probeBytes : 0,
          schedule: { parallel, slotMs: network ? slotMs(body.probeBytes) : 0, lastSlotMs },
          thresholds: this.deps.ports.thresholds(),
          note: body.note,
          drill: network ? null : { gensetAt: null, mainsBackAt: null, outcome: null },
        },
        machines,
      );
      this.deps.ports.audit.append({
        actor: actor.username,
        action: 'custody.trial-started',
        subject: `trial:${trialId}`,
        data: { kind: body.kind, agents: machines.length, probeBytes: network ? body.probeBytes : 0, parallel, lastSlotMs },
      });
      return trialId;
    });
    const results = this.deps.trials.results(id);
    const run: Running = {
      id,
      expected: new Set(machines.map((m) => m.id)),
      answered: new Set(),
      buffer: [],
      results,
      byAgent: new Map(results.map((r) => [r.agentId, r])),
      deadline: setTimeout(() => this.onTimer('finish', () => this.finish()), lastSlotMs + this.timings.graceMs),
      flush: setInterval(() => this.onTimer('flush', () => this.flush()), this.timings.flushMs),
    };
    run.deadline.unref?.();
    run.flush.unref?.();
    this.current = run;
    this.send(run, plan, body);
    this.deps.log.info('custody.trial-started', { trial: id, kind: body.kind, agents: machines.length, lastSlotMs, by: actor.username });
    this.deps.changes.publish({ topics: ['custody'] });
    return this.trial(id);
  }

  /** An agent's answer: kept when it belongs to the running trial and is the agent's first. */
  onResult(agentId: string, message: TrialResultMessage): void {
    const run = this.current;
    if (!run || message.trialId !== run.id || !run.expected.has(agentId) || run.answered.has(agentId)) {
      this.deps.log.debug('custody.trial-result-ignored', { agent: agentId, trial: message.trialId });
      return;
    }
    run.answered.add(agentId);
    run.buffer.push([agentId, message]);
    const r = run.byAgent.get(agentId);
    if (r) Object.assign(r, { status: 'answered', pings: message.pings, throughputMbps: message.throughputMbps, power: message.power });
    if (run.answered.size === run.expected.size) this.finish();
  }

  /**
   * Sends each agent its `trial.run`, 100 per turn of the event loop (setImmediate between batches):
   * 1,000 WebSocket frames written in one go held the hub's loop for tens of milliseconds. The first
   * slot starts at 0 ms; a batch goes out within a millisecond or two of the one before.
   */
  private send(run: Running, plan: ReadonlyArray<{ machine: FleetMachine; afterMs: number }>, body: Start): void {
    const network = body.kind === 'network';
    const batch = (from: number) => {
      if (this.current !== run) return;
      for (const p of plan.slice(from, from + SEND_BATCH)) {
        this.deps.ports.fleet.send(p.machine.id, {
          type: 'trial.run',
          v: 1,
          trialId: run.id,
          kind: body.kind,
          probeBytes: network ? body.probeBytes : 0,
          probeAfterMs: p.afterMs,
        });
      }
      if (from + SEND_BATCH < plan.length) setImmediate(() => batch(from + SEND_BATCH));
    };
    batch(0);
  }

  /**
   * A timer's work: a write failing there (full or read-only disk) is logged, never thrown out of the
   * timer (that would end the hub). Unwritten answers stay buffered; a trial left running is
   * completed at the next start.
   */
  private onTimer(what: string, work: () => void): void {
    try {
      work();
    } catch (err) {
      this.deps.log.error('custody.trial-write-failed', { what, error: (err as Error).message });
    }
  }

  private flush(): void {
    const run = this.current;
    if (!run || run.buffer.length === 0) return;
    const batch = run.buffer.splice(0);
    try {
      this.deps.db.transaction(() => {
        for (const [agentId, m] of batch)
          this.deps.trials.answer(run.id, agentId, { pings: m.pings, throughputMbps: m.throughputMbps, power: m.power });
      })();
    } catch (err) {
      run.buffer.unshift(...batch);
      throw err;
    }
    this.deps.changes.publish({ topics: ['custody'] });
  }

  /** Completes the running trial now (all answered, the deadline, or the hub closing). */
  finish(): void {
    const run = this.current;
    if (!run) return;
    clearTimeout(run.deadline);
    clearInterval(run.flush);
    const batch = run.buffer.splice(0);
    this.current = undefined;
    const endedAt = this.deps.clock.now().toISOString();
    durably(this.deps.db, () => {
      for (const [agentId, m] of batch)
        this.deps.trials.answer(run.id, agentId, { pings: m.pings, throughputMbps: m.throughputMbps, power: m.power });
      this.deps.trials.finish(run.id, endedAt, (id) => this.deps.ports.fleet.isConnected(id));
      const t = this.trial(run.id);
      this.deps.ports.audit.append({
        actor: 'hub',
        action: 'custody.trial-completed',
        subject: `trial:${run.id}`,
        data: {
          kind: t.kind,
          expected: t.venue.expected,
          answered: t.venue.answered,
          medianServerMs: t.venue.medianServerMs,
          medianHubMs: t.venue.medianHubMs,
          medianThroughputMbps: t.venue.medianThroughputMbps,
          noAnswer: t.noAnswer.length,
          ...(t.venue.power ? { power: t.venue.power } : {}),
        },
      });
    });
    this.deps.log.info('custody.trial-completed', { trial: run.id, expected: run.expected.size, answered: run.answered.size });
    this.deps.changes.publish({ topics: ['custody'] });
  }

  stop(): void {
    if (this.current) this.finish();
  }

  trial(id: number): Trial {
    const { results: _r, ...t } = this.detail(id);
    return t;
  }

  detail(id: number): TrialDetail {
    const h = this.deps.trials.header(id);
    if (!h) throw notFound('trial', String(id));
    const run = this.current?.id === id && h.status === 'running' ? this.current : undefined;
    // While it runs, the answers as they arrived (the database catches up at the next flush).
    const results = run ? run.results.map((r) => ({ ...r })) : this.deps.trials.results(id);
    return { ...h, ...this.summaryOf(h, () => results), witnesses: this.deps.store.witnesses('trial', id), results };
  }

  /** Trials without their per-PC results; a completed trial's summary is computed once (its results never change). */
  list(): Trial[] {
    return this.deps.trials.headers().map((h) => ({
      ...h,
      ...this.summaryOf(h, () => this.deps.trials.results(h.id)),
      witnesses: this.deps.store.witnesses('trial', h.id),
    }));
  }

  private readonly summaries = new Map<number, ReturnType<typeof summarize>>();

  private summaryOf(
    h: { id: number; status: string; kind: string; thresholds: Trial['thresholds'] },
    results: () => TrialDetail['results'],
  ) {
    const cached = this.summaries.get(h.id);
    if (cached) return cached;
    const run = this.current;
    if (run && run.id === h.id && h.status === 'running') {
      if (run.summary?.answered !== run.answered.size) {
        run.summary = { answered: run.answered.size, value: summarize(run.results, h.thresholds, h.kind === 'power') };
      }
      return run.summary.value;
    }
    const summary = summarize(results(), h.thresholds, h.kind === 'power');
    if (h.status === 'complete') this.summaries.set(h.id, summary);
    return summary;
  }

  /** The power drill's marks: genset took over, mains back, the outcome. */
  mark(id: number, marks: Marks, actor: Actor): Trial {
    durably(this.deps.db, () => {
      const h = this.deps.trials.header(id);
      if (!h) throw notFound('trial', String(id));
      if (h.kind !== 'power' || !h.drill) throw notADrill(id);
      const drill = {
        gensetAt: marks.gensetAt === undefined ? h.drill.gensetAt : marks.gensetAt && new Date(marks.gensetAt).toISOString(),
        mainsBackAt: marks.mainsBackAt === undefined ? h.drill.mainsBackAt : marks.mainsBackAt && new Date(marks.mainsBackAt).toISOString(),
        outcome: marks.outcome === undefined ? h.drill.outcome : marks.outcome,
      };
      this.deps.trials.setDrill(id, drill, marks.note ?? h.note);
      this.deps.ports.audit.append({ actor: actor.username, action: 'custody.drill-marked', subject: `trial:${id}`, data: { ...drill } });
    });
    this.deps.changes.publish({ topics: ['custody'] });
    return this.trial(id);
  }
}
