import { describe, expect, it } from 'vitest';
import { roster } from '../../testing/attendance-fixtures.js';
import { filterParticipants } from './filter.js';

const numbers = (list: { number: string }[]) => list.map((p) => p.number.slice(-1));

describe('participant filter', () => {
  it('finds by part of the number (spaces and dots ignored) or by words of the name in any case and accent', () => {
    expect(numbers(filterParticipants(roster(), { q: '0000004' }))).toEqual(['4']);
    expect(numbers(filterParticipants(roster(), { q: '2430 0110 1200 0000 3' }))).toEqual(['3']);
    expect(numbers(filterParticipants(roster(), { q: 'marlina rina' }))).toEqual(['3']);
    expect(numbers(filterParticipants(roster(), { q: 'SÍTI' }))).toEqual(['1']);
    expect(numbers(filterParticipants(roster(), { q: '  ' }))).toEqual(['1', '2', '3', '4', '7']);
  });

  it('narrows by room (including no room) and by status, together with the search', () => {
    const list = [...roster(), { ...roster()[0]!, number: '24300110120000009', room: '' }];
    expect(numbers(filterParticipants(list, { room: 'R2' }))).toEqual(['4', '7']);
    expect(numbers(filterParticipants(list, { room: '' }))).toEqual(['9']);
    expect(numbers(filterParticipants(list, { status: 'refused' }))).toEqual(['2']);
    // Absent counts the refused too, as the session's numbers do.
    expect(numbers(filterParticipants(list, { status: 'absent' }))).toEqual(['2', '7']);
    expect(numbers(filterParticipants(list, { status: 'present', room: 'R1' }))).toEqual(['1', '3']);
    expect(filterParticipants(list, { status: 'absent', q: 'siti' })).toEqual([]);
  });
});
