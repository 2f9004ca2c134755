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
export const WitnessSchema = z.object({
  username: z.string(),
  role: z.string(),
  at: z.string(),
});
export type Witness = z.infer<typeof WitnessSchema>;

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

export const SealStateSchema = z.enum(['sealed', 'opened', 'broken']);
export type SealState = z.infer<typeof SealStateSchema>;

export const SealSchema = z.object({
  id: z.number(),
  roomId: z.string(),
  sealNumber: z.string(),
  installedAt: z.string(),
  installedBy: z.string(),
  installWitness: z.string(),
  openedAt: z.nullable(z.string()),
  openedBy: z.nullable(z.string()),
  openWitness: z.nullable(z.string()),
  sealNumberRead: z.nullable(z.string()),
  intact: z.nullable(z.boolean()),
  /** Opened, and found broken or with another number: the room's seal was not what was installed. */
  anomaly: z.boolean(),
  sessionId: z.nullable(z.string()),
  /** The incident raised automatically for an anomaly (in `sessionId`), when there was a session. */
  incidentId: z.nullable(z.number()),
  note: z.string(),
  state: SealStateSchema,
  witnesses: z.array(WitnessSchema),
});
export type Seal = z.infer<typeof SealSchema>;

/** Each test room's current seal: the latest one installed, or none yet. */
export const RoomSealSchema = z.object({
  roomId: z.string(),
  state: z.union([SealStateSchema, z.literal('none')]),
  sealNumber: z.nullable(z.string()),
  sealId: z.nullable(z.number()),
});
export type RoomSeal = z.infer<typeof RoomSealSchema>;

export const SealsResponseSchema = z.object({
  seals: z.array(SealSchema),
  rooms: z.array(RoomSealSchema),
});
export type SealsResponse = z.infer<typeof SealsResponseSchema>;

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
export const SerialCheckSchema = z.object({
  serverId: z.string(),
  /** The serial the server's agent reported; null when the agent has not reported one. */
  reported: z.nullable(z.string()),
  agentId: z.nullable(z.string()),
  match: z.boolean(),
  /** The named warning ("Nomor seri server S2 tidak cocok ..."), when it does not match. */
  warning: z.nullable(
    z.object({
      id: z.string(),
      en: z.string(),
    }),
  ),
});
export type SerialCheck = z.infer<typeof SerialCheckSchema>;

/** One recorded BAST, as the hub answers it. */
export const HandoverRecordSchema = z.object({
  id: z.number(),
  direction: z.enum(['in', 'out']),
  at: z.string(),
  recordedBy: z.string(),
  place: z.string(),
  giver: PersonSchema,
  receiver: PersonSchema,
  witnessNames: z.array(z.string()),
  items: z.array(z.extend(HandoverItemSchema, { serialCheck: z.nullable(SerialCheckSchema) })),
  note: z.string(),
  witnesses: z.array(WitnessSchema),
});
export type Handover = z.infer<typeof HandoverRecordSchema>;

// ---------------------------------------------------------------- network trial and power drill

export const TRIAL_KINDS = ['network', 'power'] as const;
export const TrialKindSchema = z.enum(TRIAL_KINDS);
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
