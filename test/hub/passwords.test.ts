import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cryptoRandom } from '../../protocol/ports.js';
import { hashPassword, needsRehash, OWASP_SCRYPT, verifyPassword } from '../../server/auth/passwords.js';
import { startTestHub, TEST_ADMIN_PASSWORD, type TestHub } from '../helpers/hub.js';
import { tempDir } from '../helpers/tmp.js';

let hub: TestHub | undefined;
const dirs: Array<{ cleanup(): void }> = [];
afterEach(async () => {
  await hub?.stop();
  hub = undefined;
  for (const d of dirs.splice(0)) d.cleanup();
});

const hashOf = (h: TestHub, username: string) =>
  (h.ctx.db.prepare('SELECT password_hash FROM users WHERE username = ?').get(username) as { password_hash: string }).password_hash;

describe('password hashing', () => {
  it('hashes at the OWASP scrypt cost by default and rehashes an older, cheaper hash at the next login', async () => {
    // One of the Password Storage Cheat Sheet's equivalent scrypt settings.
    const owaspList = [
      { N: 2 ** 17, r: 8, p: 1 },
      { N: 2 ** 16, r: 8, p: 2 },
      { N: 2 ** 15, r: 8, p: 3 },
      { N: 2 ** 14, r: 8, p: 5 },
      { N: 2 ** 13, r: 8, p: 10 },
    ];
    expect(owaspList).toContainEqual(OWASP_SCRYPT);
    hub = await startTestHub({ passwordCost: OWASP_SCRYPT });
    expect(hashOf(hub, 'admin')).toMatch(/^scrypt\$32768\$8\$3\$[\w-]{22}\$[\w-]{43}$/);

    // A hash from before (N=2^14, p=1), as older hubs stored them.
    const legacy = await hashPassword('sandi-lama-2026', cryptoRandom, { N: 16384, r: 8, p: 1 });
    expect(needsRehash(legacy)).toBe(true);
    hub.ctx.db.prepare("INSERT INTO users (username, password_hash, role, created_at) VALUES ('lama', ?, 'operator', '2026-01-01')").run(legacy);
    const first = await hub.api('/api/login', { body: { username: 'lama', password: 'sandi-lama-2026' } });
    expect(first.status).toBe(200);
    const upgraded = hashOf(hub, 'lama');
    expect(upgraded).toMatch(/^scrypt\$32768\$8\$3\$/);
    expect(needsRehash(upgraded)).toBe(false);
    expect(await verifyPassword('sandi-lama-2026', upgraded)).toBe(true);
    expect((await hub.api('/api/login', { body: { username: 'lama', password: 'sandi-lama-2026' } })).status).toBe(200);
    // A wrong password never rewrites the hash.
    expect((await hub.api('/api/login', { body: { username: 'lama', password: 'salah-sekali' } })).status).toBe(401);
    expect(hashOf(hub, 'lama')).toBe(upgraded);
  });
});

describe('login throttling', () => {
  it('locks an account after 10 wrong passwords, for the right password too, and keeps the count across a restart', async () => {
    const tmp = tempDir();
    dirs.push(tmp);
    hub = await startTestHub({ dir: tmp.dir });
    for (let i = 0; i < 10; i++) {
      expect((await hub.api('/api/login', { body: { username: 'admin', password: `tebakan-${i}` } })).status).toBe(401);
    }
    const locked = await hub.api('/api/login', { body: { username: 'admin', password: TEST_ADMIN_PASSWORD } });
    expect(locked.status).toBe(429);
    expect(locked.body.error).toMatchObject({ code: 'login-locked', en: expect.stringContaining('Wait 5 minutes') });
    await hub.stop();
    hub = await startTestHub({ dir: tmp.dir, dbPath: join(tmp.dir, 'siapcat.db') });
    expect((await hub.api('/api/login', { body: { username: 'admin', password: TEST_ADMIN_PASSWORD } })).status).toBe(429);
  });

  it('locks an address that tries many names, names that exist or not alike', async () => {
    hub = await startTestHub();
    for (let i = 0; i < 30; i++) {
      const res = await hub.api('/api/login', { body: { username: `tebak${i}`, password: 'sandi-acak-2026' } });
      expect(res.status).toBe(401);
    }
    // Now even the admin's right password from this address waits.
    expect((await hub.api('/api/login', { body: { username: 'admin', password: TEST_ADMIN_PASSWORD } })).status).toBe(429);
    expect((await hub.api('/api/login', { body: { username: 'tidak-ada', password: 'apa-saja-2026' } })).status).toBe(429);
  });
});
