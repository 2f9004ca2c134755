import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keysPathOf } from '../../server/db/keys.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { tempDir } from '../helpers/tmp.js';

let hub: TestHub | undefined;
const dirs: Array<{ cleanup(): void }> = [];
afterEach(async () => {
  await hub?.stop();
  hub = undefined;
  for (const d of dirs.splice(0)) d.cleanup();
});

const changes = (h: TestHub) =>
  h.ctx.db.prepare("SELECT actor, subject, data FROM audit_log WHERE action = 'hub.change' ORDER BY seq").all() as Array<{
    actor: string;
    subject: string;
    data: string;
  }>;

describe('accountability', () => {
  it('records every change to users, roles, venue and tokens in the keyed audit chain, with actor, never the password', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: 'token-lokasi-uji-2026' } });
    const token = await hub.login();
    await hub.api('/api/users', { token, body: { username: 'meja1', password: 'sandi-meja-satu', role: 'operator' } });
    await hub.api('/api/users/meja1', { token, method: 'PATCH', body: { role: 'supervisor' } });
    await hub.api('/api/venue', { token, method: 'PUT', body: { name: 'Gedung Uji', address: 'Jl. Uji 1', timeZone: 'Asia/Makassar' } });
    await hub.api('/api/enrollment/rotate', { token, method: 'POST' });
    await hub.api('/api/users/meja1', { token, method: 'DELETE' });
    // A refused change (403, 404) is not a change.
    await hub.api('/api/users/tidak-ada', { token, method: 'DELETE' });
    const recorded = changes(hub);
    expect(recorded.map((r) => [r.actor, r.subject, JSON.parse(r.data).permission])).toEqual([
      ['admin', '/api/users', 'users.manage'],
      ['admin', '/api/users/meja1', 'users.manage'],
      ['admin', '/api/venue', 'venue.manage'],
      ['admin', '/api/enrollment/rotate', 'enrollment.rotate'],
      ['admin', '/api/users/meja1', 'users.manage'],
    ]);
    expect(JSON.stringify(recorded)).not.toContain('sandi-meja-satu');
    const verify = await hub.api('/api/audit/verify', { token });
    expect(verify.body).toMatchObject({ intact: true, count: 5 });
  });

  it('keeps the audit and PIN keys in a 0600 file beside the database, not in it, and refuses to start without it', async () => {
    const tmp = tempDir();
    dirs.push(tmp);
    const dbPath = join(tmp.dir, 'siapcat.db');
    hub = await startTestHub({ dir: tmp.dir, dbPath });
    const keys = keysPathOf(dbPath);
    expect(statSync(keys).mode & 0o777).toBe(0o600);
    const settings = hub.ctx.db.prepare('SELECT key FROM settings').all() as Array<{ key: string }>;
    expect(settings.map((s) => s.key)).not.toContain('exam.pin-key');
    const token = await hub.login();
    await hub.api('/api/users', { token, body: { username: 'meja1', password: 'sandi-meja-satu', role: 'operator' } });
    await hub.stop();
    hub = await startTestHub({ dir: tmp.dir, dbPath });
    expect((await hub.api('/api/audit/verify', { token: await hub.login() })).body).toMatchObject({ intact: true, count: 1 });
    await hub.stop();
    hub = undefined;
    rmSync(keys);
    await expect(startTestHub({ dir: tmp.dir, dbPath })).rejects.toMatchObject({ code: 'keys-missing' });
    expect(existsSync(keys)).toBe(false);
  });
});
