/**
 * The machine roles of Lampiran C.4.b, without any schema library: the agent's command line
 * checks them before loading anything heavy. protocol/check.ts re-exports these.
 */
export const ROLES = ['server', 'mobile-server', 'client'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
