import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreBackup } from '../../server/backup/restore.js';
import { startExamHub, type ExamHub } from '../exam/helpers.js';
import { until } from '../helpers/agents.js';
import { startTestHub } from '../helpers/hub.js';
import { tempDir } from '../helpers/tmp.js';

let exam: ExamHub | undefined;
const dirs: Array<{ cleanup(): void }> = [];
afterEach(async () => {
  await exam?.stop();
  exam = undefined;
  for (const d of dirs.splice(0)) d.cleanup();
});

const PASSPHRASE = 'kuda lari di pantai batulicin';

async function download(e: ExamHub, body: unknown, token = e.token): Promise<Response> {
  return fetch(`${e.hub.url}/api/backup`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('POST /api/backup (Pengaturan > Cadangan)', () => {
  it('downloads an encrypted, consistent backup of the running hub that restores with every check-in', async () => {
    exam = await startExamHub('2026-11-23T07:00:00+08:00');
    const id = await exam.session();
    expect((await exam.importRoster(id, 'comma-lf.csv')).status).toBe(200);
    for (const [participantNumber, nik] of [
      ['24300110120000001', '6310015503920001'],
      ['24300110120000004', '6310012512880004'],
    ])
      expect((await exam.api(`/api/sessions/${id}/checkins`, { body: { participantNumber, nik } })).status).toBe(201);

    const res = await download(exam, { passphrase: PASSPHRASE });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="siapcat-20261122-230000Z.siapcat-backup"');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 15).toString('latin1')).toBe('SIAPCAT-BACKUP\0');
    // Encrypted: no participant's name nor NIK in the clear.
    expect(bytes.includes(Buffer.from('Siti Aisyah'))).toBe(false);
    expect(bytes.includes(Buffer.from('6310015503920001'))).toBe(false);

    const target = tempDir();
    dirs.push(target);
    const file = join(target.dir, 'unduhan.siapcat-backup');
    writeFileSync(file, bytes);
    const restored = await restoreBackup({
      file,
      dbPath: join(target.dir, 'pulih.db'),
      passphrase: PASSPHRASE,
      force: false,
      now: new Date(),
    });
    expect(restored.summary).toMatchObject({ sessions: 1, participants: 5, checkins: 2 });
    expect(restored.chain.broken).toBeNull();
    // The download is in the audit chain, with who took it.
    const audit = exam.hub.ctx.db
      .prepare("SELECT actor, data FROM audit_log WHERE action = 'hub.change' ORDER BY seq DESC LIMIT 1")
      .get() as {
      actor: string;
      data: string;
    };
    expect(audit.actor).toBe('admin');
    expect(JSON.parse(audit.data)).toMatchObject({ permission: 'backup.download', path: '/api/backup' });
    const restoredHub = await startTestHub({ dir: target.dir, dbPath: join(target.dir, 'pulih.db') });
    try {
      const token = await restoredHub.login();
      const one = await restoredHub.api(`/api/sessions/${id}/participants/24300110120000004`, { token });
      expect(one.body).toMatchObject({ status: 'present' });
    } finally {
      await restoredHub.close();
    }
  });

  it('refuses a short passphrase, every role but admin, and a second download while one is made', async () => {
    exam = await startExamHub('2026-11-23T07:00:00+08:00');
    const short = await download(exam, { passphrase: 'pendek' });
    expect(short.status).toBe(400);
    expect(await short.json()).toMatchObject({
      error: { code: 'backup-passphrase-short', message: expect.stringContaining('minimal 12 karakter') },
    });
    const huge = await download(exam, { passphrase: 'a'.repeat(100_000) });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: 'too-large', message: 'Isi permintaan terlalu besar (batas 4 KB).' } });
    for (const role of ['supervisor', 'operator', 'monitor', 'auditor']) {
      await exam.api('/api/users', { body: { username: `uji-${role}`, password: `sandi-${role}-2026`, role } });
      const login = await exam.hub.api('/api/login', { body: { username: `uji-${role}`, password: `sandi-${role}-2026` } });
      expect((await download(exam, { passphrase: PASSPHRASE }, login.body.token as string)).status, role).toBe(403);
    }
    const [a, b] = await Promise.all([download(exam, { passphrase: PASSPHRASE }), download(exam, { passphrase: PASSPHRASE })]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const busy = a.status === 409 ? a : b;
    expect(await busy.json()).toMatchObject({
      error: { code: 'backup-running', en: expect.stringContaining('Another backup is being made') },
    });
    await (a.status === 200 ? a : b).arrayBuffer();
    // Once the first finished (its temporary file removed when the stream closes), the next one is made.
    let next = 409;
    await until(async () => {
      const res = await download(exam!, { passphrase: PASSPHRASE });
      next = res.status;
      await res.arrayBuffer();
      return next !== 409;
    }, 'the next download');
    expect(next).toBe(200);
  });
});
