import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../protocol/errors.js';
import { can, type Action } from '../../protocol/permissions.js';
import type { HubEnv } from '../feature.js';

export { actionsOf, can, PERMISSIONS, type Action } from '../../protocol/permissions.js';

export const forbidden = (action: Action, user: { username: string; role: string }): AppError =>
  new AppError(
    'forbidden',
    {
      id: `Pengguna ${user.username} (peran ${user.role}) tidak berwenang untuk tindakan ini (${action}). Minta pengguna yang berwenang.`,
      en: `User ${user.username} (role ${user.role}) may not do this (${action}). Ask a user who may.`,
    },
    { status: 403, details: { action } },
  );

/** A guard carries its action, so the route walk (test) can read which action guards each route. */
export type PermissionGuard = MiddlewareHandler<HubEnv> & { readonly action: Action };

/** Route guard: the logged-in user must be allowed `action` (login itself is checked before, on /api). */
export function requirePermission(action: Action): PermissionGuard {
  const guard: MiddlewareHandler<HubEnv> = async (c, next) => {
    const user = c.get('user');
    if (!user || !can(user.role, action)) throw forbidden(action, user ?? { username: '-', role: '-' });
    c.set('action', action);
    return next();
  };
  return Object.assign(guard, { action });
}

/** Marks a route reachable without a login (it must also be in PUBLIC_API_PATHS); the route walk reads the mark. */
export function publicRoute(): MiddlewareHandler<HubEnv> & { readonly public: true } {
  const pass: MiddlewareHandler<HubEnv> = async (_c, next) => next();
  return Object.assign(pass, { public: true as const });
}
