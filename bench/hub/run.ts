import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ask, type ServerStats } from './ipc.js';
import { writeResults, type Result } from './report.js';

/**
 * bench/hub: a raw `ws` server against the hub, in one run, with N agents sending one heartbeat
 * per second, for each N given (default 1,000 and 10,000). Measures CPU per message (ratio to raw),
 * memory per connection, the time until all N are back after a hub restart, and the longest
 * event-loop stall during that reconnect storm. Three processes: server, load generator, this one.
 * Writes bench/hub/RESULTS.md.
 */
const here = dirname(fileURLToPath(import.meta.url));
const WARMUP_MS = 3000;
const WINDOW_MS = 10_000;
const WINDOWS = 3;
const TOKEN = 'bench-token-0123456789';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Servers start with V8's young generation at its full size (16 MB semi-spaces), so its one-time
 * growth under the first connections is not counted as memory per connection.
 */
function child(script: string, args: string[] = []): ChildProcess {
  return fork(join(here, script), args, {
    execArgv: ['--expose-gc', '--min-semi-space-size=16'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

function listening(c: ChildProcess): Promise<{ port: number; at: number }> {
  return new Promise((resolve, reject) => {
    c.on('message', (m: { type?: string; port: number; at: number }) => {
      if (m.type === 'listening') resolve(m);
    });
    c.once('exit', (code) => reject(new Error(`child exited with ${code} before listening`)));
  });
}

const exited = (c: ChildProcess) => new Promise<void>((resolve) => (c.exitCode !== null ? resolve() : c.once('exit', () => resolve())));

interface Steady {
  cpuPerMsgUs: number;
  messages: number;
  memPerConnKB: number;
  heapPerConnKB: number;
  loopMaxMs: number;
}

interface Side {
  server: ChildProcess;
  load: ChildProcess;
  s0?: ServerStats;
  s1?: ServerStats;
}

/** Opens n agents against a server (they beat once per second from their welcome on). */
async function open(side: Side, n: number, mode: 'raw' | 'hub', url: string): Promise<void> {
  side.s0 = await ask<ServerStats>(side.server, 'stats');
  const opened = await ask<{ all: boolean; welcomed: number }>(side.load, 'open', { n, mode, url, token: TOKEN }, 180_000);
  if (!opened.all) throw new Error(`${mode}: only ${opened.welcomed}/${n} agents connected`);
  await sleep(1000);
  side.s1 = await ask<ServerStats>(side.server, 'stats');
}

const cpuUs = (s: ServerStats) => s.cpuUserUs + s.cpuSystemUs;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Raw and hub take their heartbeats at the same time, so both are measured under the same load of
 * this (shared) machine; WINDOWS windows, the median ratio kept.
 */
async function measure(raw: Side, hub: Side, n: number): Promise<{ raw: Steady; hub: Steady }> {
  await sleep(WARMUP_MS);
  const per: Record<'raw' | 'hub', number[]> = { raw: [], hub: [] };
  const counts: Record<'raw' | 'hub', number> = { raw: 0, hub: 0 };
  let loops: Record<'raw' | 'hub', number> = { raw: 0, hub: 0 };
  for (let w = 0; w < WINDOWS; w++) {
    const before = await Promise.all(
      [raw, hub].map(async (side) => ({ s: await ask<ServerStats>(side.server, 'stats'), c: await ask<number>(side.load, 'sent') })),
    );
    for (const side of [raw, hub]) await ask(side.server, 'resetLoop');
    await sleep(WINDOW_MS);
    const after = await Promise.all(
      [raw, hub].map(async (side) => ({ c: await ask<number>(side.load, 'sent'), s: await ask<ServerStats>(side.server, 'stats') })),
    );
    (['raw', 'hub'] as const).forEach((k, i) => {
      const messages = after[i]!.c - before[i]!.c;
      per[k].push((cpuUs(after[i]!.s) - cpuUs(before[i]!.s)) / messages);
      counts[k] += messages;
      loops = { ...loops, [k]: Math.max(loops[k], after[i]!.s.loopMaxMs) };
    });
  }
  const steady = (k: 'raw' | 'hub', side: Side): Steady => ({
    cpuPerMsgUs: median(per[k]),
    messages: counts[k],
    memPerConnKB: (side.s1!.rssBytes - side.s0!.rssBytes) / n / 1024,
    heapPerConnKB: (side.s1!.heapBytes + side.s1!.externalBytes - side.s0!.heapBytes - side.s0!.externalBytes) / n / 1024,
    loopMaxMs: loops[k],
  });
  return { raw: steady('raw', raw), hub: steady('hub', hub) };
}

async function runN(n: number): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'siapcat-bench-'));
  const db = join(dir, 'hub.db');
  const raw: Side = { server: child('raw-server.js'), load: child('loadgen.js') };
  const rawAt = await listening(raw.server);
  const hub: Side = { server: child('hub-server.js', ['0', db, TOKEN]), load: child('loadgen.js') };
  const first = await listening(hub.server);
  await open(raw, n, 'raw', `ws://127.0.0.1:${rawAt.port}/`);
  await open(hub, n, 'hub', `ws://127.0.0.1:${first.port}/ws/agent`);
  const steady = await measure(raw, hub, n);
  await ask(raw.load, 'close');
  await ask(raw.server, 'close');
  await exited(raw.server);
  raw.load.kill();

  // The reconnect storm: the hub stops (closing every socket) and starts again on the same port and database.
  const stoppedAt = Date.now();
  await ask(hub.server, 'close');
  await exited(hub.server);
  const again = child('hub-server.js', [String(first.port), db, TOKEN]);
  const up = await listening(again);
  const back = await ask<{ all: boolean; welcomed: number; lastWelcomeAt: number }>(hub.load, 'waitAll', { timeoutMs: 60_000 }, 90_000);
  const afterStorm = await ask<ServerStats>(again, 'stats');
  await ask(hub.load, 'close');
  await ask(again, 'close');
  await exited(again);
  hub.load.kill();
  rmSync(dir, { recursive: true, force: true });

  return {
    n,
    ...steady,
    storm: {
      allBack: back.all,
      welcomed: back.welcomed,
      restartMs: up.at - stoppedAt,
      backAfterListeningMs: back.lastWelcomeAt - up.at,
      loopMaxMs: afterStorm.loopMaxMs,
    },
  };
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((x) => Number.isInteger(x) && x > 0);
const results: Result[] = [];
for (const n of sizes.length > 0 ? sizes : [1000, 10_000]) {
  process.stdout.write(`bench/hub: N=${n} ...\n`);
  const r = await runN(n);
  results.push(r);
  process.stdout.write(`${JSON.stringify(r)}\n`);
}
const file = writeResults(results, join(here, '..', '..', '..', 'bench', 'hub', 'RESULTS.md'));
process.stdout.write(`written ${file}\n`);
