import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreBackup } from '../../server/backup/restore.js';
import { until } from '../helpers/agents.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { tempDir } from '../helpers/tmp.js';

const PASS = 'meja-tujuh-lampu-hijau';
let hub: TestHub | undefined;
const cleanups: Array<() => void> = [];
afterEach(async () => {
  await hub?.stop();
  hub = undefined;
  for (const c of cleanups.splice(0)) c();
});

describe('rolling backups taken by the hub (node-cron)', () => {
  it('writes encrypted backups on schedule, keeps the newest N, and one restores with the same CA and an intact chain', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    hub = await startTestHub({
      dir: join(t.dir, 'hub'),
      tls: { dir: join(t.dir, 'hub', 'tls') },
      env: { SIAPCAT_BACKUP_PASSPHRASE: PASS, SIAPCAT_BACKUP_SCHEDULE: '* * * * * *', SIAPCAT_BACKUP_KEEP: '2' },
    });
    // Entries the backup must carry, written the way the hub writes them (inside a transaction).
    for (let i = 0; i < 5; i++)
      hub.ctx.db.transaction(() => hub!.ctx.audit.append({ actor: 'admin', action: 'hub.change', data: { i } }))();
    expect(hub.ctx.notices.map((n) => n.en).join('\n')).toContain("Automatic backups: schedule '* * * * * *', the last 2 kept");
    await until(() => hub!.lines.filter((l) => l.includes('backup.written')).length >= 3, 'three rolling backups', 30_000);
    const dir = join(t.dir, 'hub', 'backups');
    const files = readdirSync(dir).filter((n) => n.endsWith('.siapcat-backup'));
    expect(files).toHaveLength(2);
    expect(files.every((n) => /^siapcat-\d{8}-\d{6}Z\.siapcat-backup$/.test(n))).toBe(true);

    const restored = await restoreBackup({
      file: join(dir, files.sort().at(-1)!),
      dbPath: join(t.dir, 'other-pc', 'siapcat.db'),
      passphrase: PASS,
      force: false,
      now: new Date(),
    });
    expect(restored.caFingerprint).toBe(hub.tls!.caFingerprint);
    expect(restored.chain.broken).toBeNull();
    expect(restored.chain.count).toBe(5);
    expect(readdirSync(join(t.dir, 'other-pc', 'tls')).sort()).toEqual(['ca-key.pem', 'ca.pem', 'cert.pem', 'key.pem']);
  }, 60_000);

  it('says clearly, in both languages, when automatic backups are off, and refuses a bad schedule at start', async () => {
    hub = await startTestHub();
    const notice = hub.ctx.notices.find((n) => n.en.includes('automatic backups are OFF'));
    expect(notice?.id).toContain('cadangan otomatis MATI');
    expect(notice?.en).toContain('--backup-passphrase-file');
    const t = tempDir();
    cleanups.push(t.cleanup);
    await expect(
      startTestHub({ dir: t.dir, env: { SIAPCAT_BACKUP_PASSPHRASE: PASS, SIAPCAT_BACKUP_SCHEDULE: 'setiap jam' } }),
    ).rejects.toThrow(/schedule 'setiap jam' is not a cron expression/);
  });
});
