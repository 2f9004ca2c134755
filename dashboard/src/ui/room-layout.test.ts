import { describe, expect, it } from 'vitest';
import { machineSummary, seatGrid } from '../testing/fixtures.js';
import { layoutRoom } from './room-layout.js';

describe('layoutRoom', () => {
  it('puts each machine on its seat and colours it by its live state', () => {
    const seats = seatGrid('R1', 2, 3);
    const layout = layoutRoom({ id: 'R1', rows: 2, cols: 3 }, seats, [
      machineSummary({ id: 'PC-1', seat: 1 }),
      machineSummary({ id: 'PC-5', seat: 5, verdict: 'not-ready', failing: ['ram-size'] }),
      machineSummary({ id: 'PC-6', seat: 6, online: false }),
      machineSummary({ id: 'PC-2', seat: 2, presence: 'missing' }),
      machineSummary({ id: 'PC-X', roomId: 'R2', seat: 2 }),
    ]);
    expect(layout.cells.map((c) => c.show)).toEqual(['ready', 'missing', 'empty', 'empty', 'not-ready', 'offline']);
    expect(layout.cells[4]?.seat).toMatchObject({ row: 1, col: 1, number: 5 });
    expect(layout.counts).toMatchObject({ ready: 1, 'not-ready': 1, missing: 1, offline: 1, empty: 2 });
  });

  it('lists PCs whose seat the plan lacks, and grows the grid to fit seats beyond rows x cols', () => {
    const seats = [...seatGrid('R1', 1, 2), { roomId: 'R1', number: 9, row: 4, col: 6, serverId: null }];
    const layout = layoutRoom({ id: 'R1', rows: 1, cols: 2 }, seats, [
      machineSummary({ id: 'PC-77', seat: 77 }),
      machineSummary({ id: 'PC-0', seat: null }),
    ]);
    expect(layout.rows).toBe(5);
    expect(layout.cols).toBe(7);
    expect(layout.unplaced.map((m) => m.id)).toEqual(['PC-77', 'PC-0']);
    expect(layout.counts.ready).toBe(2);
  });
});
