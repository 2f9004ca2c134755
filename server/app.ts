import { Hono } from 'hono';
import { requireLogin } from './auth/middleware.js';
import type { HubContext } from './context.js';
import type { Feature, HubEnv } from './feature.js';
import { auditChanges } from './http/audit-changes.js';
import { handleError, notFound } from './http/errors.js';
import { noStore, securityHeaders } from './http/headers.js';
import { serveDashboard } from './http/static.js';

/**
 * The hub's HTTP app: login required on /api, each feature's routes, the dashboard last.
 * Errors are turned into `{error: {code, message, en}}` once, here.
 */
export function createApp(ctx: HubContext, features: readonly Feature[]): Hono<HubEnv> {
  const app = new Hono<HubEnv>();
  app.onError(handleError(ctx.log, ctx.config.dbPath));
  app.use('*', securityHeaders());
  app.use('/api/*', requireLogin(ctx.users));
  app.use('/api/*', auditChanges(ctx));
  app.use('/api/*', noStore());
  for (const feature of features) feature.routes?.(app, ctx);
  app.all('/api/*', notFound);
  serveDashboard(app, ctx.config.dashboardDir);
  return app;
}
