import { resolve } from 'node:path';
import { intOption, parseOptions } from '../cli/args.js';
import { EXIT, type CliIO } from '../cli/io.js';
import { ENROLL_TOKEN_SETTING } from './agents/enrollment.js';
import { startHub } from './hub.js';
import { createLogger } from './log.js';

const USAGE = 'siapcat hub [--port 8080] [--host 0.0.0.0] [--db ./data/siapcat.db] [--plan venue-plan.json]';

/** `siapcat hub`: runs until SIGINT/SIGTERM, then closes connections and the database cleanly. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseOptions(
    argv,
    {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      plan: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  const port = intOption('port', values.port, Number(io.env.PORT ?? 8080), { min: 0, max: 65535 });
  const hub = await startHub({
    port,
    host: values.host ?? io.env.SIAPCAT_HOST ?? '0.0.0.0',
    dbPath: values.db ?? io.env.SIAPCAT_DB ?? './data/siapcat.db',
    // The venue hub feature imports SIAPCAT_PLAN at start (merging, so restarting with it is harmless).
    env: values.plan ? { ...io.env, SIAPCAT_PLAN: resolve(io.cwd, values.plan) } : io.env,
    log: createLogger((line) => io.stderr(line), io.env.SIAPCAT_LOG_LEVEL === 'debug' ? 'debug' : 'info'),
  });
  io.stdout(
    io.lang === 'en'
      ? `SiapCAT hub is running. Open ${hub.url} in a browser. Press Ctrl+C to stop.\n`
      : `Hub SiapCAT berjalan. Buka ${hub.url} di peramban. Tekan Ctrl+C untuk berhenti.\n`,
  );
  const enrollToken = hub.ctx.settings.get(ENROLL_TOKEN_SETTING);
  if (enrollToken) {
    io.stdout(
      io.lang === 'en'
        ? `Agent enrollment token: ${enrollToken} (full commands in the dashboard: Setup > Agent enrollment).\n`
        : `Token pendaftaran agen: ${enrollToken} (perintah lengkap di dasbor: Persiapan > Pendaftaran agen).\n`,
    );
  }
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      hub.ctx.log.info('hub.stopping', { signal });
      void hub.close().then(resolve);
    };
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
  });
  return EXIT.ok;
}
