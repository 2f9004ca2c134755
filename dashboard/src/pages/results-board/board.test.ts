import { describe, expect, it } from 'vitest';
import type { BoardResponse } from '../../../../protocol/results-responses.js';
import { boardOptions, screenOf } from './board.js';

describe('results board options and screens', () => {
  it('reads the order and the seconds per screen from the address, with safe defaults', () => {
    expect(boardOptions(new URLSearchParams(''))).toEqual({ sort: 'recorded', seconds: 12 });
    expect(boardOptions(new URLSearchParams('urut=total&detik=20'))).toEqual({ sort: 'total', seconds: 20 });
    expect(boardOptions(new URLSearchParams('urut=nomor&detik=1'))).toEqual({ sort: 'number', seconds: 12 });
    expect(boardOptions(new URLSearchParams('urut=nik'))).toEqual({ sort: 'recorded', seconds: 12 });
  });

  it('pages through rows that do not fit one screen, cycling', () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({ participantNumber: String(i) })) as BoardResponse['rows'];
    const board = { rows } as BoardResponse;
    expect(screenOf(board, 0)).toMatchObject({ screen: 0, screens: 3 });
    expect(screenOf(board, 2).rows.map((r) => r.participantNumber)).toEqual(['24']);
    expect(screenOf(board, 3).screen).toBe(0);
    expect(screenOf({ rows: [] } as unknown as BoardResponse, 5)).toMatchObject({ screen: 0, screens: 1, rows: [] });
  });
});
