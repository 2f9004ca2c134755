import { z } from 'zod/mini';
import type { ApiClient } from './client.js';

const LoginResponseSchema = z.object({ token: z.string().check(z.minLength(1)), username: z.string(), expiresAt: z.string() });

/** POST /api/login; on success the session holds the token. Wrong password -> ApiError 'bad-credentials'. */
export async function login(api: ApiClient, username: string, password: string): Promise<void> {
  const res = await api.request('POST', '/api/login', {
    body: { username, password },
    schema: LoginResponseSchema,
    auth: false,
  });
  api.session.begin(res);
}

/** POST /api/logout, then forget the token even when the hub cannot be reached. */
export async function logout(api: ApiClient): Promise<void> {
  try {
    await api.request('POST', '/api/logout');
  } catch {
    /* the local session ends regardless */
  }
  api.session.end();
}

/** GET /api/me: cheap way to learn whether the token is still good (a 401 ends the session). */
export async function whoAmI(api: ApiClient): Promise<{ username: string; role: string; actions?: string[] }> {
  return api.get('/api/me', { schema: z.object({ username: z.string(), role: z.string(), actions: z.optional(z.array(z.string())) }) });
}

/**
 * GET /api/health: is the hub up, does it still wait for its first admin (setup token), and the
 * SHA-256 fingerprint of its CA (when it speaks HTTPS) that people compare with the one read out.
 */
export async function health(api: ApiClient): Promise<{ ok: boolean; setupRequired: boolean; caFingerprint?: string }> {
  const h = await api.get('/api/health', {
    schema: z.object({
      ok: z.boolean(),
      setupRequired: z._default(z.boolean(), false),
      tls: z.optional(z.object({ caFingerprint: z.string() })),
    }),
    auth: false,
  });
  return { ok: h.ok, setupRequired: h.setupRequired, ...(h.tls ? { caFingerprint: h.tls.caFingerprint } : {}) };
}

/** POST /api/setup: creates the admin from the setup token printed by the hub, and logs in. */
export async function setupAdmin(api: ApiClient, setupToken: string, password: string): Promise<void> {
  const res = await api.request('POST', '/api/setup', {
    body: { setupToken, password },
    schema: LoginResponseSchema,
    auth: false,
  });
  api.session.begin(res);
}
