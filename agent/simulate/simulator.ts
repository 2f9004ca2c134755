import { memoryKeyStore, type KeyStore } from '../link/keystore.js';
import { AgentLink } from '../link/link.js';
import type { Notice } from '../link/notices.js';
import type { ReadinessReport, Role } from '../../protocol/check.js';
import type { Refusal } from '../../protocol/agent.js';
import { runTrial, type TrialIO } from '../link/trial.js';
import { fleet, type FleetShape, type SimAgent } from './fleet.js';
import { seeded } from './prng.js';

/** A simulated machine's hardware: what it reports whenever it checks itself. */
export interface Machine {
  /** A name for the hardware (the fixture it came from), for summaries. */
  name: string;
  report(at: Date): ReadinessReport;
}

/** Where simulated hardware comes from: real snapshots judged by the real checklist. */
export interface HardwareSource {
  machine(role: Role, rng: () => number): Machine;
}

export interface Behaviour {
  /** Seconds between behaviour ticks. */
  tickS: number;
  /** Per client and tick: chance of a scheduled re-check (same hardware). */
  recheck: number;
  /** Per client and tick: chance the hardware changes (a cable pulled, a webcam unplugged) and it re-checks. */
  change: number;
  /** Per client and tick: chance it goes offline for 5-30 s (PC switched off, cable out). */
  drop: number;
}

export const DEFAULT_BEHAVIOUR: Behaviour = { tickS: 10, recheck: 0.02, change: 0.005, drop: 0.003 };

export interface SimulatorOptions {
  hubUrl: string;
  token: string;
  shape: FleetShape;
  seed: number;
  source: HardwareSource;
  behaviour?: Behaviour;
  /** Clients start spread over this many ms (servers first, all of them). */
  staggerMs?: number;
  /** Called once per agent and notice code (450 agents must not print 450 identical lines). */
  onNotice?: (agent: SimAgent, notice: Notice) => void;
}

interface Sim {
  agent: SimAgent;
  keys: KeyStore;
  link: AgentLink | undefined;
  machine: Machine;
  reported: number;
  refusal: Refusal | null;
  seen: Set<string>;
  offlineUntil: number;
  /** A laptop (own battery) rather than a desktop; desktops on a UPS-less socket drop when mains is cut. */
  laptop: boolean;
  noUps: boolean;
  /** Base round-trip time of this PC's LAN port, ms. */
  rttMs: number;
}

export interface SimSummary {
  agents: number;
  connected: number;
  reports: number;
  /** Clients placed per server, as the hub answered. */
  placed: Record<string, number>;
  refused: Array<{ id: string } & Refusal>;
  hardware: Record<string, number>;
}

/**
 * Many agents in one process, each a real AgentLink with its own WebSocket, key and numbered
 * reports. Everything random (hardware drawn, re-checks, drops) comes from one seeded generator.
 */
export class Simulator {
  private readonly sims: Sim[];
  private readonly rng: () => number;
  private readonly trialRng: () => number;
  private tick: ReturnType<typeof setInterval> | undefined;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private stopped = false;
  private mains = true;

  constructor(private readonly options: SimulatorOptions) {
    this.rng = seeded(options.seed);
    // Trials draw from their own generator, so the fleet's hardware stays what the seed always gave.
    this.trialRng = seeded(options.seed ^ 0x5eed);
    this.sims = fleet(options.shape).map((agent) => ({
      agent,
      keys: memoryKeyStore(),
      link: undefined,
      machine: options.source.machine(agent.role, this.rng),
      reported: 0,
      refusal: null,
      seen: new Set(),
      offlineUntil: 0,
      laptop: agent.role === 'client' && this.trialRng() < 0.35,
      noUps: false,
      rttMs: 0.3 + this.trialRng() * (this.trialRng() < 0.03 ? 80 : 1.5),
    }));
    for (const s of this.sims) s.noUps = s.agent.role === 'client' && !s.laptop && this.trialRng() < 0.05;
  }

  /** Starts the servers, waits until they are in (so clients find their server registered), then the clients. */
  async start(): Promise<void> {
    const servers = this.sims.filter((s) => s.agent.role !== 'client');
    for (const s of servers) this.connect(s);
    const deadline = Date.now() + 15_000;
    while (servers.some((s) => s.link?.state !== 'open') && Date.now() < deadline && !this.stopped) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const clients = this.sims.filter((s) => s.agent.role === 'client');
    const stagger = this.options.staggerMs ?? 2000;
    clients.forEach((s, i) => this.later(() => this.connect(s), clients.length > 1 ? Math.floor((i * stagger) / clients.length) : 0));
    const behaviour = this.options.behaviour ?? DEFAULT_BEHAVIOUR;
    this.tick = setInterval(() => this.step(behaviour), behaviour.tickS * 1000);
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.tick);
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const s of this.sims) s.link?.stop();
  }

  /**
   * The power drill: mains cut (false) puts laptops on battery and drops the desktops that have no
   * UPS (about one in twenty, drawn once); mains back (true) reconnects them.
   */
  setMains(on: boolean): string[] {
    this.mains = on;
    const dropped: string[] = [];
    for (const s of this.sims) {
      if (!s.noUps) continue;
      dropped.push(s.agent.id);
      if (!on) {
        s.link?.stop();
        s.offlineUntil = Number.MAX_SAFE_INTEGER;
      } else {
        s.offlineUntil = 0;
        this.connect(s);
      }
    }
    return dropped;
  }

  private trialIO(s: Sim): TrialIO {
    return {
      serverHost: s.agent.role === 'client' ? (s.link?.welcome?.server?.id ?? null) : null,
      hubHost: 'hub',
      ping: async (hosts) =>
        hosts.map((host, i) => {
          const base = s.rttMs * (i === 0 ? 1 : 1.2);
          const rttMs = [0, 1, 2, 3].map(() => Math.round((base + this.trialRng() * 0.4) * 100) / 100);
          return { host, address: host, sent: 4, rttMs: base > 50 ? rttMs.slice(0, 2) : rttMs };
        }),
      measure: (bytes) => s.link!.measureThroughput(bytes),
      power: async () => ({
        source: s.laptop ? (this.mains ? 'ac' : 'battery') : 'unknown',
        batteryPercent: s.laptop ? Math.round(60 + this.trialRng() * 40) : null,
        // A venue server reads its UPS through NUT (upsc), as a real agent does where NUT runs.
        ups:
          s.agent.role === 'client'
            ? null
            : {
                onBattery: !this.mains,
                chargePercent: this.mains ? 100 : 97,
                source: 'nut' as const,
                name: 'APC Smart-UPS 1500',
                lowBattery: false,
                runtimeSeconds: this.mains ? 2400 : 2280,
              },
      }),
      wait: (ms) => new Promise((resolve) => this.later(() => resolve(), ms)),
    };
  }

  /** The open agent links (for benchmarks that drive them directly). */
  links(): AgentLink[] {
    return this.sims.map((s) => s.link).filter((l): l is AgentLink => l?.state === 'open');
  }

  summary(): SimSummary {
    const placed: Record<string, number> = {};
    const hardware: Record<string, number> = {};
    const refused: SimSummary['refused'] = [];
    let connected = 0;
    let reports = 0;
    for (const s of this.sims) {
      hardware[s.machine.name] = (hardware[s.machine.name] ?? 0) + 1;
      reports += s.reported;
      if (s.link?.state === 'open') connected++;
      const serverId = s.link?.placement.serverId ?? null;
      if (s.agent.role === 'client' && serverId && s.link?.welcome) placed[serverId] = (placed[serverId] ?? 0) + 1;
      if (s.refusal) refused.push({ id: s.agent.id, ...s.refusal });
    }
    return { agents: this.sims.length, connected, reports, placed, refused, hardware };
  }

  /** Resolves once every agent is connected (or refused a place but connected), or after `timeoutMs`. */
  async settled(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.sims.every((s) => s.link?.state === 'open' && s.reported > 0)) return true;
      if (Date.now() > deadline || this.stopped) return false;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  private later(fn: () => void, ms: number): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (!this.stopped) fn();
    }, ms);
    this.timers.add(t);
  }

  private connect(s: Sim): void {
    s.link = new AgentLink({
      hubUrl: this.options.hubUrl,
      id: s.agent.id,
      role: s.agent.role,
      placement: s.agent.placement,
      token: this.options.token,
      keys: s.keys,
      // A simulated server reports a serial (SIM-S2) for the BAST's serial match.
      agent: {
        version: 'simulasi',
        platform: 'sim',
        host: s.agent.id.toLowerCase(),
        ...(s.agent.role !== 'client' ? { serial: `SIM-${s.agent.id}` } : {}),
      },
      addresses: [],
      random: this.rng,
      backoff: { baseMs: 500, maxMs: 15_000 },
      onWelcome: (w) => {
        s.refusal = w.refusal;
        if (s.reported === 0) this.report(s);
      },
      onRecheck: () => this.report(s),
      onTrial: (request) => void runTrial(request, this.trialIO(s)).then((answer) => s.link?.sendTrialResult(answer)),
      onNotice: (notice) => {
        if (notice.code === 'placed') s.refusal = null;
        if (s.seen.has(notice.code)) return;
        s.seen.add(notice.code);
        this.options.onNotice?.(s.agent, notice);
      },
    });
    s.link.start();
  }

  private report(s: Sim): void {
    if (!s.link) return;
    s.link.submit(s.machine.report(new Date()));
    s.reported++;
  }

  private step(b: Behaviour): void {
    const now = Date.now();
    for (const s of this.sims) {
      if (s.agent.role !== 'client' || !s.link || s.offlineUntil > now) continue;
      const x = this.rng();
      if (x < b.drop) {
        s.link.stop();
        s.offlineUntil = now + 5000 + Math.floor(this.rng() * 25_000);
        this.later(() => this.connect(s), s.offlineUntil - now);
      } else if (x < b.drop + b.change) {
        s.machine = this.options.source.machine('client', this.rng);
        this.report(s);
      } else if (x < b.drop + b.change + b.recheck) {
        this.report(s);
      }
    }
  }
}
