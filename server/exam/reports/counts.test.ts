import { describe, expect, it } from 'vitest';
import { attendanceCounts, countOf, type Countable } from './counts.js';

const p = (status: Countable['status'], room: string, blind = false): Countable => ({ status, room, blind });

describe('attendance counts', () => {
  it('keeps registered = present + absent, with refused inside absent', () => {
    const c = countOf([p('present', 'R1'), p('absent', 'R1'), p('refused', 'R2'), p('present', 'R2')]);
    expect(c).toEqual({ registered: 4, present: 2, absent: 2, refused: 1 });
    expect(c.present + c.absent).toBe(c.registered);
  });

  it('counts per room in the session order, with empty declared rooms and unplaced participants', () => {
    const result = attendanceCounts([p('present', 'R2', true), p('absent', 'R1', true), p('present', '')], ['R1', 'R2', 'R3']);
    expect(result.rooms).toEqual([
      { room: 'R1', registered: 1, present: 0, absent: 1, refused: 0 },
      { room: 'R2', registered: 1, present: 1, absent: 0, refused: 0 },
      { room: 'R3', registered: 0, present: 0, absent: 0, refused: 0 },
      { room: '', registered: 1, present: 1, absent: 0, refused: 0 },
    ]);
    expect(result.blind).toEqual({ registered: 2, present: 1 });
    expect(result.counts).toEqual({ registered: 3, present: 2, absent: 1, refused: 0 });
  });
});
