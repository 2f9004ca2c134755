import { describe, expect, it } from 'vitest';
import { generateSeats, seatsPerServer, toggleSeat } from './seats.js';

describe('generateSeats', () => {
  it('numbers a rows x cols room row by row from 1', () => {
    const seats = generateSeats({ id: 'R1', rows: 2, cols: 3 }, 'S1');
    expect(seats.map((s) => [s.number, s.row, s.col])).toEqual([
      [1, 0, 0],
      [2, 0, 1],
      [3, 0, 2],
      [4, 1, 0],
      [5, 1, 1],
      [6, 1, 2],
    ]);
    expect(seats.every((s) => s.roomId === 'R1' && s.serverId === 'S1')).toBe(true);
  });

  it('can continue a numbering and leave the server open', () => {
    const seats = generateSeats({ id: 'R2', rows: 1, cols: 2 }, null, 37);
    expect(seats.map((s) => s.number)).toEqual([37, 38]);
    expect(seats[0]?.serverId).toBeNull();
  });

  it('counts seats per server', () => {
    const seats = [...generateSeats({ id: 'R1', rows: 10, cols: 15 }, 'S1'), ...generateSeats({ id: 'R2', rows: 6, cols: 10 }, 'S1', 151)];
    expect(seatsPerServer(seats).get('S1')).toBe(210);
  });
});

describe('toggleSeat', () => {
  it('removes a seat and keeps the others numbered as printed, then adds one back with the next number', () => {
    const seats = generateSeats({ id: 'R1', rows: 2, cols: 2 }, 'S1');
    const without = toggleSeat(seats, 'R1', 0, 1, 'S1');
    expect(without.map((s) => s.number)).toEqual([1, 3, 4]);
    const back = toggleSeat(without, 'R1', 0, 1, 'S2');
    expect(back.map((s) => [s.number, s.row, s.col, s.serverId])).toEqual([
      [1, 0, 0, 'S1'],
      [5, 0, 1, 'S2'],
      [3, 1, 0, 'S1'],
      [4, 1, 1, 'S1'],
    ]);
  });
});
