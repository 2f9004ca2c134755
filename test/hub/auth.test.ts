import { afterEach, describe, expect, it } from 'vitest';
import { startTestHub, TEST_ADMIN_PASSWORD, type TestHub } from '../helpers/hub.js';
import { actionsOf } from '../../protocol/permissions.js';

let hub: TestHub | undefined;
afterEach(async () => {
  await hub?.stop();
  hub = undefined;
});

describe('hub login', () => {
  it('refuses /api without a token, with a bilingual error body', async () => {
    hub = await startTestHub();
    const res = await hub.api('/api/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
    expect(res.body.error.message).toMatch(/Belum masuk/);
    expect(res.body.error.en).toMatch(/Not logged in/);
  });

  it('logs in the seeded admin and accepts the bearer token', async () => {
    hub = await startTestHub();
    const token = await hub.login();
    const me = await hub.api('/api/me', { token });
    // With every action of the one permission table the admin's role has (the dashboard hides the rest).
    expect(me).toEqual({ status: 200, body: { username: 'admin', role: 'admin', actions: actionsOf('admin') } });
    expect(me.body.actions).toContain('users.manage');
    expect(me.body.actions).not.toContain('region.view');
    const out = await hub.api('/api/logout', { method: 'POST', token });
    expect(out.status).toBe(204);
    expect((await hub.api('/api/me', { token })).status).toBe(401);
  });

  it('refuses a wrong password and malformed login bodies', async () => {
    hub = await startTestHub();
    const wrong = await hub.api('/api/login', { body: { username: 'admin', password: 'salah' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('bad-credentials');
    const notJson = await hub.api('/api/login', { body: '{nope', headers: { 'content-type': 'application/json' } });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.code).toBe('bad-json');
    const missing = await hub.api('/api/login', { body: { username: 'admin' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('invalid');
    expect(missing.body.error.message).toContain('password');
  });

  it('locks a username after repeated wrong passwords', async () => {
    hub = await startTestHub();
    for (let i = 0; i < 10; i++) {
      await hub.api('/api/login', { body: { username: 'admin', password: `salah-${i}` } });
    }
    const locked = await hub.api('/api/login', { body: { username: 'admin', password: TEST_ADMIN_PASSWORD } });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('login-locked');
  });

  it('without SIAPCAT_ADMIN_PASSWORD, prints a one-time setup token that creates the admin', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ADMIN_PASSWORD: '' } });
    const line = hub.lines.find((l) => l.includes('auth.setup-required'));
    const setupToken = /setupToken=(\S+)/.exec(line ?? '')?.[1];
    expect(setupToken).toBeTruthy();
    expect((await hub.api('/api/health')).body).toEqual({ ok: true, setupRequired: true });
    const wrong = await hub.api('/api/setup', { body: { setupToken: 'x'.repeat(24), password: 'kata-sandi-baru' } });
    expect(wrong.status).toBe(401);
    const ok = await hub.api('/api/setup', { body: { setupToken, password: 'kata-sandi-baru' } });
    expect(ok.status).toBe(201);
    expect((await hub.api('/api/me', { token: ok.body.token })).body.username).toBe('admin');
    const again = await hub.api('/api/setup', { body: { setupToken, password: 'kata-sandi-lain' } });
    expect(again.status).toBe(409);
  });

  it('answers unknown API routes with a JSON 404', async () => {
    hub = await startTestHub();
    const token = await hub.login();
    const res = await hub.api('/api/nope', { token });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not-found');
  });
});
