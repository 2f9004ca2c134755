// Results benchmark, two parts, each with its baseline measured in the same run.
// (1) Import + judge vs parse alone: a 2,000-row results CSV parsed by the hub's own reader
//     (parseResults) on a thread of its own, timed inside that thread, is the baseline; the same file imported through POST /api/sessions/:id/results
//     (parse, roster checks, one durable transaction, audit) plus GET /api/sessions/:id/results
//     (judging all 2,000 under the rule in force and reconciling: no check-ins, so 2,000 anomalies), both timed
//     inside the hub by its Server-Timing header (the import's phases too). A first round (cold parsers) is
//     reported apart; the target is judged on the REPEAT rounds after it. Target: import + judge <= 1.5x parse alone.
//     PART1_ONLY=1 prints part 1 and writes nothing.
// (2) The live board: 20 viewers on /ws/live, each re-fetching GET .../results/board when told,
//     as the TV page does; latency from the start of an import of 10 new rows to each viewer holding
//     a board with them. Target: p99 <= 1 s. The hub runs in this process (its event loop also
//     carries the 20 viewers), so the numbers are conservative.
// Run: npm run bench:results (builds first). Writes RESULTS.md and last-run.json beside this file.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import WebSocket from 'ws';

const here = import.meta.dirname;
const dist = (p) => join(here, '..', '..', 'dist', p);
const { startHub } = await import(dist('server/hub.js'));
const { memoryLogger } = await import(dist('server/log.js'));
const { part1Markdown, serverTiming, summarize } = await import('./report.mjs');
const loadAtStart = loadavg().map((x) => +x.toFixed(2));

const ROWS = Number(process.env.ROWS ?? 2000);
const VIEWERS = Number(process.env.VIEWERS ?? 20);
const IMPORTS = Number(process.env.IMPORTS ?? 20);
const BOARD_SESSION = Number(process.env.BOARD_SESSION ?? 430);
// Nine rounds after the first: both parsers take two or three files to reach their speed (the JIT of the bench's
// thread and of the hub's parser thread); the median of nine is the steady state, not the warm-up.
const REPEAT = Number(process.env.REPEAT ?? 9);
const SETTLE_MS = Number(process.env.SETTLE_MS ?? 700);
const PASSWORD = 'bench-password-2026';

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const stats = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return { n: s.length, p50: +pct(s, 50).toFixed(1), p99: +pct(s, 99).toFixed(1), max: +s.at(-1).toFixed(1) };
};
const number = (s, i) => `24${String(s).padStart(2, '0')}0011012${String(i).padStart(5, '0')}`;
const nik = (s, i) => `6310${String(s).padStart(2, '0')}5503${String(i).padStart(6, '0')}`;
const roster = (s, n) =>
  [
    'NO PESERTA;NIK;NAMA;RUANG;KURSI',
    ...Array.from({ length: n }, (_, i) => `${number(s, i)};${nik(s, i)};Peserta ${i};R${(i % 10) + 1};${(i % 50) + 1}`),
  ].join('\r\n');
const score = (i, k) => 40 + ((i * 37 + k * 11) % 100);
const results = (s, from, to) =>
  [
    'NO PESERTA;TWK;TIU;TKP;JUMLAH',
    ...Array.from({ length: to - from }, (_, j) => {
      const i = from + j;
      const [a, b, c] = [score(i, 1), score(i, 2) + 30, 120 + (score(i, 3) % 100)];
      return `${number(s, i)};${a};${b};${c};${a + b + c}`;
    }),
  ].join('\r\n');

const dir = mkdtempSync(join(tmpdir(), 'siapcat-bench-results-'));
const hub = await startHub({
  port: 0,
  host: '127.0.0.1',
  dbPath: join(dir, 'hub.db'),
  log: memoryLogger(),
  passwordCost: { N: 1024, r: 8, p: 1 },
  env: { SIAPCAT_ADMIN_PASSWORD: PASSWORD },
});
const login = await fetch(`${hub.url}/api/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'admin', password: PASSWORD }),
});
const token = (await login.json()).token;
let socketRetries = 0;
const send = (method, path, body, type) =>
  fetch(hub.url + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': type } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
const call = async (method, path, body, type = 'application/json') => {
  let res;
  try {
    res = await send(method, path, body, type);
  } catch (err) {
    // A kept-alive connection the server closed as it was reused: sent again, counted in the results.
    if (!['UND_ERR_SOCKET', 'ECONNRESET'].includes(err?.cause?.code)) throw err;
    socketRetries++;
    res = await send(method, path, body, type);
  }
  const phases = serverTiming(res.headers.get('server-timing'));
  const timing = phases.app ?? Number.NaN;
  const json = await res.json();
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
  return { json, timing, phases };
};
const startsAt = new Date(Date.now() + 30 * 60_000).toISOString().replace('Z', '+00:00').replace(/\.\d+/, '');
async function session(s, n, checkins) {
  const { json } = await call('POST', '/api/sessions', {
    name: `Bench ${s}`,
    startsAt: startsAt.replace('+00:00', 'Z'),
    kind: 'SKD',
    timeZone: 'Asia/Makassar',
  });
  await call('POST', `/api/sessions/${json.id}/roster`, roster(s, n), 'text/csv');
  for (let i = 0; i < checkins; i += 16) {
    await Promise.all(
      Array.from({ length: Math.min(16, checkins - i) }, (_, k) =>
        call('POST', `/api/sessions/${json.id}/checkins`, { participantNumber: number(s, i + k), nik: nik(s, i + k) }),
      ),
    );
  }
  return json.id;
}

// ---- (1) import + judge vs parse alone ----
// Round 0 is the first file the process sees (cold parser in this process, a new parser thread in the hub);
// rounds 1..REPEAT come after it (both parsers warm). Each round pairs the same file: parse alone, then the
// import of it, then the GET, each started on a quiet hub (its outbox collects 250 ms after a change).
// The baseline parses on a thread of its own, as the hub's import parses on its parser thread: not on this
// process's main thread, which is also the hub's (its heap, timers and garbage would land in the baseline;
// measured there, the same parse took 13 to 46 ms from one run to the next). Timed inside the thread: the
// parse alone, without the hand-off that the import's parse includes.
const parser = new Worker(
  `const { parentPort } = require('node:worker_threads');
   const load = Promise.all([import(${JSON.stringify(dist('server/results/parse.js'))}), import(${JSON.stringify(dist('checklists/passing-grades/index.js'))})]);
   parentPort.on('message', async ({ bytes, day }) => {
     const [{ parseResults }, { ruleInForce }] = await load;
     const rule = ruleInForce('SKD', day);
     const t0 = performance.now();
     const parsed = await parseResults(bytes, rule, { date: '2026-11-23', offset: '+08:00' });
     const parse = performance.now() - t0;
     parentPort.postMessage({ parse, rows: parsed.rows.length });
   });`,
  { eval: true },
);
const parseAlone = (bytes) =>
  new Promise((resolve, reject) => {
    parser.once('message', resolve);
    parser.once('error', reject);
    parser.postMessage({ bytes, day: new Date().toISOString().slice(0, 10) });
  });
const rounds = [];
const settle = () => new Promise((r) => setTimeout(r, SETTLE_MS));
for (let r = 0; r <= REPEAT; r++) {
  const csv = results(r, 0, ROWS);
  const bytes = new TextEncoder().encode(csv);
  // No check-ins: every result is then an anomaly (result without check-in), the most reconciling work.
  const id = await session(r, ROWS, 0);
  await settle();
  const { parse, rows } = await parseAlone(bytes);
  if (rows !== ROWS) throw new Error(`parsed ${rows} rows`);
  // Then the supervisor opens the session's results page, where the import is (untimed): as the dashboard does, it
  // reads the results first, and the hub gets a parser thread ready meanwhile (in the warm rounds one already
  // waits). After the baseline, so that a thread starting never runs beside the parse alone; if it is still
  // starting when the import comes, that counts against the import.
  await call('GET', `/api/sessions/${id}/results`);
  await settle();
  const imported = await call('POST', `/api/sessions/${id}/results`, csv, 'text/csv');
  if (imported.json.imported !== ROWS) throw new Error(`imported ${imported.json.imported}`);
  const judged = await call('GET', `/api/sessions/${id}/results`);
  if (judged.json.results.length !== ROWS) throw new Error('not all judged');
  rounds.push({ parse, import: imported.timing, phases: imported.phases, judge: judged.timing });
}
const part1 = summarize(rounds, ROWS, SETTLE_MS);
console.log('part 1', JSON.stringify({ ...part1, rounds: undefined }, null, 1));
if (process.env.PART1_ONLY) {
  // A quick look while working: nothing is written.
  await parser.terminate();
  await hub.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

// ---- (2) live board latency, 20 viewers ----
const boardSession = await session(50, BOARD_SESSION, 0);
const latencies = [];
let target = null; // { rows, t0 }
const viewers = [];
for (let v = 0; v < VIEWERS; v++) {
  const ws = new WebSocket(`${hub.url.replace('http', 'ws')}/ws/live`, ['siapcat.live.v1', `bearer.${token}`]);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const viewer = { ws, fetching: false, again: false };
  const fetchBoard = async () => {
    if (viewer.fetching) {
      viewer.again = true;
      return;
    }
    viewer.fetching = true;
    do {
      viewer.again = false;
      const want = target;
      const { json } = await call('GET', `/api/sessions/${boardSession}/results/board`);
      if (want && !want.closed && json.rows.length >= want.rows && !want.seen.has(v)) {
        want.seen.add(v);
        latencies.push(performance.now() - want.t0);
      }
    } while (viewer.again);
    viewer.fetching = false;
  };
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data));
    if (msg.type === 'live.changed' && msg.topics.includes('results') && (msg.sessions ?? []).includes(boardSession)) void fetchBoard();
  });
  viewers.push(viewer);
}
const step = Math.floor(BOARD_SESSION / IMPORTS);
for (let k = 0; k < IMPORTS; k++) {
  target = { rows: (k + 1) * step, t0: performance.now(), seen: new Set() };
  await call('POST', `/api/sessions/${boardSession}/results`, results(50, k * step, (k + 1) * step), 'text/csv');
  const deadline = Date.now() + 5000;
  while (target.seen.size < VIEWERS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  target.closed = true; // a viewer that answers later is already counted as a 5 s miss
  if (target.seen.size < VIEWERS) latencies.push(...Array(VIEWERS - target.seen.size).fill(5000));
  await new Promise((r) => setTimeout(r, 200 + Math.random() * 400));
}
const part2 = { viewers: VIEWERS, imports: IMPORTS, rowsPerImport: step, sessionSize: BOARD_SESSION, latencyMs: stats(latencies) };
console.log('part 2', part2);
for (const v of viewers) v.ws.close();
await parser.terminate();
await hub.close();
rmSync(dir, { recursive: true, force: true });

const run = {
  at: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  loadavg: loadavg().map((x) => +x.toFixed(2)),
  loadAtStart,
  part1,
  part2,
  socketRetries,
  targets: { importPlusJudgeToParse: 1.5, boardP99Ms: 1000 },
};
writeFileSync(join(here, 'last-run.json'), `${JSON.stringify(run, null, 2)}\n`);
const ok = (b) => (b ? 'met' : 'NOT met');
// Hand-written notes below this heading survive a new run.
const NOTES = '## Notes written by hand';
const resultsPath = join(here, 'RESULTS.md');
const old = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '';
const notes = old.includes(NOTES) ? `\n${old.slice(old.indexOf(NOTES))}` : '';
writeFileSync(
  resultsPath,
  `# Results benchmark (last run ${run.at.slice(0, 16)}Z, Node ${run.node}, ${run.cpus} cores, load ${run.loadAtStart.join(' ')} at the start, ${run.loadavg.join(' ')} at the end)

Run: \`npm run bench:results\` (builds first). Source: [run.mjs](run.mjs), [report.mjs](report.mjs); raw numbers: [last-run.json](last-run.json).

${part1Markdown(part1)}
## 2. Live board, ${VIEWERS} viewers

${IMPORTS} imports of ${step} new rows into a ${BOARD_SESSION}-participant session; each viewer re-fetches the board when
the live channel says \`results\` changed. Latency from the start of the import to each viewer holding the new rows:
p50 ${part2.latencyMs.p50} ms, **p99 ${part2.latencyMs.p99} ms**, max ${part2.latencyMs.max} ms over ${part2.latencyMs.n} samples
(target p99 <= 1,000 ms: ${ok(part2.latencyMs.p99 <= 1000)}). The channel coalesces changes to at most one message per 500 ms.
${notes}`,
);
console.log(`wrote ${resultsPath}`);
