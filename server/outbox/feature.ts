import { isAppError } from '../../protocol/errors.js';
import { requirePermission } from '../auth/permissions.js';
import type { HubContext } from '../context.js';
import type { Feature } from '../feature.js';
import type { Change } from '../changes.js';
import { collectAll, type CollectScope, type Collector } from './collectors.js';
import { joinRegion } from './join.js';
import { DEFAULT_PUSHER_OPTIONS, Pusher, type PusherOptions } from './pusher.js';
import { OutboxStore, type Outbox, type RegionLink } from './store.js';
import { httpsTransport, type RegionTransport } from './transport.js';

export interface OutboxOptions {
  /** The collectors, built from other features' public summaries (see features.ts). */
  collectors: () => Collector[];
  /**
   * node-cron expression of the periodic collection (default every 10 s): the venue-wide collectors and the
   * exam sessions near now (`nearSessions`); changes also trigger one, over the sessions they name.
   */
  collectCron?: string;
  /** node-cron expression of the periodic collection over every session (default every 10 minutes). */
  fullCollectCron?: string;
  /** The exam sessions whose summaries change with the clock alone (default: none; features.ts gives today's). */
  nearSessions?: (now: Date) => string[];
  /** After a published change, collect this soon (coalescing a burst). */
  collectDelayMs?: number;
  pusher?: Partial<PusherOptions>;
  /** Called first at start with the hub's context (for collectors that read a feature through it). */
  onStart?: (ctx: HubContext) => void;
  /** The venue's name, sent when joining. */
  venueName?: () => string;
  /** The link to the region (default HTTPS with the pinned CA); tests wrap it to cut the line. */
  transport?: (link: RegionLink) => RegionTransport;
}

export interface OutboxFeature extends Feature {
  /** For features that append on their own (custody, results): the narrow interface. */
  readonly outbox: Outbox;
  readonly store: OutboxStore;
  /** Runs the collectors now (per-session ones over `scope`, default every session); the number of events appended. */
  collectNow(scope?: CollectScope, topics?: ReadonlySet<string>): number;
  /** The background pusher, once the hub is joined to a region. */
  readonly pusher: Pusher | undefined;
}

/**
 * The hub's outbox to its region: collectors append what changed; when the hub has joined a region
 * (`siapcat hub --region URL` with the one-time code and the region's CA fingerprint, passed as
 * SIAPCAT_REGION_URL / SIAPCAT_REGION_CODE / SIAPCAT_REGION_CA) a pusher sends it in the background.
 * Without a region the outbox still fills, and is sent when the hub joins later.
 */
export function outboxFeature(options: OutboxOptions): OutboxFeature {
  let store: OutboxStore | undefined;
  let pusher: Pusher | undefined;
  let collectors: Collector[] = [];
  let pending: NodeJS.Timeout | undefined;
  const need = () => {
    if (!store) throw new Error('outbox used before start');
    return store;
  };
  let log: HubContext['log'] | undefined;
  const collectNow = (scope: CollectScope = 'all', topics?: ReadonlySet<string>) => {
    const { appended, errors } = collectAll(need(), collectors, scope, topics);
    for (const error of errors) log?.error('outbox.collect-refused', { error });
    return appended;
  };
  const startPusher = (ctx: HubContext, link: RegionLink) => {
    const transport = options.transport?.(link) ?? httpsTransport(link.regionUrl, link.caPem);
    const status = () => ctx.changes.publish({ topics: ['region-link'] });
    pusher = new Pusher(need(), transport, ctx.clock, ctx.random, ctx.log, { ...DEFAULT_PUSHER_OPTIONS, ...options.pusher }, status);
    pusher.start();
    ctx.log.info('outbox.region-linked', { region: link.regionUrl, venue: link.venueId, acked: link.ackedSeq });
  };
  return {
    name: 'outbox',
    get outbox() {
      return need();
    },
    get store() {
      return need();
    },
    get pusher() {
      return pusher;
    },
    collectNow,
    routes(app) {
      // The link's state for the dashboard (Pengaturan and the overview's warning): never the key.
      app.get('/api/region-link', requirePermission('region-link.view'), (c) => c.json(need().status()));
    },
    async start(ctx) {
      options.onStart?.(ctx);
      log = ctx.log;
      store = new OutboxStore(ctx.db, ctx.clock, () => pusher?.kick());
      collectors = options.collectors();
      let closed = false;
      // In the background (after changes, on the clock) one collector runs per turn of the event loop:
      // each reads a whole summary of the venue (a thousand machines' readiness, every server), and all
      // of them in one turn held the hub for 100 ms every 10 s, agents' frames waiting behind it.
      const collect = async (scope: CollectScope, topics?: ReadonlySet<string>) => {
        for (const collector of collectors) {
          if (closed) return;
          try {
            const { errors } = collectAll(need(), [collector], scope, topics);
            for (const error of errors) ctx.log.error('outbox.collect-refused', { error });
          } catch (err) {
            ctx.log.error('outbox.collect-failed', { error: (err as Error).message });
          }
          await new Promise((resolve) => setImmediate(resolve));
        }
      };
      try {
        collectNow('all');
      } catch (err) {
        ctx.log.error('outbox.collect-failed', { error: (err as Error).message });
      }
      // A change names its sessions: only those are read again (a roster of thousands is not rebuilt for
      // every session on every heartbeat); a change of the sessions' topics without names reads them all.
      // The collectors that follow other topics than those changed are skipped (a trial's answers do not roll up the machines).
      let scope: 'all' | Set<string> = new Set();
      let topics = new Set<string>();
      const unsubscribe = ctx.changes.subscribe((change) => {
        scope = widen(scope, change);
        for (const t of change.topics) topics.add(t);
        pending ??= setTimeout(() => {
          pending = undefined;
          const [now, changed] = [scope, topics];
          scope = new Set();
          topics = new Set();
          void collect(now, changed);
        }, options.collectDelayMs ?? 250);
      });
      ctx.cron.add('outbox.collect', options.collectCron ?? '*/10 * * * * *', () =>
        collect(new Set(options.nearSessions?.(ctx.clock.now()) ?? [])),
      );
      ctx.cron.add('outbox.collect-all', options.fullCollectCron ?? '0 */10 * * * *', () => collect('all'));
      ctx.onClose(() => {
        closed = true;
        unsubscribe();
        clearTimeout(pending);
        pusher?.stop();
      });

      const env = ctx.config.env;
      let link = store.link();
      const wanted = env.SIAPCAT_REGION_URL;
      // Joins with a code when not joined to that region yet, or when the region revoked this venue's
      // key (the regional admin then gives a new code: start the hub again with it).
      const revoked = link?.lastError?.code === 'venue-key';
      if (wanted && env.SIAPCAT_REGION_CODE && (!link || revoked || link.regionUrl !== safeOrigin(wanted))) {
        try {
          link = await joinRegion(store, {
            regionUrl: wanted,
            code: env.SIAPCAT_REGION_CODE,
            caFingerprint: env.SIAPCAT_REGION_CA ?? '',
            name: options.venueName?.() ?? '',
          });
        } catch (err) {
          // The venue works without its region: say why the join failed and run on.
          const text = isAppError(err) ? err.text : { id: (err as Error).message, en: (err as Error).message };
          ctx.log.error('outbox.join-failed', { region: wanted, error: text.en });
          ctx.notices.push({
            id: `Belum tergabung ke wilayah: ${text.id} Hub tetap berjalan; data wilayah disimpan dan dikirim setelah bergabung.`,
            en: `Not joined to the region: ${text.en} The hub runs on; regional data is kept and sent once joined.`,
          });
        }
      }
      if (link) startPusher(ctx, link);
    },
  };
}

/** Topics whose changes are about exam sessions (their counts, incidents, results). */
const SESSION_TOPICS: ReadonlySet<string> = new Set(['attendance', 'sessions', 'incidents', 'results']);

function widen(scope: 'all' | Set<string>, change: Change): 'all' | Set<string> {
  if (scope === 'all' || !change.topics.some((t) => SESSION_TOPICS.has(t))) return scope;
  if (!change.sessions) return 'all';
  for (const id of change.sessions) scope.add(id);
  return scope;
}

function safeOrigin(text: string): string | undefined {
  try {
    return new URL(text).origin;
  } catch {
    return undefined;
  }
}
