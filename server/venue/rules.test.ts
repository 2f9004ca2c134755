import { describe, expect, it } from 'vitest';
import type { Room, Server } from '../../protocol/venue.js';
import { AppError } from '../../protocol/errors.js';
import { assertLayout, layoutProblems, mergeBy, seatKey } from './rules.js';

const R1: Room = { id: 'R1', name: 'Ruang 1', kind: 'ruang-tes', rows: 2, cols: 2 };
const S1: Server = { id: 'S1', kind: 'server', name: '', roomId: 'R1', limit: 200 };
const none = { placed: new Map<string, number>() };

describe('layout rules', () => {
  it('accepts a consistent layout', () => {
    const seats = [
      { roomId: 'R1', number: 1, row: 0, col: 0, serverId: 'S1' },
      { roomId: 'R1', number: 2, row: 0, col: 1, serverId: null },
    ];
    expect(layoutProblems({ rooms: [R1], servers: [S1], seats }, none)).toEqual([]);
  });

  it('names dangling references, overlaps, seats outside the grid and duplicates', () => {
    const problems = layoutProblems(
      {
        rooms: [R1, R1],
        servers: [{ ...S1, roomId: 'R9' }],
        seats: [
          { roomId: 'R1', number: 1, row: 0, col: 0, serverId: 'S7' },
          { roomId: 'R1', number: 1, row: 0, col: 0, serverId: null },
          { roomId: 'R1', number: 3, row: 5, col: 0, serverId: null },
          { roomId: 'R2', number: 1, row: 0, col: 0, serverId: null },
        ],
      },
      none,
    ).map((p) => p.en);
    expect(problems).toEqual([
      'Room R1 is listed twice.',
      'Server S1: room R9 does not exist.',
      'Seat R1/1: server S7 does not exist.',
      'Seat R1/1 is listed twice.',
      'Seat R1/1: row 1 column 1 already holds another seat.',
      "Seat R1/3 lies outside the room's grid (2 rows x 2 columns).",
      'Seat R2/1: room R2 does not exist.',
    ]);
  });

  it('refuses a limit below the clients already placed, saying how many to move', () => {
    const [problem] = layoutProblems({ rooms: [R1], servers: [{ ...S1, limit: 150 }], seats: [] }, { placed: new Map([['S1', 180]]) });
    expect(problem?.id).toBe('Server S1: batas 150 lebih kecil dari 180 klien yang sudah ditempatkan. Pindahkan 30 klien dulu.');
  });

  it('throws one bilingual AppError listing the problems', () => {
    expect(() => assertLayout({ rooms: [], servers: [{ ...S1, roomId: 'RX' }], seats: [] }, none, { id: 'Denah', en: 'Plan' })).toThrow(
      AppError,
    );
    try {
      assertLayout({ rooms: [], servers: [{ ...S1, roomId: 'RX' }], seats: [] }, none, { id: 'Denah', en: 'Plan' });
    } catch (err) {
      expect((err as AppError).text.id).toBe('Denah tidak bisa disimpan: Server S1: ruang RX tidak ada.');
      expect((err as AppError).code).toBe('layout-invalid');
    }
  });

  it('merges by key, the incoming item winning', () => {
    const a = { roomId: 'R1', number: 1, row: 0, col: 0, serverId: null };
    const b = { ...a, serverId: 'S1' };
    const c = { ...a, number: 2 };
    expect(mergeBy([a], [b, c], seatKey)).toEqual([b, c]);
  });
});
