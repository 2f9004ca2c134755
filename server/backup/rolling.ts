import cron from 'node-cron';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '../../protocol/errors.js';
import type { HubContext } from '../context.js';
import type { Feature } from '../feature.js';
import { deriveKey, type BackupKey } from './format.js';
import { passphraseFromFile } from './passphrase.js';
import { backupFileName } from './names.js';
import { backupRoutes } from './route.js';
import { liveBackupSource, writeBackup } from './take.js';

/** Every 15 minutes from 06:00 to 18:45 (the hub PC's clock): exam days run 07:00–17:00 at most venues. */
export const DEFAULT_SCHEDULE = '*/15 6-18 * * *';
export const DEFAULT_KEEP = 20;
const ROLLING = /^siapcat-\d{8}-\d{6}Z\.siapcat-backup$/;

export { backupFileName } from './names.js';

/** Deletes all but the newest `keep` rolling backups in `dir` (only files named like ours). */
export function prune(dir: string, keep: number): string[] {
  const ours = readdirSync(dir)
    .filter((n) => ROLLING.test(n))
    .sort();
  const gone = ours.slice(0, Math.max(0, ours.length - keep));
  for (const name of gone) rmSync(join(dir, name), { force: true });
  return gone;
}

export interface RollingConfig {
  dir: string;
  schedule: string;
  keep: number;
  passphrase: string;
}

function configError(what: string, whatEn: string): AppError {
  return new AppError(
    'backup-config',
    { id: `Pengaturan cadangan otomatis salah: ${what}.`, en: `Automatic backup settings are wrong: ${whatEn}.` },
    { exitCode: 3 },
  );
}

/** Reads SIAPCAT_BACKUP_* (set by `siapcat hub --backup-*`); undefined when no passphrase is configured. */
export function rollingConfig(env: NodeJS.ProcessEnv, dbPath: string): RollingConfig | undefined {
  const file = env.SIAPCAT_BACKUP_PASSPHRASE_FILE;
  const passphrase = file ? passphraseFromFile(file) : env.SIAPCAT_BACKUP_PASSPHRASE;
  if (!passphrase) return undefined;
  const schedule = env.SIAPCAT_BACKUP_SCHEDULE ?? DEFAULT_SCHEDULE;
  if (!cron.validate(schedule))
    throw configError(`jadwal '${schedule}' bukan ekspresi cron`, `schedule '${schedule}' is not a cron expression`);
  const keep = Number(env.SIAPCAT_BACKUP_KEEP ?? DEFAULT_KEEP);
  if (!Number.isInteger(keep) || keep < 1 || keep > 1000) throw configError('jumlah simpan harus 1–1000', 'the keep count must be 1–1000');
  return { dir: resolve(env.SIAPCAT_BACKUP_DIR ?? join(dirname(dbPath), 'backups')), schedule, keep, passphrase };
}

/** Rolling encrypted backups taken by the hub itself with node-cron (its own connection: consistent, no restart). */
export function backupFeature(): Feature & { runNow?: () => Promise<string> } {
  const feature: Feature & { runNow?: () => Promise<string> } = {
    name: 'backup',
    routes: backupRoutes,
    start(ctx: HubContext) {
      if (ctx.config.dbPath === ':memory:') return;
      const dbPath = resolve(ctx.config.dbPath);
      const config = rollingConfig(ctx.config.env, dbPath);
      if (!config) {
        ctx.notices.push({
          id: 'PERINGATAN: cadangan otomatis MATI (tidak ada frasa sandi). Bila PC hub rusak, data hari ujian hilang. Atur --backup-passphrase-file BERKAS (atau SIAPCAT_BACKUP_PASSPHRASE_FILE); lihat README "Backup and restore".',
          en: 'WARNING: automatic backups are OFF (no passphrase). If the hub PC fails, the exam-day data is lost. Set --backup-passphrase-file FILE (or SIAPCAT_BACKUP_PASSPHRASE_FILE); see README "Backup and restore".',
        });
        ctx.log.warn('backup.off', { reason: 'no passphrase configured' });
        return;
      }
      mkdirSync(config.dir, { recursive: true, mode: 0o700 });
      let key: Promise<BackupKey> | undefined;
      const runNow = async () => {
        // One scrypt per hub run (fresh salt at each start); each file still gets its own random IV.
        key ??= deriveKey(config.passphrase);
        const started = Date.now();
        const out = join(config.dir, backupFileName(ctx.clock.now()));
        const written = await writeBackup(liveBackupSource(ctx, dbPath), out, await key, ctx.clock.now());
        const pruned = prune(config.dir, config.keep);
        ctx.log.info('backup.written', { file: out, bytes: written.bytes, ms: Date.now() - started, pruned: pruned.length });
        return out;
      };
      feature.runNow = runNow;
      ctx.cron.add('backup.rolling', config.schedule, async () => void (await runNow()));
      ctx.notices.push({
        id: `Cadangan otomatis: jadwal '${config.schedule}', ${config.keep} terakhir disimpan di ${config.dir}.`,
        en: `Automatic backups: schedule '${config.schedule}', the last ${config.keep} kept in ${config.dir}.`,
      });
    },
  };
  return feature;
}
