import { describe, expect, it } from 'vitest';
import { CreateSessionSchema, UpdateSessionSchema } from '../../../protocol/exam.js';
import { changedFields, newSession, updatedSession } from './build.js';

const now = new Date('2026-11-20T02:00:00Z');
const create = (body: unknown) => CreateSessionSchema.parse(body);

describe('newSession', () => {
  it('takes the zone from the offset and the durations from the kind', () => {
    const s = newSession(create({ name: 'SKD Sesi 1', startsAt: '2026-11-23T08:00:00+08:00', kind: 'skd' }), 'admin', now, []);
    expect(s).toMatchObject({
      id: '20261123-1',
      kind: 'SKD',
      startsAt: '2026-11-23T00:00:00.000Z',
      timeZone: 'Asia/Makassar',
      durationMinutes: 100,
      blindDurationMinutes: 130,
      pinCloseMinutes: 5,
      createdBy: 'admin',
    });
    const skb = newSession(create({ name: 'SKB', startsAt: '2026-11-23T13:00:00+07:00', kind: 'SKB', durationMinutes: 95 }), 'a', now, [
      s.id,
    ]);
    expect(skb).toMatchObject({
      id: '20261123-2',
      timeZone: 'Asia/Jakarta',
      durationMinutes: 95,
      blindDurationMinutes: 120,
    });
  });

  it('falls back to WITA for a UTC instant and honours an explicit zone', () => {
    expect(newSession(create({ name: 'x', startsAt: '2026-11-23T00:00:00Z', kind: 'PPPK' }), 'a', now, []).timeZone).toBe('Asia/Makassar');
    const wit = newSession(create({ name: 'x', startsAt: '2026-11-23T00:00:00Z', kind: 'PPPK', timeZone: 'Asia/Jayapura' }), 'a', now, []);
    expect(wit).toMatchObject({ timeZone: 'Asia/Jayapura', durationMinutes: 130 });
  });

  it('refuses a start without an offset and an unknown kind', () => {
    expect(CreateSessionSchema.safeParse({ name: 'x', startsAt: '2026-11-23T08:00:00', kind: 'SKD' }).success).toBe(false);
    expect(CreateSessionSchema.safeParse({ name: 'x', startsAt: '2026-11-23T08:00:00+08:00', kind: 'UKOM' }).success).toBe(false);
  });
});

describe('updatedSession', () => {
  const s = newSession(create({ name: 'SKD Sesi 1', startsAt: '2026-11-23T08:00:00+08:00', kind: 'SKD' }), 'admin', now, []);

  it('applies only the given fields and names what changed', () => {
    const after = updatedSession(s, UpdateSessionSchema.parse({ pinCloseMinutes: 10, actualStartAt: '2026-11-23T08:07:00+08:00' }));
    expect(after).toMatchObject({
      pinCloseMinutes: 10,
      actualStartAt: '2026-11-23T00:07:00.000Z',
      name: 'SKD Sesi 1',
      id: s.id,
    });
    expect(changedFields(s, after)).toEqual(['pinCloseMinutes', 'actualStartAt']);
    expect(updatedSession(after, UpdateSessionSchema.parse({ actualStartAt: null })).actualStartAt).toBeNull();
  });

  it('moves durations to the new kind unless given', () => {
    expect(updatedSession(s, UpdateSessionSchema.parse({ kind: 'SKB' }))).toMatchObject({
      durationMinutes: 90,
      blindDurationMinutes: 120,
    });
    expect(updatedSession(s, UpdateSessionSchema.parse({ kind: 'SKB', durationMinutes: 80 })).durationMinutes).toBe(80);
  });
});
