import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { z } from 'zod/mini';
import { AppError } from '../../protocol/errors.js';
import { requirePermission } from '../auth/permissions.js';
import type { HubContext } from '../context.js';
import type { HubApp } from '../feature.js';
import { recordChange } from '../http/audit-changes.js';
import { readJson } from '../http/json.js';
import { backupError } from './errors.js';
import { deriveKey } from './format.js';
import { MIN_PASSPHRASE } from './passphrase.js';
import { backupFileName } from './names.js';
import { liveBackupSource, writeBackup } from './take.js';

const DownloadSchema = z.object({ passphrase: z.string().check(z.maxLength(1024)) });

const busy = () =>
  new AppError(
    'backup-running',
    {
      id: 'Cadangan lain sedang dibuat. Tunggu sampai unduhan itu selesai, lalu coba lagi.',
      en: 'Another backup is being made. Wait until that download finishes, then try again.',
    },
    { status: 409 },
  );

/**
 * POST /api/backup {passphrase}: the admin's "Unduh cadangan" button. The same backup as
 * `siapcat backup` (SQLite's online backup API on the hub's own connection, the keys file, tls/,
 * encrypted with the passphrase given here), written to a private temporary folder, streamed as a
 * download, then deleted. One at a time (scrypt takes 128 MiB); the download is in the audit chain.
 */
export function backupRoutes(app: HubApp, ctx: HubContext): void {
  let running = false;
  app.post('/api/backup', requirePermission('backup.download'), async (c) => {
    const { passphrase } = await readJson(c, DownloadSchema, { id: 'Permintaan cadangan', en: 'Backup request' }, 4096);
    if (passphrase.length < MIN_PASSPHRASE) {
      throw backupError(
        'backup-passphrase-short',
        `Frasa sandi cadangan minimal ${MIN_PASSPHRASE} karakter; beberapa kata acak paling baik. Catat dan simpan terpisah dari berkasnya.`,
        `The backup passphrase needs at least ${MIN_PASSPHRASE} characters; a few random words are best. Write it down and keep it apart from the file.`,
      );
    }
    if (ctx.config.dbPath === ':memory:') {
      throw backupError(
        'backup-no-file',
        'Hub ini berjalan tanpa berkas basis data (hanya di memori): tidak ada yang bisa dicadangkan.',
        'This hub runs without a database file (in memory only): there is nothing to back up.',
      );
    }
    if (running) throw busy();
    running = true;
    const dir = await mkdtemp(join(tmpdir(), 'siapcat-download-'));
    try {
      const dbPath = resolve(ctx.config.dbPath);
      const now = ctx.clock.now();
      const name = backupFileName(now);
      const out = join(dir, name);
      const written = await writeBackup(liveBackupSource(ctx, dbPath), out, await deriveKey(passphrase), now);
      recordChange(c, () => undefined);
      ctx.log.info('backup.downloaded', { by: c.get('user').username, bytes: written.bytes, checkins: written.summary.checkins });
      const stream = createReadStream(out);
      const cleanup = () => {
        running = false;
        void rm(dir, { recursive: true, force: true });
      };
      stream.once('close', cleanup);
      return c.body(Readable.toWeb(stream) as ReadableStream, 200, {
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(written.bytes),
        'Content-Disposition': `attachment; filename="${name}"`,
      });
    } catch (err) {
      running = false;
      await rm(dir, { recursive: true, force: true });
      throw err;
    }
  });
}
