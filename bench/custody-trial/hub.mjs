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
    process.send({ type: 'reset' });
  } else if (m.type === 'stats') {
    process.send({ type: 'stats', maxStallMs: +(loop.max / 1e6).toFixed(1), p99StallMs: +(loop.percentile(99) / 1e6).toFixed(1), rssMb: Math.round(process.memoryUsage().rss / 1048576) });
  } else if (m.type === 'close') {
    await hub.close();
    process.exit(0);
  }
});
