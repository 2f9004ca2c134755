import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_SUBPROTOCOL } from '../../protocol/live.js';
import { USER_ROLES, type UserRole } from '../../protocol/users.js';
import { PUBLIC_API_PATHS, WS_BEARER_PREFIX } from '../../server/auth/middleware.js';
import { PERMISSIONS, can, type Action } from '../../server/auth/permissions.js';
import { rawAgent } from '../helpers/agents.js';
import { startTestHub, TEST_ADMIN_PASSWORD, type TestHub } from '../helpers/hub.js';

/**
 * The role table is the test: every route the app has registered (read from Hono, so a new route
 * without a guard fails here) and both WebSockets, called by every role and by nobody, must answer
 * exactly as server/auth/permissions.ts says.
 */
interface RouteGuard {
  method: string;
  path: string;
  action?: Action;
  public?: boolean;
}

const ENROLL = 'token-lokasi-uji-2026';
let hub: TestHub;
const tokens = new Map<UserRole, string>();

async function loginAll(): Promise<void> {
  for (const role of USER_ROLES) {
    const username = role === 'admin' ? 'admin' : `uji-${role}`;
    const password = role === 'admin' ? TEST_ADMIN_PASSWORD : `sandi-${role}-2026`;
    const res = await hub.api('/api/login', { body: { username, password } });
    expect(res.status, `login ${role}`).toBe(200);
    tokens.set(role, res.body.token as string);
  }
}

beforeAll(async () => {
  hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: ENROLL } });
  const admin = await hub.login();
  for (const role of USER_ROLES.filter((r) => r !== 'admin')) {
    const res = await hub.api('/api/users', { token: admin, body: { username: `uji-${role}`, password: `sandi-${role}-2026`, role } });
    expect(res.status).toBe(201);
  }
  await loginAll();
});

afterAll(async () => {
  await hub?.stop();
});

/** Every (method, path) the app routes, with the guard found among its handlers. */
function registeredRoutes(): RouteGuard[] {
  const byKey = new Map<string, RouteGuard>();
  for (const route of hub.app.routes) {
    if (route.method === 'ALL') continue; // middleware (login, headers) and the /api/* not-found fallback
    const key = `${route.method} ${route.path}`;
    const entry = byKey.get(key) ?? { method: route.method, path: route.path };
    const handler = route.handler as { action?: Action; public?: boolean };
    if (handler.action) entry.action = handler.action;
    if (handler.public) entry.public = true;
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

const concrete = (path: string) => path.replace(/:[A-Za-z]+/g, 'tidak-ada');

describe('permissions: the role table, route by route', () => {
  it('finds a guard on every registered route; the only public ones are login, setup, health and the dashboard files', () => {
    const routes = registeredRoutes();
    expect(routes.length).toBeGreaterThan(50);
    const unguarded = routes.filter((r) => !r.action && !r.public).map((r) => `${r.method} ${r.path}`);
    expect(unguarded, 'routes without requirePermission(action): add a row in server/auth/permissions.ts').toEqual([]);
    const both = routes.filter((r) => r.action && r.public).map((r) => `${r.method} ${r.path}`);
    expect(both).toEqual([]);
    const publicPaths = routes.filter((r) => r.public).map((r) => r.path);
    expect(new Set(publicPaths)).toEqual(new Set([...PUBLIC_API_PATHS, '/*']));
    for (const r of routes) if (r.action) expect(PERMISSIONS).toHaveProperty([r.action]);
  });

  it('answers every API route for every role and the anonymous caller exactly as the table says', async () => {
    // Logout ends the token it is called with: walk it last.
    const routes = registeredRoutes()
      .filter((r) => r.path.startsWith('/api/') && !r.public)
      .sort((a, b) => Number(a.path === '/api/logout') - Number(b.path === '/api/logout'));
    const wrong: string[] = [];
    for (const route of routes) {
      const url = concrete(route.path);
      const body = route.method === 'GET' || route.method === 'DELETE' ? undefined : {};
      const anonymous = await hub.api(url, { method: route.method, body });
      if (anonymous.status !== 401) wrong.push(`${route.method} ${route.path} anonymous: ${anonymous.status}`);
      for (const role of USER_ROLES) {
        const res = await hub.api(url, { method: route.method, body, token: tokens.get(role)! });
        const allowed = can(role, route.action!);
        const refused = res.status === 403 && res.body?.error?.code === 'forbidden';
        if (allowed && (refused || res.status === 401)) wrong.push(`${route.method} ${route.path} ${role}: refused ${res.status}`);
        if (!allowed && !refused) wrong.push(`${route.method} ${route.path} ${role}: ${res.status}, not refused`);
      }
    }
    expect(wrong).toEqual([]);
    await loginAll();
  });

  it('opens the live socket for exactly the roles the table allows, and never without a login', async () => {
    const open = (protocols: string[]) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(hub.url.replace(/^http/, 'ws') + '/ws/live', protocols);
        ws.on('open', () => {
          ws.terminate();
          resolve(101);
        });
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('error', () => undefined);
      });
    expect(await open([LIVE_SUBPROTOCOL])).toBe(401);
    expect(await open([LIVE_SUBPROTOCOL, `${WS_BEARER_PREFIX}bukan-token-yang-sah-sama-sekali`])).toBe(401);
    for (const role of USER_ROLES) {
      expect(await open([LIVE_SUBPROTOCOL, `${WS_BEARER_PREFIX}${tokens.get(role)}`]), role).toBe(can(role, 'live.view') ? 101 : 403);
    }
  });

  it('refuses a login token of any role as an agent credential on the agent socket', async () => {
    for (const role of [...USER_ROLES, 'anonymous'] as const) {
      for (const field of ['token', 'key'] as const) {
        const agent = await rawAgent(hub.url);
        const credential = role === 'anonymous' ? {} : { [field]: tokens.get(role) };
        agent.sendJson({ type: 'hello', v: 1, id: `PC-${role}`, role: 'client', ...credential, agent: { version: 'test' } });
        const refused = await agent.next('refused');
        expect(refused, `${role} as ${field}`).toMatchObject({ type: 'refused', fatal: true });
        expect((await agent.closed).code).not.toBe(1000);
      }
    }
    const machines = await hub.api('/api/machines', { token: tokens.get('admin')! });
    expect(machines.body.machines).toEqual([]);
  });
});

describe('permissions: a live socket ends with its login', () => {
  it('closes the open live socket of a logged-out token and of a deleted user', async () => {
    const admin = tokens.get('admin')!;
    const watch = (token: string) =>
      new Promise<{ closed: Promise<number> }>((resolve, reject) => {
        const ws = new WebSocket(hub.url.replace(/^http/, 'ws') + '/ws/live', [LIVE_SUBPROTOCOL, `${WS_BEARER_PREFIX}${token}`]);
        const closed = new Promise<number>((done) => ws.on('close', (code) => done(code)));
        ws.on('open', () => resolve({ closed }));
        ws.on('error', reject);
      });

    const monitor = await watch(tokens.get('monitor')!);
    await hub.api('/api/logout', { method: 'POST', token: tokens.get('monitor')! });
    expect(await monitor.closed).toBe(4401);

    await hub.api('/api/users', { token: admin, body: { username: 'tv-lobi', password: 'sandi-tv-lobi-2026', role: 'monitor' } });
    const login = await hub.api('/api/login', { body: { username: 'tv-lobi', password: 'sandi-tv-lobi-2026' } });
    const tv = await watch(login.body.token);
    const deleted = await hub.api('/api/users/tv-lobi', { method: 'DELETE', token: admin });
    expect(deleted.status).toBe(204);
    expect(await tv.closed).toBe(4401);
    await loginAll();
  });
});
