import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keysPathOf } from '../../server/db/keys.js';
import { rawAgent } from '../helpers/agents.js';
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

  it('writes each hub.change entry in the same transaction as its change: no change survives a failed audit append', async () => {
    const TOKEN = 'token-lokasi-uji-2026';
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
    const token = await hub.login();
    const api = (path: string, method: string, body?: unknown) =>
      hub!.api(path, { token, method, ...(body === undefined ? {} : { body }) });
    const pc = await rawAgent(hub.url);
    pc.sendJson({ type: 'hello', v: 1, id: 'PC-01', role: 'client', agent: { version: 'test' }, token: TOKEN });
    await pc.next('welcome');
    const seat = { roomId: 'R1', number: 1, row: 0, col: 0, serverId: 'S1' };
    // Every audited change route, as an admin would use them.
    const walk: Array<[string, string, unknown?]> = [
      ['/api/users', 'POST', { username: 'meja1', password: 'sandi-meja-satu', role: 'operator' }],
      ['/api/users/meja1', 'PATCH', { role: 'supervisor' }],
      ['/api/venue', 'PUT', { name: 'Gedung Uji', address: 'Jl. Uji 1', timeZone: 'Asia/Makassar' }],
      ['/api/servers', 'POST', { id: 'S1', kind: 'server' }],
      ['/api/servers/S1', 'PUT', { id: 'S1', kind: 'server', limit: 150 }],
      ['/api/rooms', 'POST', { id: 'R1', name: 'Lab 1', kind: 'ruang-tes', rows: 2, cols: 3 }],
      ['/api/rooms/R1', 'PUT', { id: 'R1', name: 'Lab Satu', kind: 'ruang-tes', rows: 2, cols: 3 }],
      ['/api/rooms/R1/seats', 'PUT', [seat]],
      ['/api/enrollment/codes', 'POST', { kind: 'pc' }],
      ['/api/enrollment/rotate', 'POST'],
      ['/api/facilities/genset', 'PUT', { status: 'ok', note: 'diuji 10 menit' }],
      ['/api/facilities/genset', 'DELETE'],
      ['/api/machines/PC-01/recheck', 'POST'],
      ['/api/machines/PC-01/placement', 'PUT', { serverId: 'S1', roomId: 'R1', seat: 1 }],
      ['/api/rooms/R1/seats', 'PUT', []],
      ['/api/machines/PC-01', 'DELETE'],
      ['/api/users/meja1', 'DELETE'],
    ];
    for (const [path, method, body] of walk) expect((await api(path, method, body)).status, `${method} ${path}`).toBeLessThan(300);
    const code = (await api('/api/enrollment', 'GET')).body.codes[0].id as string;
    expect((await api(`/api/enrollment/codes/${code}`, 'DELETE')).status).toBe(204);
    expect(changes(hub).length).toBe(walk.length + 1);
    // None of them fell back to an entry written after the change's own commit.
    expect(hub.lines.filter((l) => l.includes('audit.after-change'))).toEqual([]);

    // The audit append now fails (as a disk would between two commits): the change must not stay.
    hub.ctx.db.exec("CREATE TRIGGER audit_fails BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit append failed'); END");
    const before = { users: (await api('/api/users', 'GET')).body, venue: (await api('/api/venue', 'GET')).body };
    const enrollmentBefore = (await api('/api/enrollment', 'GET')).body;
    expect((await api('/api/users', 'POST', { username: 'meja2', password: 'sandi-meja-dua', role: 'operator' })).status).toBe(500);
    expect((await api('/api/venue', 'PUT', { name: 'Gedung Lain', address: 'Jl. Lain 2', timeZone: 'Asia/Jakarta' })).status).toBe(500);
    expect((await api('/api/rooms', 'POST', { id: 'R2', name: 'Lab 2', kind: 'ruang-tes' })).status).toBe(500);
    expect((await api('/api/enrollment/rotate', 'POST')).status).toBe(500);
    expect((await api('/api/facilities/genset', 'PUT', { status: 'not-ok', note: 'mati' })).status).toBe(500);
    expect((await api('/api/users', 'GET')).body).toEqual(before.users);
    expect((await api('/api/venue', 'GET')).body).toEqual(before.venue);
    expect((await api('/api/enrollment', 'GET')).body).toEqual(enrollmentBefore);
    expect((await api('/api/facilities', 'GET')).body.items.find((i: { id: string }) => i.id === 'genset').entry).toBeNull();
    hub.ctx.db.exec('DROP TRIGGER audit_fails');
    expect((await api('/api/audit/verify', 'GET')).body).toMatchObject({ intact: true, count: walk.length + 1 });
    pc.ws.close();
  });
});
