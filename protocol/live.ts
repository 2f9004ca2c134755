import { z } from 'zod/mini';
import { MachineSummarySchema } from './api.js';

/**
 * The dashboard's live channel: WebSocket `/ws/live`, hub -> browser only.
 *
 * Browsers cannot set headers on a WebSocket, so the dashboard offers two subprotocols:
 * `siapcat.live.v1` and `bearer.<token>`; the hub authenticates with the second and selects
 * the first. The hub coalesces changes (at most one `live.changed` per COALESCE_MS per socket)
 * and drops sockets that fall behind instead of buffering for them.
 *
 * `topics` say what to re-fetch over the REST API; `machines` carries the changed machines'
 * summaries directly so room maps recolour without a round trip.
 */
export const LIVE_SUBPROTOCOL = 'siapcat.live.v1';
export const LIVE_PATH = '/ws/live';
export const LIVE_COALESCE_MS = 500;

export const LIVE_TOPICS = [
  'readiness',
  'machines',
  'servers',
  'venue',
  'facilities',
  'sessions',
  'attendance',
  'incidents',
  'results',
  'custody',
  'region-link',
] as const;
export type LiveTopic = (typeof LIVE_TOPICS)[number];

export const LiveMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('live.hello'), v: z.literal(1), user: z.string() }),
  z.object({
    type: z.literal('live.changed'),
    v: z.literal(1),
    seq: z.int().check(z.nonnegative()),
    topics: z.array(z.enum(LIVE_TOPICS)),
    machines: z.array(MachineSummarySchema),
    /** Exam session ids whose attendance or incidents changed. */
    sessions: z.optional(z.array(z.string())),
  }),
]);
export type LiveMessage = z.infer<typeof LiveMessageSchema>;
