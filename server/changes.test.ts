import { describe, expect, it } from 'vitest';
import { ChangeFeed, type Change } from './changes.js';

describe('ChangeFeed', () => {
  it('delivers to every subscriber until it unsubscribes, and survives a throwing listener', () => {
    const feed = new ChangeFeed();
    const seen: Change[] = [];
    feed.subscribe(() => {
      throw new Error('broken');
    });
    const off = feed.subscribe((c) => seen.push(c));
    feed.publish({ topics: ['attendance'], sessions: ['S1'] });
    off();
    feed.publish({ topics: ['incidents'] });
    expect(seen).toEqual([{ topics: ['attendance'], sessions: ['S1'] }]);
  });
});
