import type { BoardSort } from '../../../../protocol/results.js';
import type { BoardResponse } from '../../../../protocol/results-responses.js';
import { BOARD_SORTS } from '../../../../protocol/results.js';

export const DEFAULT_SECONDS = 12;
/** Rows that fit one 1920x1080 screen at the board's type size. */
export const ROWS_PER_SCREEN = 12;

export interface BoardOptions {
  sort: BoardSort;
  seconds: number;
}

/** Reads ?urut=total|nomor|terbaru and ?detik=12 (seconds per screen when the rows need more than one). */
export function boardOptions(query: URLSearchParams): BoardOptions {
  const urut = query.get('urut') ?? '';
  const sort: BoardSort = urut === 'total' ? 'total' : urut === 'nomor' ? 'number' : BOARD_SORTS[0];
  const raw = Number(query.get('detik'));
  const seconds = Number.isFinite(raw) && raw >= 5 && raw <= 120 ? Math.round(raw) : DEFAULT_SECONDS;
  return { sort, seconds };
}

/** The rows of screen `index` (cycling), and how many screens there are. */
export function screenOf(board: BoardResponse, index: number, perScreen = ROWS_PER_SCREEN) {
  const screens = Math.max(1, Math.ceil(board.rows.length / perScreen));
  const at = ((index % screens) + screens) % screens;
  return { rows: board.rows.slice(at * perScreen, (at + 1) * perScreen), screen: at, screens };
}
