import { startRegion } from '../../server/region/service.js';
import { createLogger } from '../../server/log.js';

/**
 * The regional service in its own process for bench/region (so the simulated venues' pushers never
 * share its event loop). argv: PG_URL TLS_DIR. Sends {type:'listening', url, caFingerprint} over IPC.
 */
const [pg, tlsDir] = process.argv.slice(2);
const region = await startRegion({
  pg: pg!,
  port: 0,
  host: '127.0.0.1',
  tlsDir: tlsDir!,
  poolSize: 10,
  staleAfterMs: 30_000,
  env: { SIAPCAT_REGION_ADMIN_PASSWORD: 'bench-wilayah-2026' },
  log: createLogger(() => undefined),
});
let cpuStart = process.cpuUsage();
process.on('message', (m: { type: string }) => {
  if (m.type === 'cpu-reset') {
    cpuStart = process.cpuUsage();
    process.send!({ type: 'cpu', ms: 0 });
  }
  if (m.type === 'cpu') {
    const u = process.cpuUsage(cpuStart);
    process.send!({ type: 'cpu', ms: (u.user + u.system) / 1000 });
  }
  if (m.type === 'stop') void region.close().then(() => process.exit(0));
});
process.send!({ type: 'listening', url: region.url, caFingerprint: region.tls.caFingerprint, caPem: region.tls.caPem });
