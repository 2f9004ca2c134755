import { describe, expect, it } from 'vitest';
import { fakeHub } from '../testing/fake-hub.js';
import { readiness, venueState } from '../testing/fixtures.js';
import { login, logout } from './auth.js';
import { ApiClient } from './client.js';
import { ApiError, describeError } from './errors.js';
import { getReadiness } from './readiness.js';
import { listMachines } from './machines.js';
import { getVenue } from './venue.js';
import { Session } from './session.js';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected a failure');
}

describe('ApiClient', () => {
  it('sends the bearer token and returns validated data', async () => {
    const hub = fakeHub({ 'GET /api/venue/readiness': { body: readiness() } });
    const data = await getReadiness(hub.api);
    expect(data.machines.notReady).toBe(12);
    expect(hub.calls[0]?.authorization).toBe('Bearer test-token-0123456789abcdef');
  });

  it('passes the filter as a query and derives failing checks when the hub does not send them', async () => {
    const hub = fakeHub({
      'GET /api/machines': {
        body: {
          machines: [
            {
              id: 'PC-1', role: 'client', serverId: 'S1', roomId: 'R1', seat: 1, online: true, presence: 'online', lastSeenAt: null,
              verdict: 'not-ready', refusal: null, checklist: null, reportedAt: null,
              checks: [{ id: 'ram-size', status: 'fail', measured: '2 GB', expected: '≥ 4 GB', clause: 'C', level: 'minimal', title: { id: 'RAM', en: 'RAM' } }],
            },
          ],
        },
      },
    });
    const rows = await listMachines(hub.api, { verdict: 'not-ready' });
    expect(hub.calls[0]?.path).toBe('/api/machines?verdict=not-ready');
    expect(rows[0]?.failing).toEqual(['ram-size']);
  });

  it("turns the hub's error body into bilingual text", async () => {
    const hub = fakeHub({
      'POST /api/machines/PC-1/recheck': {
        status: 409,
        body: { error: { code: 'offline', message: 'PC sedang luring', en: 'The PC is offline' } },
      },
    });
    const err = await failure(hub.api.request('POST', '/api/machines/PC-1/recheck'));
    expect(err.code).toBe('offline');
    expect(err.status).toBe(409);
    expect(err.text).toEqual({ id: 'PC sedang luring', en: 'The PC is offline' });
  });

  it('ends the session on 401 with a notice for the login page', async () => {
    const hub = fakeHub({ 'GET /api/venue': { status: 401, body: { error: { code: 'unauthorized', message: 'x', en: 'x' } } } });
    const err = await failure(getVenue(hub.api));
    expect(err.code).toBe('unauthorized');
    expect(hub.session.loggedIn).toBe(false);
    expect(hub.session.notice?.id).toMatch(/Silakan masuk kembali/);
  });

  it('refuses an answer of the wrong shape, naming the field', async () => {
    const hub = fakeHub({ 'GET /api/venue': { body: { ...venueState(), rooms: 'none' } } });
    const err = await failure(getVenue(hub.api));
    expect(err.code).toBe('bad-response');
    expect(err.text.id).toContain('/api/venue');
    expect(err.text.en).toContain('rooms');
  });

  it('says the hub is unreachable when fetch itself fails', async () => {
    const api = new ApiClient({
      session: new Session(undefined),
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const err = await failure(getReadiness(api));
    expect(err.code).toBe('network');
    expect(err.text.id).toMatch(/Hub tidak bisa dihubungi/);
  });

  it('reports a non-JSON error page by its status', async () => {
    const api = new ApiClient({
      session: new Session(undefined),
      fetch: async () => new Response('<html>Bad gateway</html>', { status: 502 }),
    });
    const err = await failure(getReadiness(api));
    expect(err.code).toBe('http-502');
    expect(describeError(err).en).toMatch(/502/);
    expect(describeError(new Error('boom')).id).toMatch(/boom/);
  });

  it('logs in without a token, keeps the new one, and logs out even if the hub is gone', async () => {
    const hub = fakeHub({
      'POST /api/login': { body: { token: 'new-token-abcdefghijklmnop', username: 'admin', expiresAt: '2999-01-01T00:00:00Z' } },
      'POST /api/logout': { status: 204 },
    });
    hub.session.end();
    await login(hub.api, 'admin', 'rahasia');
    expect(hub.calls[0]).toMatchObject({ method: 'POST', body: { username: 'admin', password: 'rahasia' }, authorization: undefined });
    expect(hub.session.token).toBe('new-token-abcdefghijklmnop');
    hub.set('POST /api/logout', () => {
      throw new TypeError('gone');
    });
    await logout(hub.api);
    expect(hub.session.loggedIn).toBe(false);
  });

  it('does not end the session when a wrong password gets 401 at login', async () => {
    const hub = fakeHub({
      'POST /api/login': { status: 401, body: { error: { code: 'bad-credentials', message: 'Nama pengguna atau kata sandi salah.', en: 'Wrong username or password.' } } },
    });
    hub.session.end();
    const err = await failure(login(hub.api, 'admin', 'salah'));
    expect(err.code).toBe('bad-credentials');
    expect(hub.session.notice).toBeUndefined();
  });
});
