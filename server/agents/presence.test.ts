import { describe, expect, it } from 'vitest';
import { Presence } from './presence.js';

describe('Presence', () => {
  it('tracks connections and ignores a stale connection detaching', () => {
    const p = new Presence<string>();
    p.attach('PC-01', 'conn-a', 1000);
    p.attach('PC-01', 'conn-b', 2000);
    expect(p.detach('PC-01', 'conn-a')).toBe(false);
    expect(p.isOnline('PC-01')).toBe(true);
    expect(p.detach('PC-01', 'conn-b')).toBe(true);
    expect(p.isOnline('PC-01')).toBe(false);
    expect(p.lastSeenMs('PC-01')).toBe(2000);
  });

  it('hands out each changed last-seen time once', () => {
    const p = new Presence<string>();
    p.attach('A', 'a', 0);
    p.touch('A', 5000);
    p.touch('B', 6000);
    expect(p.takeDirty()).toEqual([
      ['A', '1970-01-01T00:00:05.000Z'],
      ['B', '1970-01-01T00:00:06.000Z'],
    ]);
    expect(p.takeDirty()).toEqual([]);
  });

  it('finds connected agents silent for longer than the limit', () => {
    const p = new Presence<string>();
    p.attach('A', 'a', 0);
    p.attach('B', 'b', 40_000);
    p.touch('C', 0);
    expect(p.silent(45_001, 45_000)).toEqual([['A', 'a']]);
    expect(p.silent(45_000, 45_000)).toEqual([]);
  });

  it('tells online, missing (silent or dropped without goodbye) and offline by plan apart', () => {
    const p = new Presence<string>();
    expect(p.stateOf('NEVER', 0, 30_000)).toBe('offline');
    p.attach('A', 'a', 0);
    p.attach('B', 'b', 0);
    p.attach('C', 'c', 0);
    expect(p.stateOf('A', 30_000, 30_000)).toBe('online');
    expect(p.stateOf('A', 30_001, 30_000)).toBe('missing');
    p.detach('B', 'b', true);
    p.detach('C', 'c', false);
    expect(p.stateOf('B', 1000, 30_000)).toBe('offline');
    expect(p.stateOf('C', 1000, 30_000)).toBe('missing');
    p.attach('C', 'c2', 2000);
    expect(p.stateOf('C', 2000, 30_000)).toBe('online');
  });

  it('announces a silent connected agent as missing once, and its return once', () => {
    const p = new Presence<string>();
    p.attach('A', 'a', 0);
    p.attach('B', 'b', 20_000);
    expect(p.newlyMissing(30_001, 30_000)).toEqual(['A']);
    expect(p.newlyMissing(40_000, 30_000)).toEqual([]);
    expect(p.touch('A', 41_000)).toBe(true);
    expect(p.touch('A', 42_000)).toBe(false);
    expect(p.newlyMissing(50_001, 30_000)).toEqual(['B']);
  });
});
