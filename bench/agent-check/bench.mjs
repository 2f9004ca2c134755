// npm run bench:agent — a live `siapcat agent check` process against a process that makes only the
// bare systeminformation calls it needs, in the same run, alternating, several rounds; medians of
// wall time and of peak RSS; writes RESULTS.md beside this file.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
const TARGET_RATIO = 1.5;
const TARGET_RSS_MIB = 80;
const tmp = mkdtempSync(join(os.tmpdir(), 'siapcat-bench-'));

function measure(args) {
  const rssFile = join(tmp, `rss-${Math.random().toString(36).slice(2)}`);
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', join(here, 'rss-hook.mjs'), ...args], {
      cwd: root,
      env: { ...process.env, SIAPCAT_BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const kib = Number(readFileSync(rssFile, 'utf8'));
      // agent check exits 0, 1 or 2 by verdict; anything else is a failure of the run.
      if (code === null || code > 2) reject(new Error(`${args.join(' ')} exited ${code}`));
      else resolve({ ms, rssMib: kib / 1024 });
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const bareArgs = [join(here, 'bare.mjs')];
const checkArgs = [join(root, 'dist', 'cli', 'siapcat.js'), 'agent', 'check', '--role', 'client'];

// One warm-up of each (disk cache, first-run costs), not counted.
await measure(bareArgs);
await measure(checkArgs);
const bare = [];
const check = [];
for (let i = 0; i < rounds; i++) {
  // Alternate which goes first so neither always runs on a warmer machine.
  if (i % 2 === 0) {
    bare.push(await measure(bareArgs));
    check.push(await measure(checkArgs));
  } else {
    check.push(await measure(checkArgs));
    bare.push(await measure(bareArgs));
  }
}
rmSync(tmp, { recursive: true, force: true });

const bareMs = median(bare.map((r) => r.ms));
const checkMs = median(check.map((r) => r.ms));
const ratio = checkMs / bareMs;
const bareRss = median(bare.map((r) => r.rssMib));
const checkRss = median(check.map((r) => r.rssMib));
const checkRssMax = Math.max(...check.map((r) => r.rssMib));
const okRatio = ratio <= TARGET_RATIO;
const okRss = checkRssMax <= TARGET_RSS_MIB;
const fmt = (n, d = 0) => n.toFixed(d);

const cpu = os.cpus()[0]?.model ?? '?';
const report = `# Benchmark: agent check vs bare systeminformation

Run with \`npm run bench:agent\` (${rounds} rounds after one warm-up each, alternating order, medians).
Each side is a fresh Node process timed from spawn to exit, so both include Node's start-up:

- **bare**: \`bench/agent-check/bare.mjs\` — only the ${'`'}systeminformation${'`'} calls a snapshot holds, in parallel.
- **agent check**: \`siapcat agent check --role client\` — the same calls plus the agent's own probes
  (webcam, input devices, EDID, browser versions, UPS tools), normalising, judging and printing the table.

Peak memory is each process's own maximum resident set size (\`process.resourceUsage().maxRSS\`, the
figure \`/usr/bin/time -v\` prints in kbytes), given here in MiB (1024 × 1024 bytes).

| | bare systeminformation | agent check | ratio | target |
| --- | ---: | ---: | ---: | --- |
| wall time, median | ${fmt(bareMs)} ms | ${fmt(checkMs)} ms | **${fmt(ratio, 2)}x** | ≤ ${TARGET_RATIO}x ${okRatio ? '(met)' : '(NOT met)'} |
| peak RSS, median | ${fmt(bareRss, 1)} MiB | ${fmt(checkRss, 1)} MiB | | |
| peak RSS, highest run | | ${fmt(checkRssMax, 1)} MiB | | ≤ ${TARGET_RSS_MIB} MiB ${okRss ? '(met)' : '(NOT met)'} |

Per round (ms): bare ${bare.map((r) => fmt(r.ms)).join(', ')}; agent check ${check.map((r) => fmt(r.ms)).join(', ')}.

Where the difference goes: Node with systeminformation loaded is ~52 MiB before any call. The
agent adds its own probes (they read /sys and /proc, and take browser versions from dpkg, snap or
application.ini files, starting a browser for \`--version\` only when no file says it) and about 40
small modules for judging and printing, loaded after the gather. A live check loads no schema
library: zod alone would add ~12 MiB and ~60 ms, so validation happens where untrusted data enters
(reading a snapshot or a params file), and a test (test/agent/light.test.ts) keeps it that way.

Machine: ${os.platform()} (${os.arch()}), ${os.cpus().length} × ${cpu}, ${fmt(os.totalmem() / 1024 ** 3, 1)} GiB RAM,
Node ${process.version}; ${new Date().toISOString().slice(0, 10)}. A headless Linux VM (no webcam,
monitor or input devices), so the probes that find nothing return quickly; other work on the
machine makes single rounds vary, hence alternating rounds and medians. On Windows every WMI
query is slower for both sides alike.
`;
writeFileSync(join(here, 'RESULTS.md'), report);
process.stdout.write(report);
if (!okRatio || !okRss) process.exitCode = 1;
