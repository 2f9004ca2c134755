import { intOption, parseOptions, requireOption } from '../../cmdline/args.js';
import { EXIT, type CliIO } from '../../cmdline/io.js';
import type { Localized } from '../../protocol/i18n.js';
import type { HardwareSource, SimSummary } from './simulator.js';
import { Simulator } from './simulator.js';

export const USAGE =
  'siapcat simulate --hub URL --token TOKEN --servers M --clients N [--rooms R] [--duration SECONDS] [--seed N] [--fixtures DIR]';

export interface SimulateArgs {
  hubUrl: string;
  token: string;
  servers: number;
  clients: number;
  rooms: number;
  durationS: number;
  seed: number;
  fixtures: string | undefined;
}

export function parseSimulateArgs(argv: string[]): SimulateArgs | undefined {
  const { values } = parseOptions(
    argv,
    {
      hub: { type: 'string' },
      token: { type: 'string' },
      servers: { type: 'string' },
      clients: { type: 'string' },
      rooms: { type: 'string' },
      duration: { type: 'string' },
      seed: { type: 'string' },
      fixtures: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (values.help) return undefined;
  return {
    hubUrl: requireOption('hub', values.hub, USAGE),
    token: requireOption('token', values.token, USAGE),
    servers: intOption('servers', values.servers, 1, { min: 0, max: 100 }),
    clients: intOption('clients', values.clients, 10, { min: 0, max: 20_000 }),
    rooms: intOption('rooms', values.rooms, 0, { min: 0, max: 200 }),
    durationS: intOption('duration', values.duration, 0, { min: 0, max: 7 * 24 * 3600 }),
    seed: intOption('seed', values.seed, 2026, { min: 0, max: 2 ** 31 - 1 }),
    fixtures: values.fixtures,
  };
}

/** The end-of-run lines: clients per server, and every refusal grouped by its reason. */
export function summaryLines(s: SimSummary): Localized[] {
  const lines: Localized[] = [
    {
      id: `${s.agents} agen, ${s.connected} terhubung, ${s.reports} laporan terkirim.`,
      en: `${s.agents} agents, ${s.connected} connected, ${s.reports} reports sent.`,
    },
  ];
  for (const [server, n] of Object.entries(s.placed).sort()) {
    lines.push({ id: `Server ${server}: ${n} klien ditempatkan.`, en: `Server ${server}: ${n} clients placed.` });
  }
  const byReason = new Map<string, { ids: string[]; message: string; en: string }>();
  for (const r of s.refused) {
    const key = `${r.code}\u0000${r.en}`;
    const group = byReason.get(key) ?? { ids: [], message: r.message, en: r.en };
    group.ids.push(r.id);
    byReason.set(key, group);
  }
  for (const g of byReason.values()) {
    const ids = g.ids.length > 8 ? `${g.ids.slice(0, 8).join(', ')}, …` : g.ids.join(', ');
    lines.push({ id: `Ditolak ${g.ids.length} (${ids}): ${g.message}`, en: `Refused ${g.ids.length} (${ids}): ${g.en}` });
  }
  const hw = Object.entries(s.hardware)
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
  lines.push({ id: `Perangkat keras: ${hw}.`, en: `Hardware: ${hw}.` });
  return lines;
}

/**
 * `siapcat simulate`: M server agents and N client agents in this one process. With --duration it
 * stops after that many seconds and prints the summary; without, it runs until Ctrl+C.
 */
export async function runWith(
  argv: string[],
  io: CliIO,
  loadHardware: (dir: string | undefined) => Promise<HardwareSource>,
): Promise<number> {
  const args = parseSimulateArgs(argv);
  if (!args) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  const source = await loadHardware(args.fixtures);
  const print = (t: Localized) => io.stdout(`${t.id}\n  ${t.en}\n`);
  const sim = new Simulator({
    hubUrl: args.hubUrl,
    token: args.token,
    shape: { servers: args.servers, clients: args.clients, rooms: args.rooms },
    seed: args.seed,
    source,
    onNotice: (agent, notice) => {
      if (notice.level !== 'info') print({ id: `${agent.id}: ${notice.text.id}`, en: `${agent.id}: ${notice.text.en}` });
    },
  });
  print({
    id: `Simulasi ${args.servers} server dan ${args.clients} klien ke ${args.hubUrl} (benih ${args.seed}).`,
    en: `Simulating ${args.servers} servers and ${args.clients} clients against ${args.hubUrl} (seed ${args.seed}).`,
  });
  await sim.start();
  await new Promise<void>((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      clearTimeout(timer);
      resolve();
    };
    const timer = args.durationS > 0 ? setTimeout(done, args.durationS * 1000) : undefined;
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
    if (args.durationS === 0) {
      void sim.settled(60_000).then(() => {
        for (const line of summaryLines(sim.summary())) print(line);
      });
    }
  });
  const summary = sim.summary();
  sim.stop();
  for (const line of summaryLines(summary)) print(line);
  return EXIT.ok;
}
