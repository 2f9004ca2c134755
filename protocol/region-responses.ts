import { z } from 'zod/mini';
import { MachineTallySchema } from './region.js';

/**
 * What the regional service answers (GET /api/region/venues): each venue's latest state as the outbox delivered
 * it. The push protocol is in region.ts.
 */

export const RegionSessionViewSchema = z.object({
  sessionId: z.string(),
  name: z.string(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  registered: z.number(),
  present: z.number(),
  absent: z.number(),
  refused: z.number(),
  rooms: z.array(
    z.object({
      room: z.string(),
      registered: z.number(),
      present: z.number(),
      absent: z.number(),
      refused: z.number(),
    }),
  ),
  /** The venue's results counts for the session (rule id@version), once results were imported. */
  results: z.nullable(z.record(z.string(), z.nullable(z.union([z.number(), z.string(), z.boolean()])))),
});
export type RegionSessionView = z.infer<typeof RegionSessionViewSchema>;

export const RegionIncidentViewSchema = z.object({
  sessionId: z.string(),
  id: z.number(),
  at: z.string(),
  room: z.string(),
  kind: z.string(),
  description: z.string(),
  minutesLost: z.number(),
});
export type RegionIncidentView = z.infer<typeof RegionIncidentViewSchema>;

export const RegionVenueSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The venue's IANA time zone (as its hub sent it), for showing its times; null before its first push. */
  timeZone: z.nullable(z.string()),
  /** 'stale' whenever the region has not heard from the venue lately or it is still catching up: never its old verdict. */
  verdict: z.enum(['ready', 'not-ready', 'incomplete', 'stale', 'unknown']),
  /** The venue's own verdict when last heard (shown as history only). */
  lastVerdict: z.nullable(z.enum(['ready', 'not-ready', 'incomplete'])),
  lastHeardAt: z.nullable(z.string()),
  stale: z.boolean(),
  /** Events the venue has that the region has not stored yet. */
  behind: z.number(),
  machines: z.nullable(MachineTallySchema),
  causes: z.array(
    z.object({
      kind: z.string(),
      ref: z.string(),
      count: z.number(),
      text: z.object({
        id: z.string(),
        en: z.string(),
      }),
    }),
  ),
  servers: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      limit: z.number(),
      assigned: z.number(),
      online: z.boolean(),
      waiting: z.number(),
    }),
  ),
  sessions: z.array(RegionSessionViewSchema),
  incidents: z.array(RegionIncidentViewSchema),
  auditHead: z.nullable(
    z.object({
      seq: z.number(),
      hash: z.string(),
    }),
  ),
  /** Room seals by state, seal anomalies, network trials (the custody feature's summary). */
  custody: z.nullable(z.record(z.string(), z.nullable(z.union([z.number(), z.string(), z.boolean()])))),
});
export type RegionVenue = z.infer<typeof RegionVenueSchema>;

export const RegionVenuesResponseSchema = z.object({
  venues: z.array(RegionVenueSchema),
  generatedAt: z.string(),
  staleAfterSeconds: z.number(),
});
export type RegionVenuesResponse = z.infer<typeof RegionVenuesResponseSchema>;
