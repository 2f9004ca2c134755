import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'node:https';
import pg from 'pg';
import { startLocalPostgres } from '../../server/region/local-pg.js';
import { SimVenue } from './venues.js';
import { writeRegionResults, type RegionBenchResult } from './report.js';
import { clusterCpu, clusterCpuSince } from './pg-cpu.js';
import { BARE_WAYS, bareInsert, createBaselineTables, type BareWay, type BaselineRow } from './baseline.js';

/**
 * bench/region, in one run on one machine: a regional service (its own process) on a throw-away
 * PostgreSQL, and N simulated venue hubs (the real outbox and pusher over HTTPS, in this process).
 * 1. Steady: every venue changes every 5 s; the lag from a venue's change to the regional view
 *    (GET /api/region/venues, polled every 500 ms: the poll period is part of the lag).
 * 2. Throughput, 5 repeats (the median is the result): 50 venues with 2,000 new changes each, pushed through the region, against
 *    a bare batched insert of the same rows into the same table shape (same batches, same connection
 *    count), three ways (arrays, one json text, one jsonb value), the fastest the baseline (see report.ts).
 * 3. Outage: 50 venues cut off while an hour of changes piles up (one every 5 s), then back: the
 *    time until the region holds all of it and shows them fresh.
 * Writes bench/region/RESULTS.md and last-run.json.
 */
const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const VENUES = Number(process.env.VENUES ?? 500);
const STEADY_MS = Number(process.env.STEADY_MS ?? 60_000);
const TICK_MS = 5000;
const BULK_VENUES = 50;
const BULK_EVENTS = 2000;
const OUTAGE_VENUES = 50;
const THROUGHPUT_REPEATS = 5;
const OUTAGE_TICKS = 3600_000 / TICK_MS;
const OUTAGE_HOLD_MS = Number(process.env.OUTAGE_HOLD_MS ?? 45_000);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

const cluster = await startLocalPostgres();
// Interrupted (Ctrl+C, a timeout) or failed: the throw-away cluster goes too.
process.once('exit', () => cluster.stop());
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cluster.stop();
    process.exit(130);
  });
}
const pgUrl = await cluster.createDatabase('region_bench');
const tlsDir = mkdtempSync(join(tmpdir(), 'siapcat-bench-tls-'));
const child = fork(join(here, 'region-server.js'), [pgUrl, tlsDir], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const info = await new Promise<{ url: string; caFingerprint: string; caPem: string }>((resolve) =>
  child.once('message', (m) => resolve(m as never)),
);
const agent = new Agent({ ca: info.caPem, keepAlive: true, maxSockets: 4 });
const ask = (type: string) =>
  new Promise<{ ms: number }>((resolve) => (child.once('message', (m) => resolve(m as never)), child.send({ type })));

function api(path: string, body?: unknown, token?: string): Promise<any> {
  return new Promise((resolve, reject) => {
    const text = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = {};
    if (text) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const req = request(new URL(path, info.url), { method: text ? 'POST' : 'GET', headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    });
    req.on('error', reject);
    req.end(text);
  });
}

// Enroll and join every venue (the real join: pinned CA, one-time code, own key).
const admin = (await api('/api/login', { username: 'admin', password: 'bench-wilayah-2026' })).token as string;
const venues: SimVenue[] = [];
for (let i = 0; i < VENUES; i += 25) {
  await Promise.all(
    Array.from({ length: Math.min(25, VENUES - i) }, async (_, k) => {
      const id = `lokasi-${String(i + k + 1).padStart(3, '0')}`;
      const { code } = await api('/api/region/venues', { id, name: `Titik lokasi ${i + k + 1}` }, admin);
      const v = new SimVenue(id);
      await v.join(info.url, code, info.caFingerprint);
      venues.push(v);
    }),
  );
}
console.log(`${venues.length} venues joined`);

// Every venue changes every 5 s, each at its own phase.
const timers: NodeJS.Timeout[] = [];
const ticking = new Set<SimVenue>(venues);
for (const v of venues) {
  timers.push(
    setTimeout(() => {
      v.tick();
      timers.push(setInterval(() => ticking.has(v) && v.tick(), TICK_MS));
    }, Math.random() * TICK_MS),
  );
}

// The regional view, polled: the first poll showing a venue's new count ends that change's lag.
const lags: number[] = [];
const seen = new Map<string, number>();
let polling = true;
const pollMs: number[] = [];
const byId = new Map(venues.map((v) => [v.id, v]));
async function poll(record: () => boolean): Promise<void> {
  while (polling) {
    const started = Date.now();
    let view: any;
    try {
      view = await api('/api/region/venues', undefined, admin);
    } catch {
      await sleep(100);
      continue;
    }
    const now = Date.now();
    pollMs.push(now - started);
    for (const rv of view.venues as Array<{ id: string; sessions: Array<{ present: number }> }>) {
      const present = rv.sessions[0]?.present ?? 0;
      const v = byId.get(rv.id)!;
      for (let p = (seen.get(rv.id) ?? 0) + 1; p <= present; p++) {
        const at = v.appendedAt.get(p);
        if (at !== undefined && record()) lags.push(now - at);
      }
      seen.set(rv.id, Math.max(present, seen.get(rv.id) ?? 0));
    }
    await sleep(Math.max(0, 500 - (Date.now() - started)));
  }
}
let recording = false;
const poller = poll(() => recording);
await sleep(TICK_MS + 1000);
recording = true;
await ask('cpu-reset');
const steadyStart = Date.now();
await sleep(STEADY_MS);
const regionCpuMs = (await ask('cpu')).ms;
const steadySeconds = (Date.now() - steadyStart) / 1000;
recording = false;
const steadyPollMs = pct(pollMs, 50);
console.log(`steady: ${lags.length} changes, p99 lag ${pct(lags, 99)} ms`);

// Throughput, five times: 50 venues, quiet otherwise, 2,000 new events each, through the region;
// then the same rows inserted bare (every way below), the fastest being the baseline.
const bulk = venues.slice(0, BULK_VENUES);
for (const v of venues) ticking.delete(v);
await waitAll(venues, 60_000);
const pool = new pg.Pool({ connectionString: pgUrl, max: 10 });
await createBaselineTables(pool);
interface Repeat {
  rows: number;
  regionRowsPerS: number;
  bareRowsPerS: Record<(typeof BARE_WAYS)[number], number>;
  ratio: number;
  loadAverage: number;
  /** CPU of the region's process and of the simulated venues' process during the region's part, in cores. */
  regionCpu: number;
  venuesCpu: number;
  /** CPU ms per 1,000 rows: the region's part (region, venues, PostgreSQL) and the faster bare way (bench, PostgreSQL). */
  perKRows: { region: number; venues: number; pg: number; barePg: number; bareClient: number };
  /** CPU of the region's process and of PostgreSQL, in cores, during 3 s before the repeat with no bulk push. */
  background: { regionCores: number; pgCores: number };
}
const dataDir = join(cluster.dir, 'data');
const repeats: Repeat[] = [];
for (let r = 0; r < THROUGHPUT_REPEATS; r++) {
  // The background with no bulk pushes (the view poller, the other venues' heartbeats): 3 s of it.
  await ask('cpu-reset');
  const restPg = clusterCpu(dataDir);
  const restStart = Date.now();
  await sleep(3000);
  const restMs = Date.now() - restStart;
  const background = {
    regionCores: Math.round(((await ask('cpu')).ms / restMs) * 100) / 100,
    pgCores: Math.round((clusterCpuSince(dataDir, restPg) / restMs) * 100) / 100,
  };
  const from = new Map(bulk.map((v) => [v.id, v.store.head()]));
  for (const v of bulk) for (let i = 0; i < BULK_EVENTS; i++) v.tick();
  await ask('cpu-reset');
  const venuesCpu = process.cpuUsage();
  const pgBefore = clusterCpu(dataDir);
  const bulkStart = Date.now();
  await waitAll(bulk, 120_000);
  const bulkMs = Date.now() - bulkStart;
  const cpuShare = (ms: number) => Math.round((ms / bulkMs) * 100) / 100;
  const regionMs = (await ask('cpu')).ms;
  const regionCpu = cpuShare(regionMs);
  const venuesUsage = process.cpuUsage(venuesCpu);
  const regionPgMs = clusterCpuSince(dataDir, pgBefore);
  const venuesCpuShare = cpuShare((venuesUsage.user + venuesUsage.system) / 1000);
  const regionRowsPerS = bulk.reduce((n, v) => n + v.store.head() - from.get(v.id)!, 0) / ((Date.now() - bulkStart) / 1000);
  const rows: BaselineRow[] = bulk.flatMap((v) => v.store.after(from.get(v.id)!, BULK_EVENTS * 2).map((e) => ({ ...e, venue: v.id })));
  // The bare ways take turns going first, so none always gets the warmer cache.
  const order: BareWay[] = BARE_WAYS.map((_, i) => BARE_WAYS[(i + r) % BARE_WAYS.length]!);
  const bareRowsPerS = { arrays: 0, json: 0, jsonb: 0 };
  const bareCpu = { arrays: { pg: 0, client: 0 }, json: { pg: 0, client: 0 }, jsonb: { pg: 0, client: 0 } };
  for (const way of order) {
    const pgAt = clusterCpu(dataDir);
    const clientAt = process.cpuUsage();
    bareRowsPerS[way] = await bareInsert(
      pool,
      way,
      bulk.map((v) => v.id),
      rows,
    );
    const client = process.cpuUsage(clientAt);
    bareCpu[way] = { pg: clusterCpuSince(dataDir, pgAt), client: (client.user + client.system) / 1000 };
  }
  const bestWay: BareWay = BARE_WAYS.reduce((a, b) => (bareRowsPerS[b] > bareRowsPerS[a] ? b : a));
  const best = bareRowsPerS[bestWay];
  const perK = (ms: number) => Math.round((ms / rows.length) * 1000);
  repeats.push({
    rows: rows.length,
    regionRowsPerS,
    bareRowsPerS,
    ratio: regionRowsPerS / best,
    loadAverage: loadavg()[0]!,
    regionCpu,
    venuesCpu: venuesCpuShare,
    background,
    perKRows: {
      region: perK(regionMs),
      venues: perK((venuesUsage.user + venuesUsage.system) / 1000),
      pg: perK(regionPgMs),
      barePg: perK(bareCpu[bestWay].pg),
      bareClient: perK(bareCpu[bestWay].client),
    },
  });
  console.log(
    `throughput ${r + 1}/${THROUGHPUT_REPEATS}: region ${Math.round(regionRowsPerS)} rows/s, bare ${Math.round(bareRowsPerS.arrays)} (arrays) / ${Math.round(bareRowsPerS.json)} (json) / ${Math.round(bareRowsPerS.jsonb)} (jsonb) rows/s; CPU region ${regionCpu}, venues ${venuesCpuShare} cores`,
  );
}
await pool.end();
const medianRepeat = [...repeats].sort((a, b) => a.ratio - b.ratio)[Math.floor(repeats.length / 2)]!;

// Outage: 50 other venues lose their line while an hour of changes piles up; the rest tick on.
for (const v of venues) ticking.add(v);
const cut = venues.slice(BULK_VENUES, BULK_VENUES + OUTAGE_VENUES);
for (const v of cut) {
  v.down = true;
  ticking.delete(v);
}
const outageStart = Date.now();
for (const v of cut) for (let i = 0; i < OUTAGE_TICKS; i++) v.tick();
const backlog = cut.reduce((n, v) => n + v.store.head() - v.store.link()!.ackedSeq, 0);
await sleep(Math.max(0, OUTAGE_HOLD_MS - (Date.now() - outageStart)));
const back = Date.now();
for (const v of cut) v.down = false;
const caughtUpAt = new Map<string, number>();
// When each venue's own pusher held the region's acknowledgement of its whole backlog (the hub's side).
const hubCaughtUpAt = new Map<string, number>();
const hubWatch = setInterval(() => {
  for (const v of cut) if (!hubCaughtUpAt.has(v.id) && v.caughtUp()) hubCaughtUpAt.set(v.id, Date.now() - back);
}, 50);
const viewMs: number[] = [];
while (caughtUpAt.size < cut.length && Date.now() - back < 120_000) {
  const asked = Date.now();
  const view = await api('/api/region/venues', undefined, admin);
  viewMs.push(Date.now() - asked);
  for (const rv of view.venues as Array<{ id: string; stale: boolean; behind: number; sessions: Array<{ present: number }> }>) {
    const v = byId.get(rv.id)!;
    if (
      v.down === false &&
      cut.includes(v) &&
      !caughtUpAt.has(rv.id) &&
      !rv.stale &&
      rv.behind === 0 &&
      rv.sessions[0]?.present === v.present &&
      v.caughtUp()
    ) {
      caughtUpAt.set(rv.id, Date.now() - back);
    }
  }
  await sleep(250);
}
clearInterval(hubWatch);
const catchUps = [...caughtUpAt.values()];
const hubCatchUps = [...hubCaughtUpAt.values()];
console.log(`outage: ${caughtUpAt.size}/${cut.length} caught up, slowest ${Math.max(...catchUps)} ms`);

polling = false;
await poller;
for (const t of timers) clearTimeout(t);
for (const v of venues) v.stop();
child.send({ type: 'stop' });
await new Promise((r) => child.once('exit', r));
agent.destroy();
cluster.stop();
rmSync(tlsDir, { recursive: true, force: true });

async function waitAll(list: SimVenue[], ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!list.every((v) => v.caughtUp())) {
    if (Date.now() > end) {
      const late = list
        .filter((v) => !v.caughtUp())
        .map((v) => ({ id: v.id, head: v.store.head(), link: v.store.link() && { ...v.store.link()!, caPem: '', venueKey: '' } }));
      throw new Error(`venues did not catch up in time: ${JSON.stringify(late.slice(0, 3))}`);
    }
    await sleep(50);
  }
}

const result: RegionBenchResult = {
  date: new Date().toISOString(),
  machine: `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}, PostgreSQL 15 (throw-away cluster, fsync off); load average at the end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} (1/5/15 min)`,
  venues: VENUES,
  steady: {
    seconds: Math.round(steadySeconds),
    changes: lags.length,
    lagMs: { p50: pct(lags, 50), p95: pct(lags, 95), p99: pct(lags, 99), max: pct(lags, 100) },
    pollMsMedian: steadyPollMs,
    regionCpuPercentOfOneCore: Math.round((regionCpuMs / (steadySeconds * 1000)) * 1000) / 10,
  },
  throughput: {
    rows: medianRepeat.rows,
    regionRowsPerS: Math.round(medianRepeat.regionRowsPerS),
    bareRowsPerS: Math.round(Math.max(...BARE_WAYS.map((w) => medianRepeat.bareRowsPerS[w]))),
    ratio: Math.round(medianRepeat.ratio * 100) / 100,
    repeats: repeats.map((r) => ({
      rows: r.rows,
      regionRowsPerS: Math.round(r.regionRowsPerS),
      bareArraysRowsPerS: Math.round(r.bareRowsPerS.arrays),
      bareJsonRowsPerS: Math.round(r.bareRowsPerS.json),
      bareJsonbRowsPerS: Math.round(r.bareRowsPerS.jsonb),
      ratio: Math.round(r.ratio * 100) / 100,
      loadAverage1m: Math.round(r.loadAverage * 10) / 10,
      regionCpuCores: r.regionCpu,
      venuesCpuCores: r.venuesCpu,
      cpuMsPer1000Rows: r.perKRows,
      backgroundCores: r.background,
    })),
  },
  outage: {
    venues: OUTAGE_VENUES,
    backlogEvents: backlog,
    caughtUp: caughtUpAt.size,
    slowestMs: Math.max(...catchUps),
    medianMs: pct(catchUps, 50),
    hubAckedMedianMs: pct(hubCatchUps, 50),
    hubAckedSlowestMs: Math.max(...hubCatchUps),
    viewPollMsMedian: pct(viewMs, 50),
    viewPollMsMax: Math.max(...viewMs),
  },
};
writeRegionResults(repo, result);
console.log(JSON.stringify(result, null, 2));
process.exit(0);
