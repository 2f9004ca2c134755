import { createWriteStream } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { authFeature } from '../../server/auth/feature.js';
import { startHub } from '../../server/hub.js';
import { createLogger } from '../../server/log.js';
import { venueHubFeature } from '../../server/venue-hub.js';
import { serve, stats, warmHeap } from './ipc.js';

/**
 * The hub under test, as `siapcat hub` runs it (SQLite file, every feature of the venue hub,
 * info logging formatted and written), except that agents are asked for one heartbeat per second.
 * argv: port dbPath token [tlsDir]: with tlsDir, HTTPS/WSS with the hub's own CA kept there, as
 * `siapcat hub` serves by default.
 */
const [port, dbPath, token, tlsDir] = process.argv.slice(2);
warmHeap();
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const sink = createWriteStream('/dev/null');
const feature = venueHubFeature({ agents: { heartbeatMs: 1000, offlineAfterMs: 10_000, helloTimeoutMs: 15_000, maxProbes: 4 } });
const hub = await startHub({
  port: Number(port),
  host: '127.0.0.1',
  dbPath: dbPath!,
  env: { SIAPCAT_ADMIN_PASSWORD: 'bench-password-2026', SIAPCAT_ENROLL_TOKEN: token },
  log: createLogger((line) => sink.write(line), 'info'),
  features: [authFeature(), feature],
  ...(tlsDir ? { tls: { dir: tlsDir, names: ['127.0.0.1', 'localhost'] } } : {}),
});
loop.reset();
process.send!({ type: 'listening', port: hub.port, at: Date.now(), ...(hub.tls ? { caPem: hub.tls.caPem } : {}) });
serve({
  stats: () => stats(loop, feature.hub.presence.onlineCount()),
  resetLoop: () => loop.reset(),
  close: async () => {
    await hub.close();
    setTimeout(() => process.exit(0), 50);
  },
});
process.on('SIGTERM', () => void hub.close().then(() => process.exit(0)));
