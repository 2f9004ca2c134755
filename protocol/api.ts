import { z } from 'zod/mini';
import { CheckResultSchema, CheckStatusSchema, ChecklistRefSchema, RoleSchema, VerdictSchema, LocalizedSchema } from './check.js';
import { RoomKindSchema, ServerKindSchema } from './venue.js';

/**
 * Shapes of the hub's JSON API (server/ produces them, dashboard/ and tests consume them).
 * Field names here are the contract documented in the README.
 */

export const LoginRequestSchema = z.object({
  username: z.string().check(z.minLength(1), z.maxLength(64)),
  password: z.string().check(z.minLength(1), z.maxLength(256)),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;
/** 200 answer of POST /api/login (201 of POST /api/setup): the bearer token and when it expires. */
export const LoginResponseSchema = z.object({ token: z.string(), username: z.string(), expiresAt: z.string() });
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

/**
 * The exam-morning watch: `online` (heard from within the set time, default 30 s), `missing`
 * ("hilang": stopped talking without its agent's goodbye, or silent past the set time) or
 * `offline` (its agent said goodbye, or not heard from since the hub started: offline by plan).
 */
export const PRESENCES = ['online', 'missing', 'offline'] as const;
export const PresenceSchema = z.enum(PRESENCES);
export type Presence = z.infer<typeof PresenceSchema>;

/**
 * Counts of machines by live state. A missing or offline machine counts only as such (its last
 * verdict is stale); `missing` is the machines that stopped talking, apart from offline by plan.
 */
export const MachineCountsSchema = z.object({
  ready: z.int().check(z.nonnegative()),
  notReady: z.int().check(z.nonnegative()),
  incomplete: z.int().check(z.nonnegative()),
  missing: z.int().check(z.nonnegative()),
  offline: z.int().check(z.nonnegative()),
});
export type MachineCounts = z.infer<typeof MachineCountsSchema>;

/**
 * A named cause of unreadiness: "12 PC: RAM < 4 GB", "server S2 penuh: 200/200, 3 menunggu".
 * `kind` lets the dashboard link it (to the failing machines, to the server). The hub sends causes
 * strictest first and says how much each weighs; the dashboard shows them in that order.
 */
export const CauseSchema = z.object({
  kind: z.enum(['check-fail', 'check-unknown', 'server-full', 'offline', 'missing', 'facility']),
  /** fail: makes its area not ready; unknown: leaves it incomplete (the hub decides, protocol/verdict.ts). */
  severity: z.enum(['fail', 'unknown']),
  /** The check id, server id, or facility item id the cause is about. */
  ref: z.string(),
  count: z.int().check(z.nonnegative()),
  text: LocalizedSchema,
});
export type Cause = z.infer<typeof CauseSchema>;

export const ServerInfoSchema = z.object({
  id: z.string(),
  kind: ServerKindSchema,
  /** At most 200 (Lampiran C.4.b.1.c); lower when the venue set it lower. */
  limit: z.int().check(z.positive()),
  /** Client agents placed on it; never above limit. */
  assigned: z.int().check(z.nonnegative()),
  /** Is the server's own agent connected. */
  online: z.boolean(),
  /** Client agent ids refused because the server is full, waiting for a place. */
  waiting: z.optional(z.array(z.string())),
});
export type ServerInfo = z.infer<typeof ServerInfoSchema>;

export const AreaReadinessSchema = z.object({
  id: z.string(),
  name: z.optional(z.string()),
  verdict: VerdictSchema,
  machines: MachineCountsSchema,
  causes: z.array(CauseSchema),
});

export const RoomReadinessSchema = z.extend(AreaReadinessSchema, { kind: z.optional(RoomKindSchema) });
export type RoomReadiness = z.infer<typeof RoomReadinessSchema>;

export const ServerReadinessSchema = z.extend(AreaReadinessSchema, {
  kind: ServerKindSchema,
  limit: z.int().check(z.positive()),
  assigned: z.int().check(z.nonnegative()),
  online: z.boolean(),
  waiting: z.array(z.string()),
});
export type ServerReadiness = z.infer<typeof ServerReadinessSchema>;

export const VenueReadinessSchema = z.object({
  verdict: VerdictSchema,
  machines: MachineCountsSchema,
  causes: z.array(CauseSchema),
  rooms: z.array(RoomReadinessSchema),
  servers: z.array(ServerReadinessSchema),
  generatedAt: z.string(),
});
export type VenueReadiness = z.infer<typeof VenueReadinessSchema>;

/** One machine (an agent's identity) with its latest report. */
export const MachineSchema = z.object({
  id: z.string(),
  role: RoleSchema,
  serverId: z.nullable(z.string()),
  roomId: z.nullable(z.string()),
  seat: z.nullable(z.int()),
  /** Connected to the hub now. */
  online: z.boolean(),
  /** online | missing | offline (see PresenceSchema). */
  presence: PresenceSchema,
  lastSeenAt: z.nullable(z.string()),
  /** null until the first report arrives. */
  verdict: z.nullable(VerdictSchema),
  /** Refused placement (server full, unknown server or room), with the reason; null when placed. */
  refusal: z.nullable(z.object({ code: z.string(), message: z.string(), en: z.string() })),
  checklist: z.nullable(ChecklistRefSchema),
  reportedAt: z.nullable(z.string()),
  checks: z.array(CheckResultSchema),
  /** Ids of the checks that failed in the latest report (for colouring and tooltips). */
  failing: z.array(z.string()),
});
export type Machine = z.infer<typeof MachineSchema>;

/** A machine without its checks: what room maps and live updates carry. */
export const MachineSummarySchema = z.omit(MachineSchema, { checks: true });
export type MachineSummary = z.infer<typeof MachineSummarySchema>;

/** GET /api/servers */
export const ServersResponseSchema = z.object({ servers: z.array(ServerInfoSchema) });
export type ServersResponse = z.infer<typeof ServersResponseSchema>;

/** GET /api/machines: every machine with its latest checks (filtered by ?server, ?room, ?verdict). */
export const MachinesResponseSchema = z.object({ machines: z.array(MachineSchema) });
export type MachinesResponse = z.infer<typeof MachinesResponseSchema>;

/** One change of a check between two reports of a machine; from/to null where the check was absent. */
export const CheckChangeSchema = z.object({ id: z.string(), from: z.nullable(CheckStatusSchema), to: z.nullable(CheckStatusSchema) });
export type CheckChange = z.infer<typeof CheckChangeSchema>;

/** One entry of a machine's report history: what changed when. */
export const HistoryEntrySchema = z.object({
  at: z.string(),
  seq: z.optional(z.number()),
  verdict: z.nullable(VerdictSchema),
  changes: z.array(CheckChangeSchema),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** GET /api/machines/:id: the machine, its checks and its report history. */
export const MachineDetailSchema = z.extend(MachineSchema, { history: z.array(HistoryEntrySchema) });
export type MachineDetail = z.infer<typeof MachineDetailSchema>;

/** GET /api/health (public): is the hub up, does it wait for its first admin, its CA when it serves TLS. */
export const HealthSchema = z.object({
  ok: z.boolean(),
  setupRequired: z.boolean(),
  tls: z.optional(z.object({ caFingerprint: z.string() })),
});
export type Health = z.infer<typeof HealthSchema>;

/** GET /api/me: who the token belongs to, and the actions its role may take (protocol/permissions.ts). */
export const MeSchema = z.object({ username: z.string(), role: z.string(), actions: z.array(z.string()) });
export type Me = z.infer<typeof MeSchema>;
