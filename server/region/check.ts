import {
  OUTBOX_KINDS,
  PAYLOAD_SCHEMAS,
  PushRequestSchema,
  isTombstone,
  secretsIn,
  unstorable,
  type OutboxEvent,
  type OutboxKind,
  type PushRequest,
  type RefusedEvent,
} from '../../protocol/region.js';
import { badPayload } from './errors.js';
import { fastAccept, type Accept } from './fast-accept.js';

const KNOWN_KINDS: ReadonlySet<string> = new Set(OUTBOX_KINDS);

/** Each kind's quick yes (fast-accept.ts); where it says no, or has none, the kind's schema decides. */
const QUICK = new Map<string, Accept>();
for (const kind of OUTBOX_KINDS) {
  const accept = fastAccept(PAYLOAD_SCHEMAS[kind]);
  if (accept) QUICK.set(kind, accept);
}

/** The push envelope's quick yes (head, and each event's seq, kind, key, at and payload object). */
export const QUICK_PUSH: Accept | undefined = fastAccept(PushRequestSchema);

/**
 * Year 0001 to 9999 (PostgreSQL reads no year 0000) and an offset of at most 14 hours, as real zones have
 * (PostgreSQL refuses one past 15:59, JavaScript reads up to 23:59): a time either side would read
 * differently would fail the whole push as a server error, which the venue would retry for ever.
 */
const ISO_INSTANT = /^((?!0000)\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-](?:0\d|1[0-4]):[0-5]\d)$/;

/** The last day found to exist: a push's events are mostly of one day, checked once. */
let dayThatExists = '';

/** An instant as the hub writes it (ISO 8601 with its offset), on a day that exists (not 31 February). */
function isIsoInstant(at: string): boolean {
  const m = ISO_INSTANT.exec(at);
  if (!m) return false;
  const day = m[1]!;
  if (day !== dayThatExists) {
    const ms = Date.parse(`${day}T00:00:00Z`);
    if (Number.isNaN(ms) || !new Date(ms).toISOString().startsWith(day)) return false;
    dayThatExists = day;
  }
  return !Number.isNaN(Date.parse(at));
}

/** What is wrong with one event (never its values), or undefined when it may be stored. */
function problemOf(e: PushRequest['events'][number]): string | undefined {
  if (!KNOWN_KINDS.has(e.kind)) return 'unknown kind';
  const secrets = secretsIn(e.payload);
  if (secrets.length > 0) return secrets.join('; ');
  // PostgreSQL cannot hold a NUL or a lone surrogate (secretsIn finds them in the payload), nor a date and
  // time it does not read: bad input, refused here rather than failing the whole push as a server error.
  const badText = unstorable(e.key) ?? unstorable(e.at);
  if (badText) return `${badText} in key or at`;
  if (!isIsoInstant(e.at)) return 'at is not an ISO date and time';
  if (isTombstone(e.payload)) return undefined;
  if (QUICK.get(e.kind)?.(e.payload) === true) return undefined;
  const parsed = PAYLOAD_SCHEMAS[e.kind as OutboxKind].safeParse(e.payload);
  if (parsed.success) return undefined;
  return parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.')} ${i.message}`)
    .join('; ');
}

/**
 * Splits a push: events checked against their kind's schema and the secret scanner are stored;
 * the others are refused one by one (recorded in their place, payload dropped) so that one event
 * a newer or broken hub sends never holds the venue's later events.
 */
export function checkEvents(push: PushRequest): { head: number; events: OutboxEvent[]; refused: RefusedEvent[] } {
  const events: OutboxEvent[] = [];
  const refused: RefusedEvent[] = [];
  for (const e of push.events) {
    const problem = problemOf(e);
    if (problem === undefined) events.push(e as OutboxEvent);
    else {
      // The kind is echoed only when it is a plain name (it is the hub's own word, but shown on its dashboard).
      const kind = /^[a-z][a-z0-9-]{0,39}$/.test(e.kind) ? e.kind : 'unknown';
      refused.push({ seq: e.seq, kind, key: '', reason: badPayload(e.seq, kind, problem).text });
    }
  }
  return { head: push.head, events, refused };
}
