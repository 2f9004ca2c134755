import { describe, expect, it } from 'vitest';
import { checkEvents } from '../../server/region/check.js';

const attendance = (present: number): Record<string, unknown> => ({
  sessionId: 'skd-1',
  name: 'SKD Sesi 1',
  date: '2026-11-23',
  start: '08:00',
  end: '09:40',
  registered: 100,
  present,
  absent: 100 - present,
  refused: 0,
  rooms: [{ room: 'R1', registered: 100, present, absent: 100 - present, refused: 0 }],
});

const event = (seq: number, at: string, payload: Record<string, unknown> = attendance(seq)) => ({
  seq,
  kind: 'attendance',
  key: 'skd-1',
  at,
  payload,
});

describe('checkEvents (the region splits a push into stored and refused events)', () => {
  it('refuses a day that does not exist even right after a real day of the same month, and takes the real one again', () => {
    const checked = checkEvents({
      head: 5,
      events: [
        event(1, '2026-02-28T08:00:00.000Z'),
        event(2, '2026-02-31T08:00:00.000Z'),
        event(3, '2026-02-28T08:00:01.000Z'),
        event(4, '2026-02-30T08:00:00+08:00'),
        event(5, '2026-02-28T25:00:00.000Z'),
      ],
    });
    expect(checked.events.map((e) => e.seq)).toEqual([1, 3]);
    expect(checked.refused.map((r) => [r.seq, r.reason.en])).toEqual([
      [2, expect.stringContaining('at is not an ISO date and time') as unknown],
      [4, expect.stringContaining('at is not an ISO date and time') as unknown],
      [5, expect.stringContaining('at is not an ISO date and time') as unknown],
    ]);
  });

  it('refuses a time PostgreSQL would not read (year 0000, an offset past 14 hours) and keeps the real extremes', () => {
    const checked = checkEvents({
      head: 6,
      events: [
        event(1, '0000-01-01T00:00:00Z'),
        event(2, '2026-11-23T00:00:00+23:59'),
        event(3, '2026-11-23T00:00:00-15:00'),
        event(4, '0001-01-01T00:00:00Z'),
        event(5, '2026-11-23T00:00:00+14:00'),
        event(6, '2026-11-23T00:00:00-12:00'),
      ],
    });
    expect(checked.events.map((e) => e.seq)).toEqual([4, 5, 6]);
    expect(checked.refused.map((r) => r.seq)).toEqual([1, 2, 3]);
  });

  it("refuses a payload off its kind's schema with the schema's own words, whatever the quick check said", () => {
    const rooms = [{ room: 'R1', registered: 1, present: -1, absent: 0, refused: 0 }];
    const checked = checkEvents({
      head: 2,
      events: [event(1, '2026-11-23T08:00:00.000Z'), event(2, '2026-11-23T08:00:00.000Z', { ...attendance(2), rooms })],
    });
    expect(checked.events.map((e) => e.seq)).toEqual([1]);
    expect(checked.refused).toHaveLength(1);
    expect(checked.refused[0]!.reason.en).toContain('rooms.0.present');
    expect(checked.refused[0]!.reason.id).not.toEqual(checked.refused[0]!.reason.en);
  });
});
