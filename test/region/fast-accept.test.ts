import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { OUTBOX_KINDS, PAYLOAD_SCHEMAS, PushRequestSchema, type OutboxKind } from '../../protocol/region.js';
import { fastAccept } from '../../server/region/fast-accept.js';

/**
 * The region's quick yes must never accept what the kind's schema refuses: over valid payloads of
 * every kind and every malformed variant made from them (each value in turn replaced, removed,
 * stretched past its limit, given the wrong type), a true from the quick check always comes with
 * the schema's success. Its false only hands the payload to the schema, so refusals are the schema's.
 */
const text = (id: string) => ({ id, en: id });
const VALID: Record<OutboxKind, Array<Record<string, unknown>>> = {
  venue: [
    { name: 'Lokasi Banjarbaru', timeZone: 'Asia/Makassar' },
    { name: '', timeZone: null },
  ],
  readiness: [
    { verdict: 'ready', machines: { ready: 200, notReady: 0, incomplete: 0, missing: 0, offline: 0 }, causes: [] },
    {
      verdict: 'not-ready',
      machines: { ready: 190, notReady: 3, incomplete: 7, offline: 2 },
      causes: [{ kind: 'machine', ref: 'PC-001', count: 3, text: text('Layar kedua tersambung') }],
    },
  ],
  capacity: [{ servers: [{ id: 'S1', kind: 'cat', limit: 200, assigned: 180, online: true, waiting: 0 }] }, { servers: [] }],
  attendance: [
    {
      sessionId: 'skd-1',
      name: 'SKD Sesi 1',
      date: '2026-11-23',
      start: '08:00',
      end: '09:40',
      registered: 100,
      present: 60,
      absent: 40,
      refused: 0,
      rooms: [{ room: 'R1', registered: 50, present: 30, absent: 20, refused: 0 }],
      extra: 'kept by the envelope, ignored by the schema',
    },
  ],
  incident: [
    {
      sessionId: 'skd-1',
      id: 7,
      at: '2026-11-23T08:10:00+08:00',
      room: 'R1',
      kind: 'power',
      description: 'Listrik padam 3 menit',
      minutesLost: 3,
    },
  ],
  'audit-head': [{ seq: 0, hash: 'a'.repeat(64) }],
  custody: [{ sealsInstalled: 4, lastSeal: 'S-0012', broken: false, note: null }, {}],
  results: [{ passed: 120, failed: 30, ratio: 0.8, status: 'final' }],
};

/** Values that break one rule or another: types, signs, fractions, sizes at and past each limit. */
const ODD: unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  -1,
  1,
  1.5,
  -1.5,
  NaN,
  Infinity,
  -Infinity,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_SAFE_INTEGER,
  '',
  '0',
  'ready',
  ...[10, 11, 20, 21, 39, 40, 41, 64, 65, 120, 121, 128, 129, 200, 201, 500, 501, 4000, 4001].map((n) => 'x'.repeat(n)),
  'é'.repeat(64),
  '😀'.repeat(33),
  [],
  [1],
  ['x'],
  {},
  { a: 1 },
  Object.create(null) as unknown,
  new Date(0),
  Array.from({ length: 50 }, () => ({})),
];

/** Every variant of `value` with one place changed (to each odd value, removed, or its list grown past limits). */
function* variants(value: unknown): Generator<unknown> {
  for (const odd of ODD) yield odd;
  if (Array.isArray(value)) {
    // The first two items stand for the rest (a grown list repeats its first item).
    for (let i = 0; i < Math.min(value.length, 2); i++)
      for (const inner of variants(value[i])) yield value.map((v, k) => (k === i ? inner : v));
    if (value.length > 0) for (const n of [49, 50, 51, 100, 101, 199, 200, 201]) yield Array.from({ length: n }, () => value[0]);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    const record = value as Record<string, unknown>;
    for (const name of Object.keys(record)) {
      for (const inner of variants(record[name])) yield { ...record, [name]: inner };
      const { [name]: _gone, ...rest } = record;
      yield rest;
    }
    yield { ...record, extra: 1 };
    yield { ...record, ['x'.repeat(65)]: 1 };
    yield { ...record, nested: { deep: [1] } };
    const json = JSON.stringify(record);
    yield JSON.parse(`{"__proto__": {"polluted": 1}${json === '{}' ? '}' : `, ${json.slice(1)}`}`) as unknown;
    const withSymbol: Record<string | symbol, unknown> = { ...record };
    withSymbol[Symbol('s')] = 1;
    yield withSymbol;
    yield Object.assign(Object.create(null) as object, record);
    yield Object.values(record);
  }
}

/** A small deterministic generator (no Math.random in tests). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('fastAccept: the quick yes of the payload schemas', () => {
  it('has a quick check for every kind, and says yes to every valid payload', () => {
    for (const kind of OUTBOX_KINDS) {
      const accept = fastAccept(PAYLOAD_SCHEMAS[kind]);
      expect(accept, kind).toBeTypeOf('function');
      for (const payload of VALID[kind]) {
        expect(PAYLOAD_SCHEMAS[kind].safeParse(payload).success, kind).toBe(true);
        expect(accept!(payload), `${kind} ${JSON.stringify(payload)}`).toBe(true);
      }
    }
  });

  it('never says yes where the schema refuses, over every one-place variant of every valid payload', () => {
    for (const kind of OUTBOX_KINDS) {
      const schema = PAYLOAD_SCHEMAS[kind];
      const accept = fastAccept(schema)!;
      let yes = 0;
      let refused = 0;
      for (const payload of VALID[kind])
        for (const variant of variants(payload)) {
          const ok = schema.safeParse(variant).success;
          if (!ok) refused += 1;
          if (accept(variant)) {
            yes += 1;
            expect(ok, `${kind}: quick yes for ${JSON.stringify(variant)}`).toBe(true);
          }
        }
      // The variants exercise both answers: many refused by the schema, some still valid.
      expect(refused, kind).toBeGreaterThan(20);
      expect(yes, kind).toBeGreaterThan(0);
    }
  });

  it('never says yes where the schema refuses, over random variants of variants', () => {
    const random = lcg(16);
    for (const kind of OUTBOX_KINDS) {
      const schema = PAYLOAD_SCHEMAS[kind];
      const accept = fastAccept(schema)!;
      let current: unknown[] = VALID[kind];
      for (let round = 0; round < 3; round++) {
        const next: unknown[] = [];
        for (const payload of current) {
          const all = [...variants(payload)];
          for (let i = 0; i < 20; i++) next.push(all[Math.floor(random() * all.length)]);
        }
        for (const variant of next)
          if (accept(variant)) expect(schema.safeParse(variant).success, `${kind}: ${JSON.stringify(variant)}`).toBe(true);
        current = next;
      }
    }
  });

  it('takes a push envelope as it is only where the schema accepts it and gives back the same fields', () => {
    const accept = fastAccept(PushRequestSchema)!;
    expect(accept).toBeTypeOf('function');
    const push = {
      head: 3,
      events: [
        { seq: 1, kind: 'attendance', key: 'skd-1', at: '2026-11-23T08:00:00.000Z', payload: VALID.attendance[0] },
        { seq: 2, kind: 'a-newer-kind', key: '', at: 'not a time', payload: { any: ['thing', { at: 1 }] } },
      ],
    };
    const fields = (e: Record<string, unknown>) => ({ seq: e.seq, kind: e.kind, key: e.key, at: e.at, payload: e.payload });
    let yes = 0;
    let refused = 0;
    for (const variant of [push, ...variants(push)]) {
      const parsed = PushRequestSchema.safeParse(variant);
      if (!parsed.success) refused += 1;
      if (!accept(variant)) continue;
      yes += 1;
      expect(parsed.success, JSON.stringify(variant)).toBe(true);
      // What the route reads from the data taken as is equals what the schema would have given.
      const given = variant as { head: number; events: Array<Record<string, unknown>> };
      expect(parsed.data!.head).toBe(given.head);
      expect(parsed.data!.events.map((e) => fields(e))).toEqual(given.events.map(fields));
    }
    expect(yes).toBeGreaterThan(5);
    expect(refused).toBeGreaterThan(20);
  });

  it('gives no quick check for what it does not understand, so the schema always decides there', () => {
    expect(fastAccept(z.string().check(z.regex(/^a/)))).toBeUndefined();
    expect(fastAccept(z.string().check(z.trim()))).toBeUndefined();
    expect(fastAccept(z.object({ a: z.string() }).check(z.refine(() => false)))).toBeUndefined();
    expect(fastAccept(z.strictObject({ a: z.string() }))).toBeUndefined();
    expect(
      fastAccept(
        z.object({
          a: z.pipe(
            z.string(),
            z.transform((s) => s.length),
          ),
        }),
      ),
    ).toBeUndefined();
    expect(fastAccept(z.number().check(z.multipleOf(2)))).toBeUndefined();
    expect(fastAccept(z.array(z.string().check(z.email())))).toBeUndefined();
  });
});
