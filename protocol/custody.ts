import { z } from 'zod/mini';
import { IdentSchema } from './venue.js';

/**
 * Custody and rehearsal (Lampiran C.3.b.7.b and C.3.b.8.b): the handover of the sealed mobile
 * server (BAST), the seals of the test rooms, the recorded network trial and the power drill.
 * Every record says who, when, what was read and who witnessed it; the hub's clock sets `at`.
 */

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const optionalText = (max: number) => z._default(z.string().check(z.trim(), z.maxLength(max)), '');

/** A person on a form: name, NIP (18 digits for a civil servant; empty for others), unit. */
export const PersonSchema = z.object({
  name: text(120),
  nip: z._default(z.string().check(z.trim(), z.regex(/^(\d{18})?$/, { error: 'NIP is 18 digits (or empty)' })), ''),
  unit: optionalText(160),
});
export type Person = z.infer<typeof PersonSchema>;

/** A witness confirmed by a logged-in user of the monitoring team (role monitor, or above). */
export interface Witness {
  username: string;
  role: string;
  at: string;
}

// ---------------------------------------------------------------- room seals

export const SealNumberSchema = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(40), z.regex(/^[A-Za-z0-9./-]+$/, { error: 'letters, digits, . / - only' }));

/** POST /api/custody/seals: a seal installed on a test room's door. */
export const SealInstallSchema = z.object({
  roomId: IdentSchema,
  sealNumber: SealNumberSchema,
  /** The witness's name as written on the paper (the monitoring team confirms it with `witness`). */
  witnessName: text(120),
  note: optionalText(1000),
});
export type SealInstallRequest = z.input<typeof SealInstallSchema>;

/** POST /api/custody/seals/:id/open: the seal read back when the room is opened for use. */
export const SealOpenSchema = z.object({
  sealNumberRead: SealNumberSchema,
  intact: z.boolean(),
  witnessName: text(120),
  /** The exam session the room is opened for: a broken or different seal becomes its incident. */
  sessionId: z.optional(IdentSchema),
  note: optionalText(1000),
});
export type SealOpenRequest = z.input<typeof SealOpenSchema>;

export type SealState = 'sealed' | 'opened' | 'broken';

export interface Seal {
  id: number;
  roomId: string;
  sealNumber: string;
  installedAt: string;
  installedBy: string;
  installWitness: string;
  openedAt: string | null;
  openedBy: string | null;
  openWitness: string | null;
  sealNumberRead: string | null;
  intact: boolean | null;
  /** Opened, and found broken or with another number: the room's seal was not what was installed. */
  anomaly: boolean;
  sessionId: string | null;
  /** The incident raised automatically for an anomaly (in `sessionId`), when there was a session. */
  incidentId: number | null;
  note: string;
  state: SealState;
  witnesses: Witness[];
}

/** Each test room's current seal: the latest one installed, or none yet. */
export interface RoomSeal {
  roomId: string;
  state: SealState | 'none';
  sealNumber: string | null;
  sealId: number | null;
}

export interface SealsResponse {
  seals: Seal[];
  rooms: RoomSeal[];
}

// ---------------------------------------------------------------- BAST (serah terima)

export const HANDOVER_ITEM_KINDS = ['mobile-server', 'vpn', 'kabel', 'lainnya'] as const;
export const HandoverItemSchema = z.object({
  kind: z.enum(HANDOVER_ITEM_KINDS),
  description: text(200),
  serial: z._default(z.string().check(z.trim(), z.maxLength(80)), ''),
  sealNumbers: z._default(z.array(SealNumberSchema).check(z.maxLength(20)), []),
  sealCondition: z.enum(['utuh', 'rusak', 'tanpa-segel']),
  /** For a mobile server: the venue's server id whose agent must report this serial. */
  serverId: z._default(z.nullable(IdentSchema), null),
});
export type HandoverItem = z.infer<typeof HandoverItemSchema>;

/** POST /api/custody/handovers: one BAST, in (from Panselnas) or out (returned after the last session). */
export const HandoverSchema = z.object({
  direction: z.enum(['in', 'out']),
  place: text(200),
  giver: PersonSchema,
  receiver: PersonSchema,
  witnessNames: z._default(z.array(text(120)).check(z.maxLength(10)), []),
  items: z.array(HandoverItemSchema).check(z.minLength(1), z.maxLength(30)),
  note: optionalText(2000),
});
export type HandoverRequest = z.input<typeof HandoverSchema>;

/** What the hub found when it compared an item's serial with its server's agent. */
export interface SerialCheck {
  serverId: string;
  /** The serial the server's agent reported; null when the agent has not reported one. */
  reported: string | null;
  agentId: string | null;
  match: boolean;
  /** The named warning ("Nomor seri server S2 tidak cocok ..."), when it does not match. */
  warning: { id: string; en: string } | null;
}

export interface Handover {
  id: number;
  direction: 'in' | 'out';
  at: string;
  recordedBy: string;
  place: string;
  giver: Person;
  receiver: Person;
  witnessNames: string[];
  items: Array<HandoverItem & { serialCheck: SerialCheck | null }>;
  note: string;
  witnesses: Witness[];
}

// ---------------------------------------------------------------- network trial and power drill

export const TRIAL_KINDS = ['network', 'power'] as const;
export type TrialKind = (typeof TRIAL_KINDS)[number];

/** POST /api/custody/trials: start a network trial (or a power drill's sweep) on every online agent. */
export const TrialStartSchema = z.object({
  kind: z._default(z.enum(TRIAL_KINDS), 'network'),
  /** Bytes of each PC's throughput probe (network trials). */
  probeBytes: z._default(z.int().check(z.gte(64 * 1024), z.lte(16 * 1024 * 1024)), 8 * 1024 * 1024),
  note: optionalText(1000),
});
export type TrialStartRequest = z.input<typeof TrialStartSchema>;

/** PATCH /api/custody/trials/:id (power drill): the marks of the guided record. */
export const DrillMarksSchema = z.object({
  gensetAt: z.optional(z.nullable(z.iso.datetime({ offset: true }))),
  mainsBackAt: z.optional(z.nullable(z.iso.datetime({ offset: true }))),
  outcome: z.optional(z.nullable(z.enum(['ok', 'not-ok']))),
  note: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
});
export type DrillMarks = z.input<typeof DrillMarksSchema>;

export interface TrialPing {
  target: 'server' | 'hub';
  host: string;
  sent: number;
  received: number;
  lossPercent: number;
  avgMs: number | null;
  maxMs: number | null;
}

export interface PowerState {
  /** ac: on mains; battery: on its own battery or a UPS's; unknown: not readable. */
  source: 'ac' | 'battery' | 'unknown';
  batteryPercent: number | null;
  /** A UPS the machine can read (servers with a USB HID UPS or NUT), else null. */
  ups: { onBattery: boolean; chargePercent: number | null } | null;
}

/** One PC's answer within a trial. */
export interface TrialResult {
  agentId: string;
  role: string;
  roomId: string | null;
  serverId: string | null;
  seat: number | null;
  status: 'answered' | 'no-answer';
  pings: TrialPing[];
  throughputMbps: number | null;
  power: PowerState | null;
  /** Still connected when the trial ended (a drill: false means it dropped off). */
  connectedAtEnd: boolean | null;
}

/** Medians and worst PCs of one room, one server, or the whole venue. */
export interface TrialGroup {
  id: string;
  expected: number;
  answered: number;
  medianServerMs: number | null;
  medianHubMs: number | null;
  medianThroughputMbps: number | null;
  /** PCs that failed a threshold, worst first (at most 5). */
  worst: Array<{ agentId: string; why: { id: string; en: string } }>;
  /** Power drill: on battery/UPS, on mains, unknown. */
  power?: { battery: number; ac: number; unknown: number; dropped: number };
}

export interface TrialThresholds {
  checklist: { id: string; version: string; sha256: string };
  latencyFailAboveMs: number;
  lossFailAbovePercent: number;
  throughputMinMbps: number;
}

export interface Trial {
  id: number;
  kind: TrialKind;
  status: 'running' | 'complete';
  startedAt: string;
  endedAt: string | null;
  startedBy: string;
  probeBytes: number;
  /** How the throughput probes were spread (see README: at most N at once, one slot each). */
  schedule: { parallel: number; slotMs: number; lastSlotMs: number };
  thresholds: TrialThresholds;
  note: string;
  venue: TrialGroup;
  rooms: TrialGroup[];
  servers: TrialGroup[];
  noAnswer: string[];
  witnesses: Witness[];
  /** Power drill marks (T0 is startedAt). */
  drill: { gensetAt: string | null; mainsBackAt: string | null; outcome: 'ok' | 'not-ok' | null } | null;
}

export interface TrialDetail extends Trial {
  results: TrialResult[];
}
