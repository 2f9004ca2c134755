// The hub under test for bench/custody-trial: `siapcat hub` as built (every feature, SQLite file,
// info logs formatted and discarded), with the event loop's delays measured and sent on request.
// argv: dbPath token
import { createWriteStream } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createFeatures } from '../../dist/server/features.js';
import { startHub } from '../../dist/server/hub.js';
import { createLogger } from '../../dist/server/log.js';

const [dbPath, token] = process.argv.slice(2);
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
// Blocked or starved? On a shared machine a late timer is often the hub not being scheduled at all.
// Every 10 ms: the wall time since the last tick beyond those 10 ms, and the CPU the hub process used
// meanwhile (process.cpuUsage: all its threads, so an upper bound for the loop's thread). The smaller
// of the two is the part of the stall the hub spent running: its own blocking work.
let busyMax = 0;
let last = { at: performance.now(), cpu: process.cpuUsage() };
setInterval(() => {
  const now = { at: performance.now(), cpu: process.cpuUsage() };
  const late = now.at - last.at - 10;
  const cpuMs = (now.cpu.user - last.cpu.user + now.cpu.system - last.cpu.system) / 1000;
  busyMax = Math.max(busyMax, Math.min(late, cpuMs));
  last = now;
}, 10).unref();
const sink = createWriteStream('/dev/null');
const hub = await startHub({
  port: 0,
  host: '127.0.0.1',
  dbPath,
  env: { SIAPCAT_ADMIN_PASSWORD: 'bench-password-2026', SIAPCAT_ENROLL_TOKEN: token },
  log: createLogger((line) => sink.write(line), 'info'),
  features: createFeatures(),
});
process.send({ type: 'listening', url: hub.url });
process.on('message', async (m) => {
  if (m.type === 'reset') {
    loop.reset();
    busyMax = 0;
    process.send({ type: 'reset' });
  } else if (m.type === 'stats') {
    process.send({
      type: 'stats',
      maxStallMs: +(loop.max / 1e6).toFixed(1),
      p99StallMs: +(loop.percentile(99) / 1e6).toFixed(1),
      maxBusyStallMs: +busyMax.toFixed(1),
      rssMb: Math.round(process.memoryUsage().rss / 1048576),
    });
  } else if (m.type === 'close') {
    await hub.close();
    process.exit(0);
  }
});
