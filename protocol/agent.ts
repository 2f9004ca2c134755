import { z } from 'zod/mini';
import { ReadinessReportSchema, RoleSchema } from './check.js';
import type { Localized } from './i18n.js';
import { IdentSchema } from './venue.js';

/**
 * The agent link: WebSocket `/ws/agent`, one JSON object per text frame, every frame carrying the
 * protocol version `v`. Agent -> hub: hello, report, heartbeat, probe.request. Hub -> agent:
 * welcome, ack, refused, recheck, placed, probe.done, probe.busy (plus binary frames that are
 * only ever throughput-probe payload).
 *
 * Authentication is in `hello`: the venue's enrollment `token` on first contact (the hub answers
 * with a per-agent `key` in `welcome`, which the agent keeps on disk), the `key` afterwards.
 * Reports are numbered per agent (`seq` from 1); the hub stores each seq once and acks it, and
 * tells the agent in `welcome` the highest seq it already holds, so a buffered report is replayed
 * after a reconnect without ever being stored twice.
 */
export const AGENT_PROTOCOL_VERSION = 1;
export const AGENT_PATH = '/ws/agent';
/** Largest agent frame the hub reads as a message; larger ones are refused (`frame-too-large`). */
export const AGENT_MAX_FRAME = 128 * 1024;
/** Heartbeat period the hub asks for unless configured otherwise. */
export const DEFAULT_HEARTBEAT_MS = 15_000;
/** Largest throughput probe an agent may ask for. */
export const MAX_PROBE_BYTES = 16 * 1024 * 1024;

const v = z.literal(AGENT_PROTOCOL_VERSION);
const key = z.string().check(z.minLength(16), z.maxLength(200));

export const PlacementSchema = z.object({
  serverId: z.nullable(IdentSchema),
  roomId: z.nullable(IdentSchema),
  seat: z.nullable(z.int().check(z.gte(1), z.lte(10_000))),
});
export type Placement = z.infer<typeof PlacementSchema>;

/** The `{code, message, en}` of a refusal, as it travels and as the hub records it on a machine. */
export const RefusalSchema = z.object({
  code: z.string().check(z.maxLength(60)),
  message: z.string().check(z.maxLength(1000)),
  en: z.string().check(z.maxLength(1000)),
});
export type Refusal = z.infer<typeof RefusalSchema>;

export const HelloSchema = z.object({
  type: z.literal('hello'),
  v,
  id: IdentSchema,
  role: RoleSchema,
  /** Where the agent was told it sits (command-line flags); the hub decides and answers in `welcome`. */
  serverId: z._default(z.nullable(IdentSchema), null),
  roomId: z._default(z.nullable(IdentSchema), null),
  seat: z._default(z.nullable(z.int().check(z.gte(1), z.lte(10_000))), null),
  /** The venue's enrollment token: needed on first contact, or when the agent has no key. */
  token: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** The per-agent key issued at first contact. */
  key: z.optional(key),
  agent: z.object({
    version: z.string().check(z.maxLength(40)),
    platform: z.optional(z.string().check(z.maxLength(20))),
    host: z.optional(z.string().check(z.maxLength(255))),
    /** The machine's serial number (BIOS/DMI), matched against a BAST's mobile server. */
    serial: z.optional(z.string().check(z.maxLength(80))),
  }),
  /** The machine's LAN addresses: a server's are given to its clients for the ping trial. */
  addresses: z._default(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(16)), []),
});
export type Hello = z.infer<typeof HelloSchema>;

export const ReportMessageSchema = z.object({
  type: z.literal('report'),
  v,
  seq: z.int().check(z.gte(1)),
  report: ReadinessReportSchema,
});

export const HeartbeatSchema = z.object({ type: z.literal('heartbeat'), v });

/**
 * The heartbeat as the agent sends it, byte for byte: the hub recognises these exact bytes without
 * parsing them (the one frame every agent sends every few seconds). Any other spelling of a
 * heartbeat is decoded and checked like every frame.
 */
export const HEARTBEAT_FRAME = JSON.stringify({ type: 'heartbeat', v: AGENT_PROTOCOL_VERSION } satisfies z.output<typeof HeartbeatSchema>);

export const ProbeRequestSchema = z.object({
  type: z.literal('probe.request'),
  v,
  probeId: z.string().check(z.minLength(1), z.maxLength(40)),
  bytes: z.int().check(z.gte(1024), z.lte(MAX_PROBE_BYTES)),
});

const ms = z.nullable(z.number().check(z.gte(0), z.lte(600_000)));

/**
 * The agent's answer to `trial.run` (the recorded network trial, or a power drill's sweep): its
 * pings to its server and to the hub, the throughput it measured over the link, and its power source.
 */
export const TrialResultMessageSchema = z.object({
  type: z.literal('trial.result'),
  v,
  trialId: z.int().check(z.positive()),
  pings: z
    .array(
      z.object({
        target: z.enum(['server', 'hub']),
        host: z.string().check(z.maxLength(255)),
        sent: z.int().check(z.gte(0), z.lte(1000)),
        received: z.int().check(z.gte(0), z.lte(1000)),
        lossPercent: z.number().check(z.gte(0), z.lte(100)),
        avgMs: ms,
        maxMs: ms,
      }),
    )
    .check(z.maxLength(4)),
  throughputMbps: z.nullable(z.number().check(z.gte(0), z.lte(1_000_000))),
  power: z.nullable(
    z.object({
      source: z.enum(['ac', 'battery', 'unknown']),
      batteryPercent: z.nullable(z.number().check(z.gte(0), z.lte(100))),
      ups: z.nullable(
        z.object({
          onBattery: z.boolean(),
          chargePercent: z.nullable(z.number().check(z.gte(0), z.lte(100))),
          /** Where the state was read: NUT (upsc), apcupsd (apcaccess), or a USB HID UPS seen as a battery. Older agents omit it. */
          source: z.optional(z.enum(['nut', 'apcupsd', 'hid'])),
          name: z.optional(z.string().check(z.maxLength(120))),
          lowBattery: z.optional(z.boolean()),
          /** The runtime the UPS estimates on battery, in seconds (at most a week). */
          runtimeSeconds: z.optional(z.nullable(z.number().check(z.gte(0), z.lte(7 * 86_400)))),
        }),
      ),
    }),
  ),
});
export type TrialResultMessage = z.infer<typeof TrialResultMessageSchema>;

export const AgentMessageSchema = z.discriminatedUnion('type', [
  HelloSchema,
  ReportMessageSchema,
  HeartbeatSchema,
  ProbeRequestSchema,
  TrialResultMessageSchema,
]);
export type AgentMessage = z.infer<typeof AgentMessageSchema>;
export type AgentMessageType = AgentMessage['type'];

export const ServerRefSchema = z.object({
  id: IdentSchema,
  /** An address of the server on the LAN (from its own agent), for the ping trial; null when unknown. */
  address: z.nullable(z.string().check(z.maxLength(64))),
});

export const WelcomeSchema = z.object({
  type: z.literal('welcome'),
  v,
  id: IdentSchema,
  /** A new key, only on enrollment: the agent must keep it. */
  key: z.optional(key),
  /** Highest report seq the hub has stored for this agent (0: none). */
  lastSeq: z.int().check(z.gte(0)),
  heartbeatMs: z.int().check(z.positive()),
  placement: PlacementSchema,
  server: z.nullable(ServerRefSchema),
  /** Why the agent is not (fully) placed; null when it is. */
  refusal: z.nullable(RefusalSchema),
  hubTime: z.string(),
});
export type Welcome = z.infer<typeof WelcomeSchema>;

export const HubMessageSchema = z.discriminatedUnion('type', [
  WelcomeSchema,
  z.object({ type: z.literal('ack'), v, seq: z.int().check(z.gte(1)) }),
  z.extend(RefusalSchema, {
    type: z.literal('refused'),
    v,
    /** The hub closes the connection after a fatal refusal (wrong token, version, duplicate id). */
    fatal: z.boolean(),
    /** The least the agent should wait before trying again. */
    retryAfterMs: z.optional(z.int().check(z.nonnegative())),
  }),
  z.object({ type: z.literal('recheck'), v, requestId: z.string().check(z.maxLength(40)) }),
  z.object({
    type: z.literal('placed'),
    v,
    placement: PlacementSchema,
    server: z.nullable(ServerRefSchema),
    refusal: z.nullable(RefusalSchema),
  }),
  z.object({ type: z.literal('probe.done'), v, probeId: z.string().check(z.maxLength(40)), bytes: z.int().check(z.nonnegative()) }),
  z.object({
    type: z.literal('probe.busy'),
    v,
    probeId: z.string().check(z.maxLength(40)),
    retryAfterMs: z.int().check(z.nonnegative()),
  }),
  /**
   * Run the trial now and answer `trial.result`: `network` pings the server and the hub at once and
   * starts the throughput probe (of `probeBytes`) only after `probeAfterMs`, the agent's slot in the
   * hub's schedule; `power` reads the power source only.
   */
  z.object({
    type: z.literal('trial.run'),
    v,
    trialId: z.int().check(z.positive()),
    kind: z.enum(['network', 'power']),
    probeBytes: z.int().check(z.gte(0), z.lte(MAX_PROBE_BYTES)),
    probeAfterMs: z.int().check(z.gte(0), z.lte(3_600_000)),
  }),
]);
export type HubMessage = z.infer<typeof HubMessageSchema>;
export const HUB_MESSAGE_TYPES: readonly HubMessage['type'][] = [
  'welcome',
  'ack',
  'refused',
  'recheck',
  'placed',
  'probe.done',
  'probe.busy',
  'trial.run',
];
export type HubMessageOf<T extends HubMessage['type']> = Extract<HubMessage, { type: T }>;

/**
 * WebSocket close codes the hub uses, with what the agent prints. 1009 is sent by the WebSocket
 * layer itself for a frame above the hub's hard limit.
 */
export const CLOSE_CODES = {
  refused: 4000,
  silent: 4002,
  hubClosing: 1001,
  tooLarge: 1009,
} as const;

export const CLOSE_TEXTS: Record<number, Localized> = {
  [CLOSE_CODES.tooLarge]: {
    id: 'Hub menolak pesan yang terlalu besar dan memutus koneksi. Agen akan menyambung lagi; bila berulang, laporkan ke tim TI.',
    en: 'The hub refused an oversized message and closed the link. The agent reconnects; if it repeats, report it to IT.',
  },
  [CLOSE_CODES.silent]: {
    id: 'Hub memutus koneksi karena tidak ada detak dari agen. Agen akan menyambung lagi.',
    en: 'The hub closed the link because no heartbeat arrived. The agent reconnects.',
  },
  [CLOSE_CODES.hubClosing]: {
    id: 'Hub sedang berhenti atau dimulai ulang. Agen akan menyambung lagi.',
    en: 'The hub is stopping or restarting. The agent reconnects.',
  },
};
