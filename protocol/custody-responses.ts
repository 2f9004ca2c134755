import { z } from 'zod/mini';
import { WitnessSchema, HandoverRecordSchema, TrialKindSchema } from './custody.js';

/**
 * The network trial's and the power drill's records as the hub answers them, and the custody GET envelopes.
 * Requests, seals and handovers are in custody.ts.
 */

export const TrialPingSchema = z.object({
  target: z.enum(['server', 'hub']),
  host: z.string(),
  sent: z.number(),
  received: z.number(),
  lossPercent: z.number(),
  avgMs: z.nullable(z.number()),
  maxMs: z.nullable(z.number()),
});
export type TrialPing = z.infer<typeof TrialPingSchema>;

export const PowerStateSchema = z.object({
  /** ac: on mains; battery: on its own battery or a UPS's; unknown: not readable. */
  source: z.enum(['ac', 'battery', 'unknown']),
  batteryPercent: z.nullable(z.number()),
  /** A UPS the machine can read (a server with NUT, apcupsd or a USB HID UPS), else null. */
  ups: z.nullable(
    z.object({
      onBattery: z.boolean(),
      chargePercent: z.nullable(z.number()),
      /** nut (upsc), apcupsd (apcaccess) or hid (a USB UPS seen as a battery); absent from older agents. */
      source: z.optional(z.enum(['nut', 'apcupsd', 'hid'])),
      name: z.optional(z.string()),
      lowBattery: z.optional(z.boolean()),
      /** The UPS's estimated runtime on battery, seconds. */
      runtimeSeconds: z.optional(z.nullable(z.number())),
    }),
  ),
});
export type PowerState = z.infer<typeof PowerStateSchema>;

/** One PC's answer within a trial. */
export const TrialResultSchema = z.object({
  agentId: z.string(),
  role: z.string(),
  roomId: z.nullable(z.string()),
  serverId: z.nullable(z.string()),
  seat: z.nullable(z.number()),
  status: z.enum(['answered', 'no-answer']),
  pings: z.array(TrialPingSchema),
  throughputMbps: z.nullable(z.number()),
  power: z.nullable(PowerStateSchema),
  /** Still connected when the trial ended (a drill: false means it dropped off). */
  connectedAtEnd: z.nullable(z.boolean()),
});
export type TrialResult = z.infer<typeof TrialResultSchema>;

/** Medians and worst PCs of one room, one server, or the whole venue. */
export const TrialGroupSchema = z.object({
  id: z.string(),
  expected: z.number(),
  answered: z.number(),
  medianServerMs: z.nullable(z.number()),
  medianHubMs: z.nullable(z.number()),
  medianThroughputMbps: z.nullable(z.number()),
  /** PCs that failed a threshold, worst first (at most 5). */
  worst: z.array(
    z.object({
      agentId: z.string(),
      why: z.object({
        id: z.string(),
        en: z.string(),
      }),
    }),
  ),
  /** Power drill: on battery/UPS, on mains, unknown. */
  power: z.optional(
    z.object({
      battery: z.number(),
      ac: z.number(),
      unknown: z.number(),
      dropped: z.number(),
    }),
  ),
});
export type TrialGroup = z.infer<typeof TrialGroupSchema>;

export const TrialThresholdsSchema = z.object({
  checklist: z.object({
    id: z.string(),
    version: z.string(),
    sha256: z.string(),
  }),
  latencyFailAboveMs: z.number(),
  lossFailAbovePercent: z.number(),
  throughputMinMbps: z.number(),
});
export type TrialThresholds = z.infer<typeof TrialThresholdsSchema>;

export const TrialSchema = z.object({
  id: z.number(),
  kind: TrialKindSchema,
  status: z.enum(['running', 'complete']),
  startedAt: z.string(),
  endedAt: z.nullable(z.string()),
  startedBy: z.string(),
  probeBytes: z.number(),
  /** How the throughput probes were spread (see README: at most N at once, one slot each). */
  schedule: z.object({
    parallel: z.number(),
    slotMs: z.number(),
    lastSlotMs: z.number(),
  }),
  thresholds: TrialThresholdsSchema,
  note: z.string(),
  venue: TrialGroupSchema,
  rooms: z.array(TrialGroupSchema),
  servers: z.array(TrialGroupSchema),
  noAnswer: z.array(z.string()),
  witnesses: z.array(WitnessSchema),
  /** Power drill marks (T0 is startedAt). */
  drill: z.nullable(
    z.object({
      gensetAt: z.nullable(z.string()),
      mainsBackAt: z.nullable(z.string()),
      outcome: z.nullable(z.enum(['ok', 'not-ok'])),
    }),
  ),
});
export type Trial = z.infer<typeof TrialSchema>;

export const TrialDetailSchema = z.extend(TrialSchema, {
  results: z.array(TrialResultSchema),
});
export type TrialDetail = z.infer<typeof TrialDetailSchema>;

/** GET /api/custody/handovers */
export const HandoversResponseSchema = z.object({ handovers: z.array(HandoverRecordSchema) });
export type HandoversResponse = z.infer<typeof HandoversResponseSchema>;
/** GET /api/custody/trials: every trial, newest first, and the one running now. */
export const TrialsResponseSchema = z.object({ trials: z.array(TrialSchema), running: z.nullable(z.number()) });
export type TrialsResponse = z.infer<typeof TrialsResponseSchema>;

/** POST /api/custody/{seals|handovers|trials}/:id/witness: whether this user was added, and the record's witnesses now. */
export const WitnessAnswerSchema = z.object({ added: z.boolean(), witnesses: z.array(WitnessSchema) });
export type WitnessAnswer = z.infer<typeof WitnessAnswerSchema>;
