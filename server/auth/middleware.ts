import type { MiddlewareHandler } from 'hono';
import type { HubEnv } from '../feature.js';
import { unauthorized } from '../http/errors.js';
import { bearerFrom } from './tokens.js';
import type { AuthUser, UserStore } from './users.js';

/** API paths reachable without a login. */
export const PUBLIC_API_PATHS = new Set(['/api/login', '/api/setup', '/api/health']);

/** WebSocket subprotocol prefix carrying the bearer token, for browsers (which cannot set headers on sockets). */
export const WS_BEARER_PREFIX = 'bearer.';

/**
 * The bearer token of a request: `Authorization: Bearer X`, or for a WebSocket upgrade the
 * offered subprotocol `bearer.X`.
 */
export function tokenFromHeaders(headers: { get(name: string): string | null | undefined }): string | undefined {
  const fromHeader = bearerFrom(headers.get('authorization'));
  if (fromHeader) return fromHeader;
  const protocols = headers.get('sec-websocket-protocol');
  if (!protocols) return undefined;
  for (const entry of protocols.split(',')) {
    const value = entry.trim();
    if (value.startsWith(WS_BEARER_PREFIX)) return value.slice(WS_BEARER_PREFIX.length) || undefined;
  }
  return undefined;
}

export function authenticateHeaders(
  users: UserStore,
  headers: { get(name: string): string | null | undefined },
): AuthUser | undefined {
  const token = tokenFromHeaders(headers);
  return token ? users.authenticate(token) : undefined;
}

/** Requires a valid login on every /api route except the public ones. */
export function requireLogin(users: UserStore): MiddlewareHandler<HubEnv> {
  return async (c, next) => {
    if (PUBLIC_API_PATHS.has(c.req.path)) return next();
    const user = authenticateHeaders(users, { get: (name) => c.req.header(name) });
    if (!user) {
      // An anonymous body is never read: close the connection after the answer instead of draining it.
      if (c.req.header('transfer-encoding') || Number(c.req.header('content-length') ?? 0) > 0) c.header('Connection', 'close');
      throw unauthorized();
    }
    c.set('user', user);
    return next();
  };
}
