import { describe, expect, it } from 'vitest';
import { readRecordedAt, readScore } from './cells.js';

const text = (t: string) => ({ kind: 'text' as const, text: t });

describe('score cells', () => {
  it('reads number cells and text with a dot or a decimal comma', () => {
    expect(readScore({ kind: 'number', raw: '85' }, 'TIU', 175)).toEqual({ ok: true, value: 85 });
    expect(readScore(text(' 85,5 '), 'SKB', 100)).toEqual({ ok: true, value: 85.5 });
    expect(readScore(text('85.5'), 'SKB', 100)).toEqual({ ok: true, value: 85.5 });
  });

  it('refuses empty, words, negatives, Excel dates and values above the maximum, saying which', () => {
    const en = (r: ReturnType<typeof readScore>) => (r.ok ? '' : r.reason.en);
    expect(en(readScore(undefined, 'TWK', 150))).toBe('The TWK score is empty.');
    expect(en(readScore(text('-5'), 'TWK', 150))).toBe("The TWK score is not a number: '-5'.");
    expect(en(readScore(text('=1+1'), 'TWK', 150))).toBe("The TWK score is not a number: '=1+1'.");
    expect(en(readScore({ kind: 'date', date: new Date('2026-01-02') }, 'TWK', 150))).toContain('reads as a date');
    expect(en(readScore(text('151'), 'TWK', 150))).toBe('The TWK score 151 is above the highest possible 150.');
  });
});

describe('recorded-at cells', () => {
  const day = ['2026-11-23', '+08:00'] as const;
  it('a time alone is on the session date in its zone; full dates and Excel time cells too', () => {
    expect(readRecordedAt(text('9.41'), ...day)).toEqual({ ok: true, value: '2026-11-23T09:41:00+08:00' });
    expect(readRecordedAt(text('09:41:05'), ...day)).toEqual({ ok: true, value: '2026-11-23T09:41:05+08:00' });
    expect(readRecordedAt(text('24/11/2026 07:05'), ...day)).toEqual({ ok: true, value: '2026-11-24T07:05:00+08:00' });
    expect(readRecordedAt(text('2026-11-23 10:00'), ...day)).toEqual({ ok: true, value: '2026-11-23T10:00:00+08:00' });
    // An XLSX time-only cell: a fraction of a day from 1899-12-30.
    expect(readRecordedAt({ kind: 'date', date: new Date('1899-12-30T09:41:00Z') }, ...day)).toEqual({
      ok: true,
      value: '2026-11-23T09:41:00+08:00',
    });
    expect(readRecordedAt(undefined, ...day)).toEqual({ ok: true, value: undefined });
  });

  it('refuses what is not a 24-hour time or not a real date', () => {
    expect(readRecordedAt(text('9:41 PM'), ...day).ok).toBe(false);
    expect(readRecordedAt(text('25:00'), ...day).ok).toBe(false);
    expect(readRecordedAt(text('31/02/2026 09:00'), ...day).ok).toBe(false);
  });
});
