import { describe, expect, it } from 'vitest';
import { civilOf, dateText, instantIn, readClock, readDate, readInstant } from './time-input.js';
import { INDONESIAN_ZONES } from './time.js';

describe('typed clock times', () => {
  it.each([
    ['7.30', 7, 30],
    ['07.30', 7, 30],
    ['07:30', 7, 30],
    ['0730', 7, 30],
    [' 23.59 ', 23, 59],
    ['00:00', 0, 0],
  ])('reads %j', (text, hour, minute) => {
    expect(readClock(text)).toEqual({ ok: true, value: { hour, minute } });
  });

  it.each(['', '24.00', '08.60', '8', 'ab:cd', '08:40 PM', '123:45', '7,30', '8 pagi'])('refuses %j in both languages', (text) => {
    const read = readClock(text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problem.id).toMatch(/jam/i);
    expect(read.problem.en).toMatch(/time|clock/i);
    expect(read.problem.id).toMatch(/07\.30|00\.00/);
  });
});

describe('typed dates', () => {
  it.each([
    ['03/12/2026', 2026, 12, 3],
    ['3/12/2026', 2026, 12, 3],
    ['03-12-2026', 2026, 12, 3],
    ['03.12.2026', 2026, 12, 3],
    ['29/02/2028', 2028, 2, 29],
  ])('reads %j as day/month/year', (text, year, month, day) => {
    expect(readDate(text)).toEqual({ ok: true, value: { year, month, day } });
  });

  it.each([
    ['', /belum diisi/],
    ['2026-12-03', /bukan tanggal/],
    ['12/31/2026', /bulan 31 tidak ada/],
    ['31/02/2026', /tidak punya tanggal 31/],
    ['29/02/2026', /tidak punya tanggal 29/],
    ['00/01/2026', /tidak punya tanggal 0/],
    ['03/12/1999', /tahun 1999/],
    ['besok', /bukan tanggal/],
  ])('refuses %j, saying why', (text, why) => {
    const read = readDate(text);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problem.id).toMatch(why);
      expect(read.problem.en.length).toBeGreaterThan(10);
    }
  });

  it('writes a date back as it is typed', () => {
    expect(dateText({ year: 2026, month: 12, day: 3 })).toBe('03/12/2026');
  });
});

describe('instants from what was typed', () => {
  it.each(Object.entries(INDONESIAN_ZONES))('puts the wall time in %s with its offset', (zone, { offset }) => {
    expect(instantIn({ year: 2026, month: 12, day: 3 }, { hour: 7, minute: 30 }, zone)).toBe(`2026-12-03T07:30:00${offset}`);
    expect(readInstant('03/12/2026', '7.30', zone)).toEqual({ ok: true, value: `2026-12-03T07:30:00${offset}` });
  });

  it("uses a foreign zone's offset in force at that wall time", () => {
    expect(instantIn({ year: 2026, month: 7, day: 1 }, { hour: 9, minute: 0 }, 'Europe/Berlin')).toBe('2026-07-01T09:00:00+02:00');
    expect(instantIn({ year: 2026, month: 1, day: 1 }, { hour: 9, minute: 0 }, 'Europe/Berlin')).toBe('2026-01-01T09:00:00+01:00');
  });

  it('gives the first refusal, date before time', () => {
    const both = readInstant('31/02/2026', '25.00', 'Asia/Makassar');
    expect(both.ok === false && both.problem.en).toMatch(/no day 31/);
    const time = readInstant('03/12/2026', '25.00', 'Asia/Makassar');
    expect(time.ok === false && time.problem.en).toMatch(/24-hour/);
  });

  it('reads an instant back into the date and time of a form', () => {
    expect(civilOf('2026-12-02T23:30:00Z', 'Asia/Makassar')).toEqual({
      date: { year: 2026, month: 12, day: 3 },
      clock: { hour: 7, minute: 30 },
    });
    expect(civilOf('nonsense', 'Asia/Makassar')).toBeUndefined();
  });
});
