import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../protocol/errors.js';
import type { HubEnv } from '../feature.js';

/**
 * Who may do what, as data: one row per action, naming the roles allowed to do it. Routes ask
 * `requirePermission(action)`; a test walks every route against this table. A feature that adds a
 * route adds its action here (grouped by feature), never an `if (role === ...)` of its own.
 */
export const PERMISSIONS = {
  // Users and their roles.
  'users.manage': ['admin'],
  // Exam day: overriding a closed PIN window or a re-issue.
  'exam.override': ['admin', 'supervisor'],
  // Enrolling exam PCs: codes, the venue token of simulators, approving a PC beyond the plan.
  'enrollment.read': ['admin'],
  'enrollment.manage': ['admin'],
  'machines.approve': ['admin'],
  // The single-file agents offered for download (no secret in them).
  'agent-bin.download': ['admin', 'supervisor', 'auditor'],
} as const satisfies Record<string, readonly string[]>;

export type Action = keyof typeof PERMISSIONS;

/** True when a user with `role` may do `action`. Unknown roles may do nothing. */
export function can(role: string, action: Action): boolean {
  return (PERMISSIONS[action] as readonly string[]).includes(role);
}

export const forbidden = (action: Action, user: { username: string; role: string }): AppError =>
  new AppError(
    'forbidden',
    {
      id: `Pengguna ${user.username} (peran ${user.role}) tidak berwenang untuk tindakan ini (${action}). Minta pengguna yang berwenang.`,
      en: `User ${user.username} (role ${user.role}) may not do this (${action}). Ask a user who may.`,
    },
    { status: 403, details: { action } },
  );

/** Route guard: the logged-in user must be allowed `action` (login itself is checked before, on /api). */
export function requirePermission(action: Action): MiddlewareHandler<HubEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user || !can(user.role, action)) throw forbidden(action, user ?? { username: '-', role: '-' });
    return next();
  };
}
