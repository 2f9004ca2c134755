import type { Context, MiddlewareHandler } from 'hono';
import type { HubContext } from '../context.js';
import { durably } from '../db/open.js';
import type { HubEnv } from '../feature.js';

/** Actions whose changes the audit chain records here (the exam day's own routes audit inside their transaction). */
const AUDITED_PREFIXES = ['backup.', 'users.', 'venue.', 'servers.', 'machines.', 'enrollment.', 'tokens.', 'settings.', 'facilities.'];
const CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Runs a change route's synchronous write with its `hub.change` audit entry, in one transaction. */
export type ChangeWriter = <T>(work: () => T) => T;

/**
 * Every successful change to users, roles, venue, servers, machines, tokens, settings and the
 * facility checklist goes into the audit chain with who (actor) and when (the entry's time):
 * method, path and the permission action, never the body (passwords, tokens, NIKs stay out).
 *
 * The entry is written in the SAME durable transaction as the change: a change route runs its
 * write through `recordChange(c, () => ...)`, which appends the entry after the write and before
 * the commit, so a crash can leave neither a change without its line nor a line without its
 * change. A change route that does not (a route added later) is still audited after it answered,
 * and the hub logs `audit.after-change` so the test and the log both show it.
 */
export function auditChanges(ctx: HubContext): MiddlewareHandler<HubEnv> {
  return async (c, next) => {
    if (!CHANGING.has(c.req.method)) return next();
    let recorded = false;
    const entry = () => {
      const action = c.get('action');
      const user = c.get('user');
      if (!action || !user || !AUDITED_PREFIXES.some((p) => action.startsWith(p))) return undefined;
      const path = c.req.path.slice(0, 200);
      return {
        actor: user.username,
        action: 'hub.change' as const,
        subject: path,
        data: { method: c.req.method, path, permission: action },
      };
    };
    c.set('recordChange', (work) => {
      const e = recorded ? undefined : entry();
      if (!e) return work();
      const result = durably(ctx.db, () => {
        const done = work();
        ctx.audit.append(e);
        return done;
      });
      recorded = true;
      return result;
    });
    await next();
    if (recorded || c.res.status >= 400) return;
    const e = entry();
    if (!e) return;
    ctx.log.warn('audit.after-change', { path: e.subject, permission: e.data.permission });
    durably(ctx.db, () => ctx.audit.append(e));
  };
}

/** A change route's write and its audit entry in one transaction (see auditChanges); `work` must not await. */
export function recordChange<T>(c: Context<HubEnv>, work: () => T): T {
  const write = c.get('recordChange');
  return write ? write(work) : work();
}
