import { resolve } from 'node:path';
import { intOption, parseOptions } from '../../cli/args.js';
import { EXIT, type CliIO } from '../../cli/io.js';
import type { Localized } from '../../protocol/i18n.js';
import { defaultDashboardDir } from '../hub.js';
import { createLogger } from '../log.js';
import { startLocalPostgres } from './local-pg.js';
import { startRegion } from './service.js';

const USAGE =
  'siapcat region --pg postgres://USER@HOST:5432/DB [--port 8443] [--host 0.0.0.0] [--tls-dir ./data/region-tls] [--name HOST]... [--stale-after 60]\n' +
  '       siapcat region --local-pg   (a throw-away local PostgreSQL, for trying it out)';

/** `siapcat region`: the regional service on PostgreSQL; runs until SIGINT/SIGTERM. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseOptions(
    argv,
    {
      pg: { type: 'string' },
      'local-pg': { type: 'boolean' },
      port: { type: 'string' },
      host: { type: 'string' },
      'tls-dir': { type: 'string' },
      name: { type: 'string', multiple: true },
      'stale-after': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  const say = (text: Localized) => io.stdout(`${io.lang === 'en' ? text.en : text.id}\n`);
  const local = values['local-pg'] ? await startLocalPostgres({ env: io.env }) : undefined;
  const pgUrl = values.pg ?? io.env.SIAPCAT_REGION_PG ?? local?.url;
  if (!pgUrl) {
    io.stderr(`Galat: beri --pg postgres://… (atau SIAPCAT_REGION_PG).\nError: give --pg postgres://… (or SIAPCAT_REGION_PG).\nUsage: ${USAGE}\n`);
    return EXIT.usage;
  }
  const staleAfterS = intOption('stale-after', values['stale-after'], 60, { min: 5, max: 86_400 });
  const region = await startRegion({
    pg: pgUrl,
    port: intOption('port', values.port, Number(io.env.PORT ?? 8443), { min: 0, max: 65535 }),
    host: values.host ?? io.env.SIAPCAT_HOST ?? '0.0.0.0',
    tlsDir: resolve(io.cwd, values['tls-dir'] ?? './data/region-tls'),
    names: ['localhost', '127.0.0.1', ...(values.name ?? [])],
    dashboardDir: defaultDashboardDir(),
    staleAfterMs: staleAfterS * 1000,
    env: io.env,
    log: createLogger((line) => io.stderr(line), io.env.SIAPCAT_LOG_LEVEL === 'debug' ? 'debug' : 'info'),
  }).catch((err: unknown) => {
    local?.stop();
    throw err;
  });
  say({
    id: `Layanan wilayah SiapCAT berjalan di ${region.url}/wilayah. Sidik jari CA wilayah (untuk hub lokasi): ${region.tls.caFingerprint}. Tekan Ctrl+C untuk berhenti.`,
    en: `SiapCAT regional service is running at ${region.url}/wilayah. Regional CA fingerprint (for venue hubs): ${region.tls.caFingerprint}. Press Ctrl+C to stop.`,
  });
  for (const notice of region.notices) say(notice);
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void region.close().then(() => {
        local?.stop();
        done();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return EXIT.ok;
}
