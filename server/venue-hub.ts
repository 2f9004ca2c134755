import { readFileSync } from 'node:fs';
import { AGENT_PATH } from '../protocol/agent.js';
import type { Cause, ServerInfo, VenueReadiness } from '../protocol/api.js';
import type { Room, Venue } from '../protocol/venue.js';
import { AppError, isAppError } from '../protocol/errors.js';
import { VenuePlanSchema } from '../protocol/venue.js';
import { validate } from '../protocol/validate.js';
import { attachAgentSocket } from './agents/channel.js';
import { routeUpgrades } from './agents/upgrade.js';
import { agentRoutes } from './agents/routes.js';
import { enrollmentRoutes } from './agents/enrollment-routes.js';
import { seatingRoutes } from './agents/seating-routes.js';
import { yieldOfflinePlaces } from './agents/places.js';
import { AgentHub, DEFAULT_AGENT_HUB_OPTIONS, type AgentHubOptions } from './agents/service.js';
import type { HubContext } from './context.js';
import type { Feature } from './feature.js';
import { DEFAULT_LIVE_OPTIONS, LiveHub, liveRoute, type LiveOptions } from './live/channel.js';
import { readinessRoutes, rollupInput } from './readiness/routes.js';
import { rollup, serverInfos } from './readiness/rollup.js';
import { toRollup } from './agents/views.js';
import { venueRoutes } from './venue/routes.js';
import { VenueService, type PlacedMachines } from './venue/service.js';

export interface VenueHubOptions {
  agents?: Partial<AgentHubOptions>;
  live?: Partial<LiveOptions>;
  /** node-cron expression of the offline sweep (default every 5 s). */
  sweepCron?: string;
  /** node-cron expression of the exam-morning watch that announces missing machines (default every 2 s). */
  watchCron?: string;
  /** node-cron expression of the last-seen flush to SQLite (default every 30 s). */
  flushCron?: string;
  /** node-cron expression of the check that moves long-offline clients' places to waiting online ones (default every 30 s). */
  yieldCron?: string;
  /** The facility checklist's causes, counted in the venue's readiness beside the machines. */
  facilityCauses?: (ctx: HubContext) => readonly Cause[];
}

/** Reads and imports the venue plan named by SIAPCAT_PLAN (set by `siapcat hub --plan FILE`). */
function importPlanFile(venue: VenueService, path: string): void {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new AppError(
      'plan-file',
      {
        id: `Berkas denah ${path} tidak bisa dibaca sebagai JSON: ${(err as Error).message}`,
        en: `The venue plan ${path} cannot be read as JSON: ${(err as Error).message}`,
      },
      { exitCode: 4 },
    );
  }
  try {
    venue.importPlanFile(validate(VenuePlanSchema, data, { id: `Denah ${path}`, en: `Venue plan ${path}` }), path);
  } catch (err) {
    // A bad input file: exit code 4, like every other file the CLI reads.
    throw isAppError(err) ? new AppError(err.code, err.text, { exitCode: 4, details: err.details }) : err;
  }
}

/** SIAPCAT_MISSING_AFTER (seconds, set by `siapcat hub --missing-after`): the watch's set time. */
function missingAfterFromEnv(env: Readonly<Record<string, string | undefined>>): Partial<AgentHubOptions> {
  const raw = env.SIAPCAT_MISSING_AFTER;
  if (raw === undefined || raw === '') return {};
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 5 || seconds > 3600) {
    throw new AppError(
      'missing-after',
      {
        id: `Batas waktu PC hilang harus bilangan bulat 5 sampai 3600 detik, bukan "${raw}". Perbaiki --missing-after lalu jalankan hub lagi.`,
        en: `The missing-PC limit must be a whole number of seconds from 5 to 3600, not "${raw}". Fix --missing-after and start the hub again.`,
      },
      { exitCode: 2 },
    );
  }
  return { missingAfterMs: seconds * 1000 };
}

/**
 * The venue hub's live side as one feature: venue layout, the agent channel (/ws/agent), machines,
 * enrollment, readiness roll-ups and the dashboard channel (/ws/live), sharing one AgentHub.
 */
/** What other features (the outbox) may read of the venue hub: its summaries, never its stores. */
export interface VenueSummaries {
  venue(): Venue | null;
  rooms(): Room[];
  readiness(): VenueReadiness;
  servers(): ServerInfo[];
}

export function venueHubFeature(options: VenueHubOptions = {}): Feature & { readonly hub: AgentHub; readonly summaries: VenueSummaries } {
  let agentHub: AgentHub | undefined;
  let venue: VenueService | undefined;
  let live: LiveHub | undefined;
  const needVenue = (): VenueService => {
    if (!venue) throw new Error('venue hub feature used before start');
    return venue;
  };
  const need = (): AgentHub => {
    if (!agentHub) throw new Error('venue hub feature used before start');
    return agentHub;
  };
  return {
    name: 'venue-hub',
    get hub() {
      return need();
    },
    summaries: {
      venue: () => needVenue().venue(),
      rooms: () => needVenue().rooms(),
      readiness: () => {
        const hub = need();
        return rollup(rollupInput(hub, needVenue(), options.facilityCauses && (() => options.facilityCauses!(hub.ctx))));
      },
      servers: () => {
        const hub = need();
        return serverInfos(
          needVenue().servers(),
          hub.machines.all().map((m) => toRollup(m, hub.liveness)),
        );
      },
    },
    start(ctx: HubContext) {
      // The venue owns its tables; the agent hub places machines through its narrow layout, and
      // the venue asks the hub about the machines placed in it. Each sees only the other's interface.
      const layout: VenueService = new VenueService(ctx, (): PlacedMachines => hub.placedMachines());
      const hub = new AgentHub(ctx, layout, { ...DEFAULT_AGENT_HUB_OPTIONS, ...missingAfterFromEnv(ctx.config.env), ...options.agents });
      agentHub = hub;
      venue = layout;
      hub.token.init(ctx.config.env.SIAPCAT_ENROLL_TOKEN);
      if (ctx.config.env.SIAPCAT_PLAN) importPlanFile(layout, ctx.config.env.SIAPCAT_PLAN);
      live = new LiveHub(ctx, { ...DEFAULT_LIVE_OPTIONS, ...options.live });
      live.start();
      ctx.cron.add('agents.sweep-silent', options.sweepCron ?? '*/5 * * * * *', () => {
        hub.sweepSilent();
      });
      ctx.cron.add('agents.yield-offline', options.yieldCron ?? '*/30 * * * * *', () => {
        yieldOfflinePlaces(hub, hub.options.yieldAfterMs);
      });
      ctx.cron.add('agents.watch-missing', options.watchCron ?? '*/2 * * * * *', () => {
        hub.watchMissing();
      });
      ctx.cron.add('agents.flush-last-seen', options.flushCron ?? '*/30 * * * * *', async () => {
        await hub.flushLastSeen();
      });
      ctx.onClose(async () => {
        live?.stop();
        await hub.flushLastSeen();
        hub.closing = true;
      });
    },
    attach(server, ctx) {
      const hub = need();
      routeUpgrades(server, AGENT_PATH, (req, socket, head) => {
        socket.on('error', () => socket.destroy());
        hub.admission.run(() => {
          if (hub.closing || socket.destroyed) return void socket.destroy();
          ctx.wss.handleUpgrade(req, socket, head, (ws) => {
            attachAgentSocket(hub, ws, req.socket.remoteAddress ?? 'unknown');
          });
        });
      });
    },
    routes(app, ctx) {
      const hub = need();
      venueRoutes(app, venue!);
      agentRoutes(app, hub);
      enrollmentRoutes(app, hub);
      seatingRoutes(app, hub);
      readinessRoutes(app, hub, venue!, options.facilityCauses && (() => options.facilityCauses!(ctx)));
      liveRoute(app, ctx, live!);
    },
  };
}
