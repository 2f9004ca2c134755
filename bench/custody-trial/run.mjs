// Custody trial benchmark: a real hub process (dist/) and N simulated agents (default 1,000) in
// this process, each a real agent link with its own WebSocket. In one run:
//   baseline: every agent runs a bare throughput probe at once (no trial, no schedule: the hub's
//             probe limit of 4 answers the rest "busy, retry"), plus its pings (simulated);
//   trial:    "Mulai uji coba" (POST /api/custody/trials): the hub asks every online agent, gives
//             each a slot, collects the answers and completes the record (polled as the page does).
// For each: wall time to the last answer (baseline) / from Mulai to the complete record (trial),
// and the hub's longest event-loop stall (monitorEventLoopDelay, 10 ms resolution) during it.
// Run: npm run bench:custody (builds first). BENCH_AGENTS, BENCH_PROBE_KB change the size.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fleetPlan } from '../../dist/agent/simulate/fleet.js';
import { Simulator } from '../../dist/agent/simulate/simulator.js';
import { defaultFixturesDir, loadFixtureHardware } from '../../dist/agent/simulate/hardware.js';

const here = dirname(fileURLToPath(import.meta.url));
const AGENTS = Number(process.env.BENCH_AGENTS ?? 1000);
const PROBE = Number(process.env.BENCH_PROBE_KB ?? 256) * 1024;
const TOKEN = 'bench-token-custody-2026';
const SHAPE = { servers: 5, clients: AGENTS - 5, rooms: 10 };
const loadavgAtStart = loadavg().map((x) => +x.toFixed(2));
const dir = mkdtempSync(join(tmpdir(), 'siapcat-bench-custody-'));

// BENCH_HUB_PROF=DIR writes the hub's CPU profile (node --cpu-prof) there, to see what blocks its loop.
const prof = process.env.BENCH_HUB_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_HUB_PROF] : [];
const child = fork(join(here, 'hub.mjs'), [join(dir, 'hub.db'), TOKEN], { stdio: 'inherit', execArgv: prof });
const next = (type) =>
  new Promise((resolve) =>
    child.on('message', function on(m) {
      if (m.type === type) {
        child.off('message', on);
        resolve(m);
      }
    }),
  );
const { url } = await next('listening');
const api = async (path, token, body, method) => {
  const res = await fetch(url + path, {
    method: method ?? (body ? 'POST' : 'GET'),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: await res.json() };
};
const token = (await api('/api/login', undefined, { username: 'admin', password: 'bench-password-2026' })).body.token;
if ((await api('/api/venue/plan', token, fleetPlan(SHAPE, 'Bench custody'))).status !== 200) throw new Error('plan refused');

const sim = new Simulator({
  hubUrl: url,
  token: TOKEN,
  shape: SHAPE,
  seed: 5,
  source: await loadFixtureHardware(defaultFixturesDir()),
  staggerMs: 20_000,
  behaviour: { tickS: 3600, recheck: 0, change: 0, drop: 0 },
});
const t0 = Date.now();
await sim.start();
if (!(await sim.settled(180_000))) throw new Error('agents did not settle');
const connectMs = Date.now() - t0;
await new Promise((r) => setTimeout(r, 3000));

async function phase(name, work) {
  child.send({ type: 'reset' });
  await next('reset');
  const started = performance.now();
  const detail = await work();
  const ms = Math.round(performance.now() - started);
  child.send({ type: 'stats' });
  const stats = await next('stats');
  console.log(
    `${name}: ${ms} ms, hub longest stall ${stats.maxStallMs} ms (p99 ${stats.p99StallMs} ms; of it running: ${stats.maxBusyStallMs} ms), rss ${stats.rssMb} MB`,
    detail ?? '',
  );
  return { ms, ...stats, ...(detail ?? {}) };
}

const links = () => sim.links();
const baseline = await phase('baseline (bare probes, all at once)', async () => {
  const results = await Promise.all(links().map((l) => l.measureThroughput(PROBE, 600_000)));
  return { measured: results.filter((r) => r !== null).length };
});
const trial = await phase('trial (Mulai uji coba -> complete record)', async () => {
  const started = await api('/api/custody/trials', token, { kind: 'network', probeBytes: PROBE });
  if (started.status !== 202) throw new Error(`trial refused: ${JSON.stringify(started.body)}`);
  for (;;) {
    // As the Pengamanan page does: the trial list (summaries, no per-PC rows).
    const t = (await api('/api/custody/trials', token)).body.trials.find((x) => x.id === started.body.id);
    if (t.status === 'complete')
      return { expected: t.venue.expected, answered: t.venue.answered, lastSlotMs: t.schedule.lastSlotMs, slotMs: t.schedule.slotMs };
    await new Promise((r) => setTimeout(r, 250));
  }
});

sim.stop();
child.send({ type: 'close' });
const result = {
  at: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model,
    loadavgAtStart,
    loadavg: loadavg().map((x) => +x.toFixed(2)),
    node: process.version,
  },
  agents: AGENTS,
  probeBytes: PROBE,
  connectMs,
  baseline,
  trial,
  targetStallMs: 100,
};
writeFileSync(join(here, 'last-run.json'), JSON.stringify(result, null, 2) + '\n');
rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify(result));
