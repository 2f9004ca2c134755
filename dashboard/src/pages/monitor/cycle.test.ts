import { describe, expect, it } from 'vitest';
import type { Room } from '../../../../protocol/venue.js';
import { monitorOptions, monitorRooms, step } from './cycle.js';

const rooms: Room[] = [
  { id: 'R1', name: 'Ruang 1', kind: 'ruang-tes', rows: 6, cols: 6 },
  { id: 'SRV', name: 'Server', kind: 'ruang-server', rows: 0, cols: 0 },
  { id: 'R2', name: 'Ruang 2', kind: 'ruang-tes', rows: 6, cols: 6 },
  { id: 'R3', name: 'Ruang 3', kind: 'ruang-tes', rows: 0, cols: 0 },
];

describe('monitor cycle', () => {
  it('reads seconds and rooms from the address, within sane bounds', () => {
    expect(monitorOptions(new URLSearchParams('detik=30&ruang=R2,R1'))).toEqual({ seconds: 30, rooms: ['R2', 'R1'] });
    expect(monitorOptions(new URLSearchParams('detik=1')).seconds).toBe(15);
    expect(monitorOptions(new URLSearchParams('detik=abc')).seconds).toBe(15);
  });

  it('cycles the test rooms that have seats, or the asked ones in the asked order', () => {
    const seats = (id: string) => (id === 'R3' ? 0 : 36);
    expect(monitorRooms(rooms, [], seats).map((r) => r.id)).toEqual(['R1', 'R2']);
    expect(monitorRooms(rooms, ['R2', 'NOPE', 'R1'], seats).map((r) => r.id)).toEqual(['R2', 'R1']);
  });

  it('steps forward and back around the ring', () => {
    expect(step(1, 3, 1)).toBe(2);
    expect(step(2, 3, 1)).toBe(0);
    expect(step(0, 3, -1)).toBe(2);
    expect(step(0, 0, 1)).toBe(0);
  });
});
