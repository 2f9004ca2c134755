import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../helpers/hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

describe('security headers', () => {
  it('sends a CSP without inline script, no framing, nosniff and no referrer on pages, API answers and refusals', async () => {
    for (const path of ['/', '/api/health', '/api/machines', '/ruang/R1']) {
      const res = await fetch(hub.url + path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      await res.arrayBuffer();
    }
  });

  it('marks every API answer no-store, a refusal and a failed login too, beside the security headers', async () => {
    const login = await fetch(`${hub.url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'wrong-password' }),
    });
    expect(login.status).toBe(401);
    expect(login.headers.get('cache-control')).toBe('no-store');
    await login.arrayBuffer();
    const token = await hub.login();
    for (const path of ['/api/health', '/api/machines', '/api/no-such-route']) {
      const res = await fetch(hub.url + path, { headers: { authorization: `Bearer ${token}` } });
      expect(res.headers.get('cache-control'), path).toBe('no-store');
      expect(res.headers.get('content-security-policy'), path).toContain("default-src 'self'");
      const body = Buffer.from(await res.arrayBuffer());
      expect(Number(res.headers.get('content-length')), path).toBe(body.byteLength);
      expect(() => JSON.parse(body.toString('utf8'))).not.toThrow();
    }
    // Pages are not API answers: the dashboard's own caching rules apply.
    const page = await fetch(hub.url + '/');
    expect(page.headers.get('cache-control')).not.toBe('no-store');
    await page.arrayBuffer();
  });
});
