import type { MiddlewareHandler } from 'hono';
import type { HubContext } from '../context.js';
import { durably } from '../db/open.js';
import type { HubEnv } from '../feature.js';

/** Actions whose changes the audit chain records here (the exam day's own routes audit inside their transaction). */
const AUDITED_PREFIXES = ['users.', 'venue.', 'servers.', 'machines.', 'enrollment.', 'tokens.', 'settings.', 'facilities.'];
const CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every successful change to users, roles, venue, servers, machines, tokens, settings and the
 * facility checklist goes into the audit chain with who (actor) and when (the entry's time):
 * method, path and the permission action, never the body (passwords, tokens, NIKs stay out).
 */
export function auditChanges(ctx: HubContext): MiddlewareHandler<HubEnv> {
  return async (c, next) => {
    await next();
    const action = c.get('action');
    const user = c.get('user');
    if (!action || !user || !CHANGING.has(c.req.method) || c.res.status >= 400) return;
    if (!AUDITED_PREFIXES.some((p) => action.startsWith(p))) return;
    durably(ctx.db, () =>
      ctx.audit.append({
        actor: user.username,
        action: 'hub.change',
        subject: c.req.path.slice(0, 200),
        data: { method: c.req.method, path: c.req.path.slice(0, 200), permission: action, status: c.res.status },
      }),
    );
  };
}
