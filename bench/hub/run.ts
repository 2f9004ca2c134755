import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ask, type ServerStats } from './ipc.js';
import { writeResults, type Result, type Steady, type Storm } from './report.js';

/**
 * bench/hub: a raw `ws` server against the hub, in one run, with N agents sending one heartbeat
 * per second, for each N given (default 1,000 and 10,000). Measures CPU per message (ratio to raw),
 * memory per connection, then the hub over WSS against the hub over WS (both beating at once), the
 * time until all N are back after a hub restart over WS and over WSS, and the longest event-loop
 * stall during each reconnect storm. Processes: each server, its load generator, this one.
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
  const c = fork(join(here, script), args, {
    execArgv: ['--expose-gc', '--min-semi-space-size=16'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(c);
  c.once('exit', () => children.delete(c));
  return c;
}

/** Every child still running when this process ends (a failed step throws) is killed, so none keeps loading the machine. */
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

function listening(c: ChildProcess): Promise<{ port: number; at: number; caPem?: string }> {
  return new Promise((resolve, reject) => {
    c.on('message', (m: { type?: string; port: number; at: number; caPem?: string }) => {
      if (m.type === 'listening') resolve(m);
    });
    c.once('exit', (code) => reject(new Error(`child exited with ${code} before listening`)));
  });
}

const exited = (c: ChildProcess) => new Promise<void>((resolve) => (c.exitCode !== null ? resolve() : c.once('exit', () => resolve())));

interface Side {
  server: ChildProcess;
  load: ChildProcess;
  s0?: ServerStats;
  s1?: ServerStats;
}

/** Opens n agents against a server (they beat once per second from their welcome on). */
async function open(side: Side, n: number, mode: 'raw' | 'hub', url: string, ca?: string): Promise<void> {
  side.s0 = await ask<ServerStats>(side.server, 'stats');
  const opened = await ask<{ all: boolean; welcomed: number }>(side.load, 'open', { n, mode, url, token: TOKEN, ca }, 180_000);
  if (!opened.all) throw new Error(`${mode}: only ${opened.welcomed}/${n} agents connected`);
  await sleep(1000);
  side.s1 = await ask<ServerStats>(side.server, 'stats');
}

const cpuUs = (s: ServerStats) => s.cpuUserUs + s.cpuSystemUs;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Servers that take their heartbeats at the same time are measured under the same load of this
 * (shared) machine; WINDOWS windows, the median of each kept.
 */
async function measure(sides: Side[], n: number): Promise<Steady[]> {
  await sleep(WARMUP_MS);
  const per = sides.map((): number[] => []);
  const counts = sides.map(() => 0);
  const loops = sides.map(() => 0);
  for (let w = 0; w < WINDOWS; w++) {
    const before = await Promise.all(
      sides.map(async (side) => ({ s: await ask<ServerStats>(side.server, 'stats'), c: await ask<number>(side.load, 'sent') })),
    );
    for (const side of sides) await ask(side.server, 'resetLoop');
    await sleep(WINDOW_MS);
    const after = await Promise.all(
      sides.map(async (side) => ({ c: await ask<number>(side.load, 'sent'), s: await ask<ServerStats>(side.server, 'stats') })),
    );
    sides.forEach((_, i) => {
      const messages = after[i]!.c - before[i]!.c;
      per[i]!.push((cpuUs(after[i]!.s) - cpuUs(before[i]!.s)) / messages);
      counts[i]! += messages;
      loops[i] = Math.max(loops[i]!, after[i]!.s.loopMaxMs);
    });
  }
  return sides.map((side, i) => ({
    cpuPerMsgUs: median(per[i]!),
    messages: counts[i]!,
    memPerConnKB: (side.s1!.rssBytes - side.s0!.rssBytes) / n / 1024,
    heapPerConnKB: (side.s1!.heapBytes + side.s1!.externalBytes - side.s0!.heapBytes - side.s0!.externalBytes) / n / 1024,
    loopMaxMs: loops[i]!,
  }));
}

/** The reconnect storm: the hub stops (closing every socket) and starts again on the same port, database and CA. */
async function storm(side: Side, args: string[]): Promise<Storm> {
  const stoppedAt = Date.now();
  await ask(side.server, 'close');
  await exited(side.server);
  const again = child('hub-server.js', args);
  const up = await listening(again);
  const back = await ask<{ all: boolean; welcomed: number; lastWelcomeAt: number }>(side.load, 'waitAll', { timeoutMs: 60_000 }, 90_000);
  const afterStorm = await ask<ServerStats>(again, 'stats');
  await ask(side.load, 'close');
  await ask(again, 'close');
  await exited(again);
  side.load.kill();
  return {
    allBack: back.all,
    welcomed: back.welcomed,
    restartMs: up.at - stoppedAt,
    backAfterListeningMs: back.lastWelcomeAt - up.at,
    loopMaxMs: afterStorm.loopMaxMs,
  };
}

/**
 * Up to this N the hubs over WS and over WSS beat at the same time. Above it, 2 × N heartbeats a
 * second plus N TLS handshakes, with both load generators, are more than this 2-core machine has:
 * the hub over WS is then measured alone, then stopped, then the hub over WSS alone.
 */
const TOGETHER_UP_TO = 2000;

async function runN(n: number): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'siapcat-bench-'));
  const db = join(dir, 'hub.db');
  const raw: Side = { server: child('raw-server.js'), load: child('loadgen.js') };
  const rawAt = await listening(raw.server);
  const hub: Side = { server: child('hub-server.js', ['0', db, TOKEN]), load: child('loadgen.js') };
  const first = await listening(hub.server);
  await open(raw, n, 'raw', `ws://127.0.0.1:${rawAt.port}/`);
  await open(hub, n, 'hub', `ws://127.0.0.1:${first.port}/ws/agent`);
  const [rawSteady, hubSteady] = (await measure([raw, hub], n)) as [Steady, Steady];
  await ask(raw.load, 'close');
  await ask(raw.server, 'close');
  await exited(raw.server);
  raw.load.kill();

  // The same hub over WSS (its own CA, the agents verifying against it).
  const together = n <= TOGETHER_UP_TO;
  const tlsDb = join(dir, 'hub-tls.db');
  const tlsDir = join(dir, 'tls');
  const openSecure = async (): Promise<{ side: Side; port: number }> => {
    const side: Side = { server: child('hub-server.js', ['0', tlsDb, TOKEN, tlsDir]), load: child('loadgen.js') };
    const at = await listening(side.server);
    await open(side, n, 'hub', `wss://127.0.0.1:${at.port}/ws/agent`, at.caPem);
    return { side, port: at.port };
  };
  let wsSteady: Steady;
  let wssSteady: Steady;
  let wsStorm: Storm;
  let secure: { side: Side; port: number };
  if (together) {
    // Beating at the same time as the hub over WS; then each storm in turn.
    secure = await openSecure();
    [wsSteady, wssSteady] = (await measure([hub, secure.side], n)) as [Steady, Steady];
    wsStorm = await storm(hub, [String(first.port), db, TOKEN]);
  } else {
    [wsSteady] = (await measure([hub], n)) as [Steady];
    wsStorm = await storm(hub, [String(first.port), db, TOKEN]);
    secure = await openSecure();
    [wssSteady] = (await measure([secure.side], n)) as [Steady];
  }
  const wssStorm = await storm(secure.side, [String(secure.port), tlsDb, TOKEN, tlsDir]);
  rmSync(dir, { recursive: true, force: true });
  return { n, raw: rawSteady, hub: hubSteady, storm: wsStorm, tls: { together, ws: wsSteady, wss: wssSteady, storm: wssStorm } };
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
