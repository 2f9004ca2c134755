import { randomUUID } from 'node:crypto';
import type { Hello, Placement } from '../../protocol/agent.js';
import { CLOSE_CODES, DEFAULT_HEARTBEAT_MS, type TrialResultMessage } from '../../protocol/agent.js';
import type { MachineSummary } from '../../protocol/api.js';
import type { ReadinessReport } from '../../protocol/check.js';
import type { LiveTopic } from '../../protocol/live.js';
import type { HubContext } from '../context.js';
import { durably } from '../db/open.js';
import { Admission } from './admission.js';
import { admitHello } from './admit.js';
import { ApprovalStore } from './approval.js';
import { CodeStore } from './codes.js';
import { connectedElsewhere, helloTwice, machineGone, machineOffline } from './errors.js';
import type { AgentConn } from './connection.js';
import { EnrollmentToken } from './enrollment.js';
import { MachineStore, type MachineRecord } from './machines.js';
import { Placer } from './placer.js';
import { Presence } from './presence.js';
import { ProbeSender } from './probe.js';
import type { VenueLayout } from './venue-layout.js';
import { toSummary, type Liveness } from './views.js';

export interface AgentHubOptions {
  /** Heartbeat period asked of agents. */
  heartbeatMs: number;
  /** A connected agent silent this long is dropped (it stays shown missing). */
  offlineAfterMs: number;
  /** The exam-morning watch: a machine not heard from this long is shown missing ("hilang"). */
  missingAfterMs: number;
  /** An agent that has not said hello this long after connecting is dropped. */
  helloTimeoutMs: number;
  /** Throughput probes running at once. */
  maxProbes: number;
  /** A probe may take this long on top of its bytes at `probeMinMbps`; then its slot is freed and the agent dropped. */
  probeGraceMs: number;
  /** The slowest reading rate still counted as an answer to a probe (Mbit/s). */
  probeMinMbps: number;
  /** A placed client offline this long gives its place to an online client waiting for that server. */
  yieldAfterMs: number;
}

export const DEFAULT_AGENT_HUB_OPTIONS: AgentHubOptions = {
  heartbeatMs: DEFAULT_HEARTBEAT_MS,
  offlineAfterMs: 3 * DEFAULT_HEARTBEAT_MS,
  missingAfterMs: 30_000,
  helloTimeoutMs: 10_000,
  maxProbes: 4,
  probeGraceMs: 10_000,
  probeMinMbps: 2,
  yieldAfterMs: 30 * 60_000,
};

/**
 * The hub's agent side: enrollment, placement under the 200 rule, reports, presence, commands.
 * Synchronous where it decides (hello, report), so concurrent agents cannot race each other.
 */
export class AgentHub {
  readonly machines: MachineStore;
  readonly placer: Placer;
  readonly presence = new Presence<AgentConn>();
  readonly token: EnrollmentToken;
  readonly codes: CodeStore;
  readonly approvals: ApprovalStore;
  readonly probes: ProbeSender;
  /** Handshakes and hellos, in slices per event-loop turn (see admission.ts). */
  readonly admission: Admission;
  /** Set when the hub shuts down: late socket events must not touch the closing database. */
  closing = false;
  /** Who receives agents' `trial.result` answers (the custody feature's trial runner). */
  trialResult: ((agentId: string, message: TrialResultMessage) => void) | undefined;
  /** Presence as the views read it, with the watch's online | missing | offline at the hub's clock. */
  readonly liveness: Liveness = {
    isOnline: (id) => this.presence.isOnline(id),
    lastSeenMs: (id) => this.presence.lastSeenMs(id),
    presenceOf: (id) => this.presence.stateOf(id, this.ctx.clock.now().getTime(), this.options.missingAfterMs),
  };

  constructor(
    readonly ctx: HubContext,
    readonly venue: VenueLayout,
    readonly options: AgentHubOptions = DEFAULT_AGENT_HUB_OPTIONS,
  ) {
    this.machines = new MachineStore(ctx.db);
    this.placer = new Placer(venue, this.machines);
    this.token = new EnrollmentToken(ctx.settings, ctx.random, ctx.log);
    this.codes = new CodeStore(ctx.db);
    this.approvals = new ApprovalStore(ctx.db, this.venue);
    this.probes = new ProbeSender({ maxActive: options.maxProbes, graceMs: options.probeGraceMs, minMbps: options.probeMinMbps });
    this.admission = new Admission(10, (err) => ctx.log.error('agents.internal', { error: (err as Error).message }));
  }

  private now(): string {
    return this.ctx.clock.now().toISOString();
  }

  summary(id: string): MachineSummary | undefined {
    const record = this.machines.get(id);
    return record ? toSummary(record, this.liveness) : undefined;
  }

  publish(ids: readonly string[], extra: LiveTopic[] = []): void {
    const machines = ids.map((id) => this.summary(id)).filter((m): m is MachineSummary => m !== undefined);
    this.ctx.changes.publish({ topics: ['machines', 'readiness', 'servers', ...extra], machines });
  }

  /** hello: credentials, duplicate check, placement, welcome. Throws AppErrors the channel turns into refusals. */
  hello(conn: AgentConn, msg: Hello): void {
    if (conn.agentId) {
      throw helloTwice();
    }
    const at = this.now();
    const { key, record, decision, changed, retried } = this.ctx.db.transaction(() =>
      admitHello(
        {
          machines: this.machines,
          placer: this.placer,
          codes: this.codes,
          approvals: this.approvals,
          random: this.ctx.random,
          venueToken: this.token.get(),
          checkNotElsewhere: (id) => {
            const other = this.presence.connection(id);
            if (other && other !== conn) {
              this.checkStale(other);
              throw connectedElsewhere(id);
            }
          },
        },
        msg,
        this.ctx.clock.now(),
      ),
    )();

    conn.agentId = msg.id;
    conn.role = msg.role;
    conn.keyUnconfirmed = key !== undefined;
    clearTimeout(conn.helloTimer);
    conn.helloTimer = undefined;
    this.presence.attach(msg.id, conn, this.ctx.clock.now().getTime());
    conn.send({
      type: 'welcome',
      id: msg.id,
      ...(key ? { key } : {}),
      lastSeq: record.lastSeq,
      heartbeatMs: this.options.heartbeatMs,
      placement: record.placement,
      server: this.serverRef(record.placement.serverId),
      refusal: decision.refusal,
      hubTime: at,
    });
    this.ctx.log.info(key ? 'agents.enrolled' : 'agents.hello', {
      agent: msg.id,
      role: msg.role,
      server: record.placement.serverId,
      remote: conn.remote,
    });
    if (decision.refusal) {
      this.ctx.log.warn('agents.placement-refused', { agent: msg.id, code: decision.refusal.code, reason: decision.refusal.en });
    }
    this.ctx.changes.publish({
      topics: ['machines', 'readiness', 'servers', ...(changed && msg.role !== 'client' ? (['venue'] as const) : [])],
      machines: [toSummary(record, this.liveness)],
    });
    this.notifyPlaced(retried);
  }

  /** Pings a connection another hello claims; one that does not answer within 5 s is dropped (half-open). */
  private checkStale(conn: AgentConn): void {
    const pingedAt = Date.now();
    try {
      conn.ws.ping();
    } catch {
      /* already closing */
    }
    setTimeout(() => {
      if (!conn.closed && conn.lastPongMs < pingedAt) {
        this.ctx.log.warn('agents.stale-dropped', { agent: conn.agentId });
        conn.ws.terminate();
      }
    }, 5000).unref();
  }

  /** Drops connected agents that stopped sending (swept by a cron job): offline within a bounded time. */
  sweepSilent(): string[] {
    const silent = this.presence.silent(this.ctx.clock.now().getTime(), this.options.offlineAfterMs);
    // A switch losing power silences a whole room at once: drop them in admission slices.
    for (const [id, conn] of silent) {
      this.admission.run(() => {
        this.ctx.log.warn('agents.silent', { agent: id });
        conn.close(CLOSE_CODES.silent, 'silent');
        setTimeout(() => conn.ws.terminate(), 2000).unref();
        this.disconnected(conn);
      });
    }
    return silent.map(([id]) => id);
  }

  /**
   * The exam-morning watch (swept every 2 s): connected machines silent past the set time are
   * published as missing, so every live view shows them "hilang" within that time plus a sweep.
   */
  watchMissing(): string[] {
    const ids = this.presence.newlyMissing(this.ctx.clock.now().getTime(), this.options.missingAfterMs);
    if (ids.length > 0) {
      this.ctx.log.warn('agents.missing', { count: ids.length, agents: ids.slice(0, 20).join(',') });
      this.publish(ids);
    }
    return ids;
  }

  /**
   * Writes the in-memory last-seen times to SQLite in batches (one transaction each, yielding
   * between them), so heartbeats never cost a disk write each and a big flush never stalls the hub.
   */
  async flushLastSeen(batch = 2000): Promise<number> {
    const entries = this.presence.takeDirty();
    let written = 0;
    for (let i = 0; i < entries.length; i += batch) {
      const slice = entries.slice(i, i + batch);
      written += this.ctx.db.transaction(() => this.machines.flushLastSeen(slice))();
      if (i + batch < entries.length) await new Promise((resolve) => setImmediate(resolve));
    }
    return written;
  }

  /** The address of a server's own agent, for its clients' ping trial. */
  serverRef(serverId: string | null): { id: string; address: string | null } | null {
    if (serverId === null) return null;
    const agentId = this.machines.serverAgent(serverId, '');
    const agent = agentId ? this.machines.get(agentId) : undefined;
    return { id: serverId, address: agent?.addresses[0] ?? null };
  }

  /** Every frame after hello: the agent is alive; the first one also confirms a newly issued key. */
  touch(conn: AgentConn): void {
    if (!conn.agentId) return;
    if (this.presence.touch(conn.agentId, this.ctx.clock.now().getTime())) {
      this.ctx.log.info('agents.back', { agent: conn.agentId });
      this.publish([conn.agentId]);
    }
    if (conn.keyUnconfirmed) {
      conn.keyUnconfirmed = false;
      this.machines.confirmKey(conn.agentId);
    }
  }

  /** Stores a numbered report once (durably: it is acknowledged), acks it either way. */
  report(conn: AgentConn, seq: number, report: ReadinessReport): void {
    const id = conn.agentId!;
    const changes = durably(this.ctx.db, () => this.machines.storeReport(id, seq, report, this.now()));
    conn.send({ type: 'ack', seq });
    if (changes === undefined) {
      this.ctx.log.debug('agents.report-replayed', { agent: id, seq });
      return;
    }
    this.ctx.log.info('agents.report', { agent: id, seq, verdict: report.verdict, changes: changes.length });
    this.publish([id]);
  }

  /**
   * The agent's socket closed. `goodbye`: the agent closed it normally (close code 1000, it is
   * stopping): offline by plan; any other end (dropped link, crash, swept silent) leaves it missing.
   */
  disconnected(conn: AgentConn, goodbye = false): void {
    clearTimeout(conn.helloTimer);
    conn.closed = true;
    if (this.closing) return;
    if (!conn.agentId || !this.presence.detach(conn.agentId, conn, goodbye)) return;
    this.ctx.log.info(goodbye ? 'agents.offline' : 'agents.missing', { agent: conn.agentId });
    this.publish([conn.agentId]);
  }

  /** Sends the recheck command; 409 when the machine is not connected. */
  recheck(id: string): string {
    if (!this.machines.get(id)) throw machineGone(id);
    const conn = this.presence.connection(id);
    if (!conn) {
      throw machineOffline(id);
    }
    const requestId = randomUUID();
    conn.send({ type: 'recheck', requestId });
    this.ctx.log.info('agents.recheck', { agent: id, requestId });
    return requestId;
  }

  /** An admin moves a machine; its old server's place goes to the first client waiting for it. */
  move(id: string, to: Placement): MachineSummary {
    const at = this.now();
    const retried = durably(this.ctx.db, () => {
      const record = this.machines.get(id);
      if (!record) throw machineGone(id);
      this.placer.move(record, to, at);
      return this.placer.retryRefused(at);
    });
    this.ctx.log.info('agents.moved', { agent: id, server: to.serverId, room: to.roomId, seat: to.seat });
    this.notifyPlaced([id, ...retried]);
    return this.summary(id)!;
  }

  /** Forgets a machine (and its key and history); a connected agent is closed. */
  remove(id: string): void {
    const at = this.now();
    const retried = durably(this.ctx.db, () => {
      if (!this.machines.delete(id)) throw machineGone(id);
      return this.placer.retryRefused(at);
    });
    const conn = this.presence.connection(id);
    this.presence.forget(id);
    conn?.close(4000, 'removed');
    this.ctx.log.info('agents.removed', { agent: id });
    this.notifyPlaced(retried);
    this.ctx.changes.publish({ topics: ['machines', 'readiness', 'servers'], machines: [] });
  }

  /** After the venue changed: refused machines may fit now. */
  venueChanged(): void {
    const at = this.now();
    const retried = this.ctx.db.transaction(() => this.placer.retryRefused(at))();
    this.notifyPlaced(retried);
  }

  /** Tells connected agents their new placement, and dashboards the changed machines. */
  notifyPlaced(ids: readonly string[]): void {
    for (const id of ids) {
      const record = this.machines.get(id);
      const conn = this.presence.connection(id);
      if (record && conn) {
        conn.send({
          type: 'placed',
          placement: record.placement,
          server: this.serverRef(record.placement.serverId),
          refusal: record.refusal,
        });
      }
    }
    if (ids.length > 0) this.publish(ids);
  }

  /** The venue feature's view of the machines placed in it (see server/venue/service.ts). */
  placedMachines() {
    return {
      placedByServer: () => this.machines.placedByServer(),
      placedOn: (serverId: string) => this.machines.placedOn(serverId),
      inRoom: (roomId: string) => this.machines.inRoom(roomId),
      seatedIn: (roomId: string) =>
        this.machines
          .all()
          .filter((m) => m.placement.roomId === roomId && m.placement.seat !== null)
          .map((m) => ({ id: m.id, seat: m.placement.seat! })),
      releaseServerAgent: (serverId: string) => {
        const own = this.machines.serverAgent(serverId, '');
        if (!own) return;
        const none = { serverId: null, roomId: null, seat: null };
        this.machines.place(own, { placement: none, wanted: none, refusal: null, waiting: false }, 'agent', this.now());
      },
      venueChanged: () => this.venueChanged(),
    };
  }

  record(id: string): MachineRecord {
    const record = this.machines.get(id);
    if (!record) throw machineGone(id);
    return record;
  }
}
