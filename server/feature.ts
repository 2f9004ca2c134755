import type { ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AuthUser } from './auth/users.js';
import type { HubContext } from './context.js';

/** Hono environment of the hub: the authenticated user set by the auth middleware. */
export interface HubEnv {
  Variables: {
    user: AuthUser;
    /** The permission action of the route, set by its guard (requirePermission): what the audit of changes records. */
    action?: string;
    /** Set on changing requests by the audit of changes: runs the write with its audit entry in one transaction. */
    recordChange?: <T>(work: () => T) => T;
  };
}

export type HubApp = Hono<HubEnv>;

/**
 * A feature of the hub (auth, venue, agents, exam day, ...): its routes and its start-up work
 * (cron jobs, seeding). Features are listed once in features.ts; the app composes them in order.
 */
export interface Feature {
  name: string;
  /** Registers routes. Everything under /api is already behind authentication except PUBLIC_API_PATHS. */
  routes?(app: HubApp, ctx: HubContext): void;
  /** Runs after the database is open and before the port is listened on. */
  start?(ctx: HubContext): void | Promise<void>;
  /**
   * Gets the HTTP server right after it is created, before it accepts connections: for the few
   * paths that must bypass the app (the agent WebSocket upgrade, see server/agents/upgrade.ts).
   */
  attach?(server: ServerType, ctx: HubContext): void;
}
