import cron from 'node-cron';
import type { Placement } from '../../protocol/agent.js';
import type { ReadinessReport, Role } from '../../protocol/check.js';
import { isAppError } from '../../protocol/errors.js';
import { lower, STATUS_WORDS, upper, VERDICT_WORDS } from '../../protocol/glossary.js';
import type { Localized } from '../../protocol/i18n.js';
import type { KeyStore } from './keystore.js';
import { AgentLink } from './link.js';
import type { Notice } from './notices.js';
import type { LinkThroughput } from './throughput.js';
import { runTrial, type TrialIO } from './trial.js';
import { REAL_TRIAL_IO } from './trial-io.js';

/** What a check needs from the link: where to ping, and the throughput just measured over it. */
export interface NetworkTrialInput {
  role: Role;
  /** Host name or address of the hub (from --hub). */
  hubHost: string;
  /** LAN address of this PC's server, when the hub knows it (its agent reported it). */
  serverHost: string | null;
  /** Throughput from the hub over the agent link; null when the link is down or the hub too busy. */
  throughput: LinkThroughput | null;
}

/** Gathers this machine and judges it for its role, including the network trial. */
export type ReportSource = (input: NetworkTrialInput) => Promise<ReadinessReport>;

export interface RunnerOptions {
  /** The hub's pinned CA (PEM) for an https:// hub. */
  ca?: string;
  hubUrl: string;
  token?: string;
  id: string;
  role: Role;
  placement: Placement;
  keys: KeyStore;
  source: ReportSource;
  agent: { version: string; platform?: string; host?: string; serial?: string };
  addresses: string[];
  /** node-cron expression of the scheduled re-check. */
  schedule: string;
  /** Bytes of the LAN throughput probe; 0 skips it. */
  probeBytes: number;
  print: (level: Notice['level'], text: Localized) => void;
  /** Told of each welcome and each check (an installed agent keeps them for `status`). */
  status?: {
    welcomed(placement: Placement, refusal: Localized | null): void;
    checked(verdict: ReadinessReport['verdict']): void;
  };
  /** How this PC pings, reads its power source and waits, for the hub's trials (tests give their own). */
  trialIO?: Pick<TrialIO, 'ping' | 'power' | 'wait'>;
}

/**
 * `agent run` without the command line: the link, a check at start (after the first welcome, or
 * after 15 s without the hub: its report is then kept and sent later), on the schedule (spread by
 * up to 2 minutes so a room does not probe at the same second), and whenever the hub asks.
 * A check never overlaps another; one asked for meanwhile runs right after.
 */
export class AgentRunner {
  readonly link: AgentLink;
  private running = false;
  private again = false;
  private task: ReturnType<typeof cron.schedule> | undefined;
  private firstTimer: ReturnType<typeof setTimeout> | undefined;
  private checked = false;
  checks = 0;

  constructor(private readonly options: RunnerOptions) {
    this.link = new AgentLink({
      hubUrl: options.hubUrl,
      id: options.id,
      role: options.role,
      placement: options.placement,
      ...(options.token ? { token: options.token } : {}),
      ...(options.ca ? { ca: options.ca } : {}),
      keys: options.keys,
      agent: options.agent,
      addresses: options.addresses,
      onNotice: (n) => options.print(n.level, n.text),
      onRecheck: () => void this.check('recheck'),
      onTrial: (request) => {
        const io: TrialIO = {
          ...(options.trialIO ?? REAL_TRIAL_IO),
          serverHost: this.link.welcome?.server?.address ?? null,
          hubHost: new URL(options.hubUrl).hostname,
          measure: (bytes) => this.link.measureThroughput(bytes),
        };
        void runTrial(request, io).then((answer) => this.link.sendTrialResult(answer));
      },
      onWelcome: (w) => {
        options.status?.welcomed(w.placement, w.refusal ? { id: w.refusal.message, en: w.refusal.en } : null);
        if (!this.checked) void this.check('start');
      },
    });
  }

  start(): void {
    this.link.start();
    this.firstTimer = setTimeout(() => {
      if (!this.checked) void this.check('start');
    }, 15_000);
    this.task = cron.schedule(this.options.schedule, () => this.check('schedule'), { name: 'agent.recheck', maxRandomDelay: 120_000 });
  }

  async stop(): Promise<void> {
    clearTimeout(this.firstTimer);
    await this.task?.destroy();
    this.link.stop();
  }

  /** Runs one check now (or right after the running one) and queues its report. */
  async check(reason: 'start' | 'schedule' | 'recheck'): Promise<void> {
    this.checked = true;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      const throughput = this.options.probeBytes > 0 ? await this.link.measureThroughput(this.options.probeBytes) : null;
      const report = await this.options.source({
        role: this.options.role,
        hubHost: new URL(this.options.hubUrl).hostname,
        serverHost: this.link.welcome?.server?.address ?? null,
        throughput,
      });
      const seq = this.link.submit(report);
      this.checks++;
      this.options.status?.checked(report.verdict);
      this.options.print(report.verdict === 'ready' ? 'info' : 'warn', summaryText(report, seq, reason));
    } catch (err) {
      const text = isAppError(err)
        ? err.text
        : { id: `Pemeriksaan gagal: ${(err as Error).message}`, en: `The check failed: ${(err as Error).message}` };
      this.options.print('error', text);
    } finally {
      this.running = false;
      if (this.again) {
        this.again = false;
        void this.check(reason);
      }
    }
  }
}

export function summaryText(report: ReadinessReport, seq: number, reason: string): Localized {
  const fails = report.checks.filter((c) => c.status === 'fail');
  const unknown = report.checks.filter((c) => c.status === 'unknown').length;
  const v = upper(VERDICT_WORDS[report.verdict]);
  const failList = (lang: 'id' | 'en') => fails.map((c) => (c.failTitle ?? c.title)[lang]).join('; ');
  return {
    id: `Laporan #${seq} (${reason}): ${v.id}. ${fails.length} gagal${fails.length ? ` (${failList('id')})` : ''}, ${unknown} ${lower(STATUS_WORDS.unknown).id}.`,
    en: `Report #${seq} (${reason}): ${v.en}. ${fails.length} failed${fails.length ? ` (${failList('en')})` : ''}, ${unknown} ${lower(STATUS_WORDS.unknown).en}.`,
  };
}
