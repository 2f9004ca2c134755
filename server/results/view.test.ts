import { describe, expect, it } from 'vitest';
import { inRosterOrder } from './view.js';

describe('inRosterOrder', () => {
  it("puts each number's entry in the roster's order, then entries whose number left the roster, oldest first", () => {
    const roster = ['R1-01', 'R1-02', 'R2-01', 'R2-02'].map((number) => ({ number }));
    // As the store gives them: oldest first, whatever the roster order; are no longer on the roster.
    const entries = [
      { number: 'R2-02', id: 3 },
      { number: 'X-09', id: 5 },
      { number: 'R1-01', id: 7 },
      { number: 'X-03', id: 8 },
      { number: 'R2-01', id: 9 },
    ];
    expect(inRosterOrder(roster, entries).map((e) => e.number)).toEqual(['R1-01', 'R2-01', 'R2-02', 'X-09', 'X-03']);
    expect(inRosterOrder(roster, [])).toEqual([]);
    expect(inRosterOrder([], entries).map((e) => e.id)).toEqual([3, 5, 7, 8, 9]);
  });
});
