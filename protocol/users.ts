import { z } from 'zod/mini';
import type { Localized } from './i18n.js';

/**
 * Hub users. Every desk operator gets their own login so the audit log and the attendance say who
 * registered whom. What each role may do is one table: server/auth/permissions.ts. admin: users,
 * venue, tokens, settings; supervisor: the exam day incl. overrides; operator: a check-in desk;
 * monitor: read-only live views (masked NIK); auditor: read-only everything incl. exports and audit.
 */
export const USER_ROLES = ['admin', 'supervisor', 'operator', 'monitor', 'auditor'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const USER_ROLE_LABELS: Record<UserRole, Localized> = {
  admin: { id: 'Admin (kelola pengguna)', en: 'Admin (manages users)' },
  supervisor: { id: 'Supervisor (boleh override)', en: 'Supervisor (may override)' },
  operator: { id: 'Operator meja registrasi', en: 'Check-in desk operator' },
  monitor: { id: 'Monitor (ruang pantau/TV, hanya lihat)', en: 'Monitor (monitoring room/TV, read-only)' },
  auditor: { id: 'Auditor (hanya lihat, termasuk laporan dan audit)', en: 'Auditor (read-only, incl. reports and audit)' },
};

export const MIN_PASSWORD = 8;

export const UsernameSchema = z.string().check(
  z.trim(),
  z.toLowerCase(),
  z.regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, {
    error: '2–32 huruf kecil, angka, titik, garis bawah atau tanda hubung / 2–32 lowercase letters, digits, dot, underscore or dash',
  }),
);

const password = z.string().check(z.minLength(MIN_PASSWORD), z.maxLength(256));

/** POST /api/users */
export const CreateUserSchema = z.object({ username: UsernameSchema, password, role: z.enum(USER_ROLES) });
export type CreateUserRequest = z.input<typeof CreateUserSchema>;

/** PATCH /api/users/:username: a new password, a new role, or both (either ends the user's logins). */
export const UpdateUserSchema = z
  .object({ password: z.optional(password), role: z.optional(z.enum(USER_ROLES)) })
  .check(z.refine((u) => u.password !== undefined || u.role !== undefined, { error: 'password or role' }));
export type UpdateUserRequest = z.input<typeof UpdateUserSchema>;

export const UserViewSchema = z.object({
  username: z.string(),
  role: z.string(),
  createdAt: z.string(),
  /** Logins still valid now. */
  sessions: z.number(),
});
export type UserView = z.infer<typeof UserViewSchema>;

/** GET /api/users */
export const UsersResponseSchema = z.object({ users: z.array(UserViewSchema) });
export type UsersResponse = z.infer<typeof UsersResponseSchema>;
