/**
 * bench/dashboard-room-map: how the live room map scales, in real headless Chromium, as ratios
 * to a plain-DOM baseline measured in the same run (so the numbers do not depend on the machine).
 *
 *   npm run bench:dashboard
 *
 * Writes bench/results/dashboard-room-map.json. Target: a live update of a 400-seat hall within
 * one frame at 60 Hz (16 ms) and at most 3x the baseline's full rewrite.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../dashboard/build/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SIZES = [240, 400, 1000];
const ROUNDS = 30;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

const out = await build({
  configFile: false,
  logLevel: 'error',
  build: {
    write: false,
    minify: true,
    target: 'es2022',
    lib: { entry: join(here, '../../dashboard/src/ui/seat-map.bench-page.ts'), formats: ['iife'], name: 'bench', fileName: 'bench' },
  },
});
const code = (Array.isArray(out) ? out[0] : out).output.map((o) => o.code ?? '').join('\n');

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.setContent('<!doctype html><html><body></body></html>');
await page.addScriptTag({ content: code });

const results = [];
for (const seats of SIZES) {
  await page.evaluate(`runBench(${seats}, 5)`); // warm-up
  const runs = await page.evaluate(`runBench(${seats}, ${ROUNDS})`);
  const m = (key) => median(runs.map((r) => r[key]));
  const row = {
    seats,
    baselineFirstMs: +m('baselineFirstMs').toFixed(2),
    mapFirstMs: +m('mapFirstMs').toFixed(2),
    firstRatio: +(m('mapFirstMs') / m('baselineFirstMs')).toFixed(2),
    baselineUpdateMs: +m('baselineUpdateMs').toFixed(2),
    mapUpdateMs: +m('mapUpdateMs').toFixed(2),
    updateRatio: +(m('mapUpdateMs') / m('baselineUpdateMs')).toFixed(2),
  };
  results.push(row);
}
await browser.close();

const report = {
  bench: 'dashboard-room-map',
  what: 'median of 30 runs: room map (layoutRoom + <siap-seat-map>) vs one innerHTML write of the same seats; update = 5% of seats recoloured',
  browser: CHROMIUM_PATH,
  at: new Date().toISOString(),
  results,
  target: 'update of 400 seats <= 16 ms and <= 3x the baseline rewrite',
  met: results.filter((r) => r.seats === 400).every((r) => r.mapUpdateMs <= 16 && r.updateRatio <= 3),
};
mkdirSync(join(here, '..', 'results'), { recursive: true });
writeFileSync(join(here, '..', 'results', 'dashboard-room-map.json'), JSON.stringify(report, null, 2) + '\n');
console.table(results);
console.log(report.met ? 'target met' : 'TARGET MISSED');
process.exitCode = report.met ? 0 : 1;
