// Check-in benchmark: API check-in + PIN issuance against a real hub process (`siapcat hub` from
// dist/), and in the same run a bare SQLite insert loop with the same durability (one
// synchronous=FULL transaction per row) as the baseline, measured before and after the hub phases.
// Hub phases: (1) one desk, one request at a time; (2) check-ins offered at BENCH_RATE per second
// (default 500) whatever the answers; (3) flat out with BENCH_CONCURRENCY (default 16) in flight.
// "hub" latencies come from the hub's Server-Timing header (time inside the hub, including the
// wait for the group commit); "client" is what the load generator saw.
// Run: npm run bench:checkin (builds first). Writes bench/checkin/last-run.json.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const CLI = join(here, '..', '..', 'dist', 'cli', 'siapcat.js');
const PASSWORD = 'bench-password-2026';
const SESSION_SIZE = 430; // one sports-hall session
const SESSIONS = 15; // 1 sequential + 7 at a fixed rate + 7 flat out
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const TARGET_RATE = Number(process.env.BENCH_RATE ?? 500); // check-ins per second offered in phase 2
const BASELINE_ROWS = 3000;

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const stats = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return { n: s.length, p50: +pct(s, 50).toFixed(2), p99: +pct(s, 99).toFixed(2), max: +s.at(-1).toFixed(2) };
};
const number = (s, i) => `24${String(s).padStart(2, '0')}0011012${String(i).padStart(5, '0')}`;
const nik = (s, i) => `6310${String(s).padStart(2, '0')}5503${String(i).padStart(6, '0')}`;

function baseline(dir, synchronous, tag = '') {
  const db = new Database(join(dir, `baseline-${synchronous}${tag}.db`));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.exec('CREATE TABLE checkins (session_id TEXT, number TEXT, at TEXT, by TEXT, PRIMARY KEY (session_id, number)) STRICT');
  const insert = db.prepare('INSERT INTO checkins VALUES (?, ?, ?, ?)');
  const one = db.transaction((i) => insert.run('s', String(i), new Date().toISOString(), 'bench'));
  const times = [];
  const start = performance.now();
  for (let i = 0; i < BASELINE_ROWS; i++) {
    const t0 = performance.now();
    one(i);
    times.push(performance.now() - t0);
  }
  const seconds = (performance.now() - start) / 1000;
  db.close();
  return { synchronous, ...stats(times), perSecond: Math.round(BASELINE_ROWS / seconds) };
}

/** CPU seconds (user + system) a process has used, from /proc (Linux); NaN elsewhere. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

async function startHub(dbPath) {
  const child = spawn(process.execPath, [CLI, 'hub', '--port', '0', '--host', '127.0.0.1', '--db', dbPath], {
    env: { PATH: process.env.PATH, SIAPCAT_ADMIN_PASSWORD: PASSWORD },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stderr.on('data', (d) => (text += d));
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      text += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(text);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`hub exited ${code}: ${text}`)));
  });
  return { child, url };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'siapcat-bench-'));
  try {
    const full = baseline(dir, 'FULL');
    const normal = baseline(dir, 'NORMAL');

    const { child, url } = await startHub(join(dir, 'hub.db'));
    const login = await fetch(`${url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: PASSWORD }),
    });
    const { token } = await login.json();
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const sessions = [];
    const startsAt = new Date(Date.now() + 3600_000).toISOString().slice(0, 19) + 'Z';
    for (let s = 0; s < SESSIONS; s++) {
      const res = await fetch(`${url}/api/sessions`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: `Bench ${s + 1}`, startsAt, kind: 'SKD' }),
      });
      const { id } = await res.json();
      const csv = [
        'NO PESERTA,NIK,NAMA,RUANG',
        ...Array.from({ length: SESSION_SIZE }, (_, i) => `${number(s, i)},${nik(s, i)},Peserta ${s}-${i},R${(i % 4) + 1}`),
      ].join('\n');
      const imported = await (
        await fetch(`${url}/api/sessions/${id}/roster`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'text/csv' },
          body: csv,
        })
      ).json();
      if (imported.imported !== SESSION_SIZE) throw new Error(`import: ${JSON.stringify(imported).slice(0, 300)}`);
      sessions.push(id);
    }

    const checkin = async (s, i) => {
      const t0 = performance.now();
      const res = await fetch(`${url}/api/sessions/${sessions[s]}/checkins`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ participantNumber: number(s, i), nik: nik(s, i) }),
      });
      const client = performance.now() - t0;
      const hub = Number(/app;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? NaN);
      const body = await res.json();
      if (res.status !== 201 || !body.pin) throw new Error(`check-in ${res.status}: ${JSON.stringify(body).slice(0, 200)}`);
      return { client, hub };
    };

    // 1. One desk, one request at a time: latency of a check-in as the desk sees it (session 1).
    const sequential = [];
    for (let i = 0; i < SESSION_SIZE; i++) sequential.push(await checkin(0, i));

    // 2. Offered load: check-ins arrive at TARGET_RATE per second whatever the answers (many desks, open loop).
    const offered = [];
    for (let s = 1; s <= 7; s++) for (let i = 0; i < SESSION_SIZE; i++) offered.push([s, i]);
    const atRate = [];
    const rateStart = performance.now();
    await new Promise((resolve, reject) => {
      let sent = 0;
      let done = 0;
      const tick = () => {
        const due = Math.min(offered.length, Math.floor(((performance.now() - rateStart) / 1000) * TARGET_RATE) + 1);
        for (; sent < due; sent++) {
          const [s, i] = offered[sent];
          checkin(s, i).then((r) => {
            atRate.push(r);
            if (++done === offered.length) resolve();
          }, reject);
        }
        if (sent < offered.length) setTimeout(tick, 1);
      };
      tick();
    });
    const rateSeconds = (performance.now() - rateStart) / 1000;

    // 3. Flat out: CONCURRENCY requests always in flight, to find the ceiling.
    const queue = [];
    for (let s = 8; s < SESSIONS; s++) for (let i = 0; i < SESSION_SIZE; i++) queue.push([s, i]);
    const loaded = [];
    const hubCpuBefore = cpuSeconds(child.pid);
    const clientCpuBefore = process.cpuUsage();
    const start = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let job = queue.shift(); job; job = queue.shift()) loaded.push(await checkin(job[0], job[1]));
      }),
    );
    const seconds = (performance.now() - start) / 1000;
    const hubCpu = cpuSeconds(child.pid) - hubCpuBefore;
    const clientCpuUsage = process.cpuUsage(clientCpuBefore);
    const clientCpu = (clientCpuUsage.user + clientCpuUsage.system) / 1e6;
    child.kill('SIGTERM');
    const fullAfter = baseline(dir, 'FULL', 'after');

    const result = {
      at: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      loadAverage: loadavg().map((x) => +x.toFixed(2)),
      baseline: { full, fullAfter, normal },
      sequential: { client: stats(sequential.map((x) => x.client)), hub: stats(sequential.map((x) => x.hub)) },
      offered: {
        ratePerSecond: TARGET_RATE,
        checkins: atRate.length,
        seconds: +rateSeconds.toFixed(2),
        completedPerSecond: Math.round(atRate.length / rateSeconds),
        client: stats(atRate.map((x) => x.client)),
        hub: stats(atRate.map((x) => x.hub)),
      },
      flatOut: {
        concurrency: CONCURRENCY,
        checkins: loaded.length,
        seconds: +seconds.toFixed(2),
        perSecond: Math.round(loaded.length / seconds),
        /** CPU the hub process spent per check-in, and what one core of it would sustain. */
        hubCpuMsPerCheckin: +((hubCpu * 1000) / loaded.length).toFixed(3),
        hubCpuBoundPerSecond: Math.round(loaded.length / hubCpu),
        hubCpuSeconds: +hubCpu.toFixed(2),
        loadGeneratorCpuSeconds: +clientCpu.toFixed(2),
        client: stats(loaded.map((x) => x.client)),
        hub: stats(loaded.map((x) => x.hub)),
      },
    };
    const bareFull = Math.max(full.perSecond, fullAfter.perSecond);
    result.ratios = {
      flatOutRateVsBareFullInsertRate: +(result.flatOut.perSecond / bareFull).toFixed(3),
      sequentialHubP50VsBareFullInsertP50: +(result.sequential.hub.p50 / Math.min(full.p50, fullAfter.p50)).toFixed(2),
      bareFullVsNormalInsertRate: +(bareFull / normal.perSecond).toFixed(3),
    };
    result.targets = {
      hubP99Under20msAt500PerSecond: result.offered.hub.p99 < 20,
      sequentialHubP99Under20ms: result.sequential.hub.p99 < 20,
      atLeast500PerSecondSustained: result.offered.completedPerSecond >= 0.97 * TARGET_RATE && TARGET_RATE >= 500,
      flatOutAtLeast500PerSecond: result.flatOut.perSecond >= 500,
    };
    writeFileSync(join(here, 'last-run.json'), JSON.stringify(result, null, 2) + '\n');
    console.log(JSON.stringify(result, null, 2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
