import { z } from 'zod/mini';

/**
 * The contract between a venue hub and its regional service: the outbox events a hub pushes, the
 * push and join exchanges, and the regional view. A hub never sends a NIK, PIN, password or key
 * in an event; `secretsIn` is the one scanner both sides apply to every payload.
 */

/** The regional service's roles: the admin enrolls venues and adds users; the monitor reads. */
export const REGION_ROLES = ['regional-admin', 'regional-monitor'] as const;
export type RegionRole = (typeof REGION_ROLES)[number];

export const OUTBOX_KINDS = ['venue', 'readiness', 'capacity', 'attendance', 'incident', 'audit-head', 'custody', 'results'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/** Largest payload of one event, serialized (a venue's readiness with its causes is ~4 KB). */
export const MAX_PAYLOAD_BYTES = 64 * 1024;
/** Most events in one push; a hub back from a long outage sends several pushes. */
export const MAX_PUSH_EVENTS = 500;

export const OutboxEventSchema = z.object({
  seq: z.int().check(z.positive()),
  kind: z.enum(OUTBOX_KINDS),
  /** What the event is about within its kind: '' (the venue), a session id, `session/incident`. */
  key: z.string().check(z.maxLength(200)),
  /** When the hub appended it (ISO, the hub's clock). */
  at: z.string().check(z.maxLength(40)),
  payload: z.record(z.string(), z.unknown()),
});
export type OutboxEvent = z.infer<typeof OutboxEventSchema>;

/**
 * One event as it travels: the envelope only. Its kind is any short name, so an event of a kind
 * this region does not know yet (from a newer hub) is refused alone, not the whole push.
 */
export const WireEventSchema = z.extend(OutboxEventSchema, { kind: z.string().check(z.minLength(1), z.maxLength(40)) });
export type WireEvent = z.infer<typeof WireEventSchema>;

export const PushRequestSchema = z.object({
  /** The hub's newest outbox sequence: the region knows whether it has caught up. */
  head: z.int().check(z.nonnegative()),
  events: z.array(WireEventSchema).check(z.maxLength(MAX_PUSH_EVENTS)),
});
export type PushRequest = z.infer<typeof PushRequestSchema>;

/** An event the region would not store (unknown kind, a payload off the contract or carrying a secret). */
export const RefusedEventSchema = z.object({
  seq: z.number(),
  kind: z.string(),
  key: z.string(),
  /** What was wrong and what to do, in both languages; never echoes a payload's values. */
  reason: z.object({
    id: z.string(),
    en: z.string(),
  }),
});
export type RefusedEvent = z.infer<typeof RefusedEventSchema>;

export const PushResponseSchema = z.object({
  /** Every event up to here is stored or recorded as refused; the hub resumes after it. */
  ackedSeq: z.number(),
  /** Events of this push that were new (a retried batch gives 0). */
  stored: z.number(),
  /**
   * Events of this push the region refused. Each is recorded at the region in its place (its
   * payload dropped), so the venue's later events still flow; the hub keeps the list and shows it.
   */
  refused: z.optional(z.array(RefusedEventSchema)),
  /** The regional admin asked this venue to rotate its key (POST /api/region/rotate). */
  rotateKey: z.optional(z.boolean()),
});
export type PushResponse = z.infer<typeof PushResponseSchema>;

/** POST /api/region/rotate: the venue's next key. The old one works until the new one is first used. */
export const RotateResponseSchema = z.object({
  key: z.string(),
});
export type RotateResponse = z.infer<typeof RotateResponseSchema>;

/** GET /api/region-link on a venue hub: the state of its link to the region. Never the key. */
export const RegionLinkStatusSchema = z.object({
  linked: z.boolean(),
  regionUrl: z.nullable(z.string()),
  venueId: z.nullable(z.string()),
  caFingerprint: z.nullable(z.string()),
  /** The last push the region answered. */
  lastPushAt: z.nullable(z.string()),
  /** Sequence the region acknowledged, the hub's newest, and the difference. */
  ackedSeq: z.number(),
  head: z.number(),
  pending: z.number(),
  /** Why the last push failed (the link is then held and retried), in both languages. */
  lastError: z.nullable(
    z.object({
      code: z.string(),
      id: z.string(),
      en: z.string(),
    }),
  ),
  /** Events the region refused (skipped after being recorded), newest first. */
  refused: z.array(z.extend(RefusedEventSchema, { refusedAt: z.string() })),
  refusedCount: z.number(),
});
export type RegionLinkStatus = z.infer<typeof RegionLinkStatusSchema>;

export const JoinRequestSchema = z.object({
  code: z.string().check(z.trim(), z.minLength(8), z.maxLength(100)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
});
export const JoinResponseSchema = z.object({
  venueId: z.string(),
  /** The venue's own key for pushes; shown once, stored only as a hash by the region. */
  key: z.string(),
  ackedSeq: z.number(),
});
export type JoinResponse = z.infer<typeof JoinResponseSchema>;

/** A subject that no longer exists at the venue (a session or incident deleted): exactly this payload. */
export const isTombstone = (payload: Record<string, unknown>): boolean => payload.deleted === true && Object.keys(payload).length === 1;

// Payloads by kind (what the region projects). Counts are numbers, texts are short.
const counts = {
  registered: z.int().check(z.nonnegative()),
  present: z.int().check(z.nonnegative()),
  absent: z.int().check(z.nonnegative()),
  refused: z.int().check(z.nonnegative()),
};
export const MachineTallySchema = z.object({
  ready: z.int().check(z.nonnegative()),
  notReady: z.int().check(z.nonnegative()),
  incomplete: z.int().check(z.nonnegative()),
  /** Silent past the venue's set time (hilang); absent from hubs older than the exam-morning watch. */
  missing: z.optional(z.int().check(z.nonnegative())),
  offline: z.int().check(z.nonnegative()),
});
export type MachineTally = z.infer<typeof MachineTallySchema>;

export const PAYLOAD_SCHEMAS = {
  venue: z.object({ name: z.string().check(z.maxLength(200)), timeZone: z.nullable(z.string().check(z.maxLength(64))) }),
  readiness: z.object({
    verdict: z.enum(['ready', 'not-ready', 'incomplete']),
    machines: MachineTallySchema,
    causes: z
      .array(
        z.object({
          kind: z.string().check(z.maxLength(40)),
          ref: z.string().check(z.maxLength(120)),
          count: z.int(),
          text: z.object({ id: z.string().check(z.maxLength(500)), en: z.string().check(z.maxLength(500)) }),
        }),
      )
      .check(z.maxLength(50)),
  }),
  capacity: z.object({
    servers: z
      .array(
        z.object({
          id: z.string().check(z.maxLength(64)),
          kind: z.string().check(z.maxLength(40)),
          limit: z.int(),
          assigned: z.int(),
          online: z.boolean(),
          waiting: z.int(),
        }),
      )
      .check(z.maxLength(100)),
  }),
  attendance: z.object({
    sessionId: z.string().check(z.maxLength(64)),
    name: z.string().check(z.maxLength(200)),
    date: z.string().check(z.maxLength(20)),
    start: z.string().check(z.maxLength(10)),
    end: z.string().check(z.maxLength(10)),
    ...counts,
    rooms: z.array(z.object({ room: z.string().check(z.maxLength(64)), ...counts })).check(z.maxLength(200)),
  }),
  incident: z.object({
    sessionId: z.string().check(z.maxLength(64)),
    id: z.int(),
    at: z.string().check(z.maxLength(40)),
    room: z.string().check(z.maxLength(64)),
    kind: z.string().check(z.maxLength(40)),
    description: z.string().check(z.maxLength(4000)),
    minutesLost: z.int(),
  }),
  'audit-head': z.object({ seq: z.int().check(z.nonnegative()), hash: z.string().check(z.maxLength(128)) }),
  /** Hooks for the custody and results features: flat summaries of counts and short texts. */
  custody: z.record(z.string().check(z.maxLength(64)), z.union([z.number(), z.string().check(z.maxLength(500)), z.boolean(), z.null()])),
  results: z.record(z.string().check(z.maxLength(64)), z.union([z.number(), z.string().check(z.maxLength(500)), z.boolean(), z.null()])),
} satisfies Record<OutboxKind, z.ZodMiniType>;

/** Field names that must never appear in an outbox payload, at any depth. */
const SECRET_NAME = /nik|pin|password|passwd|secret|token|key|salt|hash_?key/i;
/** 16 digits in a row (a NIK), also when spaced or dotted like 6310 0123 4567 8901. */
const NIK_LIKE = /(?<!\d)\d(?:[\s.-]?\d){15}(?!\d)/;

/** Where a payload carries something secret or personal (or a NUL): `path: reason`. Empty when clean. */
export function secretsIn(value: unknown, path = '$'): string[] {
  const found: string[] = [];
  scan(value, [path], found);
  return found;
}

/** A UTF-16 surrogate without its pair: JSON can carry it (as an escape), PostgreSQL's json cannot. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why PostgreSQL could not store this text (a NUL, a lone surrogate), or undefined. */
export function unstorable(text: string): string | undefined {
  if (text.includes('\u0000')) return 'NUL character';
  return LONE_SURROGATE.test(text) ? 'broken Unicode (a lone surrogate)' : undefined;
}

/** Field names already tested against SECRET_NAME: payloads repeat the same few names (bounded, so a flood of names cannot grow it). */
const secretNames = new Map<string, boolean>();
function isSecretName(name: string): boolean {
  let secret = secretNames.get(name);
  if (secret === undefined) {
    secret = SECRET_NAME.test(name);
    if (secretNames.size < 1000) secretNames.set(name, secret);
  }
  return secret;
}

/** 10^15 <= n < 10^16, whole: the numbers whose decimal form is 16 digits. */
const isSixteenDigits = (n: number) => Number.isInteger(n) && n >= 1e15 && n < 1e16;

/**
 * The walk behind `secretsIn`, run on every event a region receives: the path is a stack of parts
 * joined only for a finding, so a clean payload allocates nothing per value.
 */
function scan(value: unknown, path: string[], found: string[]): void {
  if (typeof value === 'string') {
    // A NUL or a lone surrogate cannot be stored (PostgreSQL's json refuses it): caught here, in the same walk.
    const broken = unstorable(value);
    if (broken) found.push(`${path.join('')}: ${broken}`);
    else if (value.length >= 16 && NIK_LIKE.test(value)) found.push(`${path.join('')}: 16-digit number (NIK?)`);
  } else if (typeof value === 'number') {
    if (isSixteenDigits(value)) found.push(`${path.join('')}: 16-digit number (NIK?)`);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(`[${i}]`);
      scan(value[i], path, found);
      path.pop();
    }
  } else if (value && typeof value === 'object') {
    for (const name of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[name];
      // The audit chain head's hash is public (it is printed on the berita acara): hex, not a NIK.
      if (name === 'hash' && typeof item === 'string' && /^[0-9a-f]{64}$/.test(item)) continue;
      // A field named by a NIK (a record keyed by participant) is one too; its name never goes into the path.
      const nikName = name.length >= 16 && NIK_LIKE.test(name);
      path.push(nikName ? '.[NIK disamarkan]' : `.${name}`);
      if (nikName) found.push(`${path.join('')}: 16-digit number (NIK?) as a field name`);
      else if (isSecretName(name)) found.push(`${path.join('')}: secret field name`);
      scan(item, path, found);
      path.pop();
    }
  }
}

/** Replaces every NIK-like run of 16 digits in free text (an incident's description) by a mask. */
export function maskNikRuns(text: string): string {
  return text.replace(new RegExp(NIK_LIKE.source, 'g'), '[NIK disamarkan]');
}
