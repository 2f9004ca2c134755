import { dirname, join, resolve } from 'node:path';
import { intOption, parseOptions } from '../cmdline/args.js';
import { EXIT, type CliIO } from '../cmdline/io.js';
import type { Localized } from '../protocol/i18n.js';
import { ENROLL_TOKEN_SETTING, lanAddress } from './agents/enrollment.js';
import { refuseSecretArguments } from './backup/passphrase.js';
import type { MachineFileJudge } from './captures/feature.js';
import { startHub } from './hub.js';
import { createLogger } from './log.js';
import { localNames } from './tls/index.js';

const USAGE =
  'siapcat hub [--port 8443] [--http-port 8080] [--host 0.0.0.0] [--db ./data/siapcat.db] [--plan venue-plan.json] [--missing-after 30]\n' +
  "            [--tls-name hub.lokasi.lan]... [--no-tls]  (HTTPS with the hub's own CA; --no-tls only for development)\n" +
  '            [--region https://REGION:8443 --region-ca SHA256-FINGERPRINT]  (one-time code in SIAPCAT_REGION_CODE or --region-code)\n' +
  "            [--backup-passphrase-file FILE] [--backup-dir DIR] [--backup-schedule '*/15 6-18 * * *'] [--backup-keep 20]";

/** `siapcat hub`: runs until SIGINT/SIGTERM, then closes connections and the database cleanly. */
export async function run(argv: string[], io: CliIO, ports: { judgeMachineFile?: MachineFileJudge } = {}): Promise<number> {
  refuseSecretArguments(argv);
  const { values } = parseOptions(
    argv,
    {
      port: { type: 'string' },
      'http-port': { type: 'string' },
      'tls-name': { type: 'string', multiple: true },
      'no-tls': { type: 'boolean' },
      host: { type: 'string' },
      db: { type: 'string' },
      plan: { type: 'string' },
      'missing-after': { type: 'string' },
      region: { type: 'string' },
      'backup-dir': { type: 'string' },
      'backup-schedule': { type: 'string' },
      'backup-keep': { type: 'string' },
      'backup-passphrase-file': { type: 'string' },
      'region-code': { type: 'string' },
      'region-ca': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  const env: NodeJS.ProcessEnv = { ...io.env };
  // The venue hub feature imports SIAPCAT_PLAN at start (merging, so restarting with it is harmless).
  if (values.plan) env.SIAPCAT_PLAN = resolve(io.cwd, values.plan);
  // The exam-morning watch's set time in seconds (a PC silent this long is "hilang"); checked at start.
  if (values['missing-after'] !== undefined) env.SIAPCAT_MISSING_AFTER = values['missing-after'];
  // The outbox joins the region at start when given a code (once; the link is kept in the database).
  if (values.region) env.SIAPCAT_REGION_URL = values.region;
  if (values['region-code']) env.SIAPCAT_REGION_CODE = values['region-code'];
  if (values['region-ca']) env.SIAPCAT_REGION_CA = values['region-ca'];
  // Rolling encrypted backups (server/backup/rolling.ts): on when a passphrase file or variable is set.
  if (values['backup-dir']) env.SIAPCAT_BACKUP_DIR = resolve(io.cwd, values['backup-dir']);
  if (values['backup-schedule']) env.SIAPCAT_BACKUP_SCHEDULE = values['backup-schedule'];
  if (values['backup-keep']) env.SIAPCAT_BACKUP_KEEP = values['backup-keep'];
  if (values['backup-passphrase-file']) env.SIAPCAT_BACKUP_PASSPHRASE_FILE = resolve(io.cwd, values['backup-passphrase-file']);
  const plain = values['no-tls'] === true;
  const port = intOption('port', values.port, Number(io.env.PORT ?? (plain ? 8080 : 8443)), { min: 0, max: 65535 });
  const httpPort = intOption('http-port', values['http-port'], Number(io.env.SIAPCAT_HTTP_PORT ?? 8080), { min: 0, max: 65535 });
  const dbPath = values.db ?? io.env.SIAPCAT_DB ?? './data/siapcat.db';
  const extraNames = (values['tls-name'] as string[] | undefined) ?? [];
  const hub = await startHub({
    port,
    host: values.host ?? io.env.SIAPCAT_HOST ?? '0.0.0.0',
    dbPath,
    ...(ports.judgeMachineFile ? { judgeMachineFile: ports.judgeMachineFile } : {}),
    // The CA and certificate live in a `tls` folder beside the database (keys 0600), never inside it.
    ...(plain
      ? {}
      : {
          tls: {
            dir: join(dirname(resolve(io.cwd, dbPath)), 'tls'),
            ...(extraNames.length > 0 ? { names: [...localNames(), ...extraNames] } : {}),
            httpPort,
          },
        }),
    env,
    log: createLogger((line) => io.stderr(line), io.env.SIAPCAT_LOG_LEVEL === 'debug' ? 'debug' : 'info'),
  });
  const say = (text: Localized) => io.stdout(`${io.lang === 'en' ? text.en : text.id}\n`);
  const lan = lanAddress();
  const scheme = hub.tls ? 'https' : 'http';
  const lanUrl = lan && ['0.0.0.0', '::'].includes(hub.ctx.config.host) ? `${scheme}://${lan}:${hub.port}` : undefined;
  say({
    id: `Hub SiapCAT berjalan. Buka ${hub.url} di peramban${lanUrl ? ` (dari PC lain di LAN: ${lanUrl})` : ''}. Tekan Ctrl+C untuk berhenti.`,
    en: `SiapCAT hub is running. Open ${hub.url} in a browser${lanUrl ? ` (from other PCs on the LAN: ${lanUrl})` : ''}. Press Ctrl+C to stop.`,
  });
  if (hub.tls) {
    const caUrl = `http://${lan && lanUrl ? lan : '127.0.0.1'}:${hub.tls.httpPort ?? 8080}/ca.crt`;
    say({
      id: `Sidik jari CA hub (SHA-256): ${hub.tls.caFingerprint}. Pasang CA di PC meja dari ${caUrl} (lihat README "Mempercayai CA hub"); agen memakai --ca-fingerprint dengan nilai ini.`,
      en: `Hub CA fingerprint (SHA-256): ${hub.tls.caFingerprint}. Install the CA on desk PCs from ${caUrl} (see README "Trusting the hub's CA"); agents use --ca-fingerprint with this value.`,
    });
  } else {
    say({
      id: 'PERINGATAN: --no-tls: kata sandi dan token melintasi LAN tanpa enkripsi. Hanya untuk pengembangan.',
      en: 'WARNING: --no-tls: passwords and tokens cross the LAN unencrypted. For development only.',
    });
  }
  for (const notice of hub.ctx.notices) say(notice);
  const enrollToken = hub.ctx.settings.get(ENROLL_TOKEN_SETTING);
  if (enrollToken) {
    say({
      id: `Token pendaftaran agen: ${enrollToken} (perintah lengkap di dasbor: Pengaturan > Pendaftaran PC ujian).`,
      en: `Agent enrollment token: ${enrollToken} (full commands in the dashboard: Setup > Enrolling exam PCs).`,
    });
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
