import { describe, expect, it } from 'vitest';
import { incident } from '../../testing/exam-report-fixtures.js';
import { newestFirst, totalsOf } from './incident-list.js';

describe('incident list', () => {
  const a = incident({ id: 1, at: '2026-11-23T00:20:00.000Z', minutesLost: 0, timeAdded: false, addedMinutes: 0 });
  const b = incident({ id: 2, at: '2026-11-23T00:40:00.000Z', minutesLost: 6 });
  const c = incident({ id: 3, at: '2026-11-23T00:40:00.000Z', minutesLost: 12, addedMinutes: 10 });

  it('puts the newest first, the later-recorded first at the same minute', () => {
    expect(newestFirst([a, b, c]).map((i) => i.id)).toEqual([3, 2, 1]);
  });

  it('counts incidents, minutes lost and those with time added', () => {
    expect(totalsOf([a, b, c])).toEqual({ count: 3, minutesLost: 18, timeAdded: 2 });
    expect(totalsOf([])).toEqual({ count: 0, minutesLost: 0, timeAdded: 0 });
  });
});
