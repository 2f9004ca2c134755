import { SeatingImportResultSchema, type SeatingImportResult, type SeatRange } from '../../../protocol/seating.js';
import { seg, type ApiClient } from './client.js';

export type { SeatingImportResult, SeatRange };

/** POST /api/seating/preview (nothing stored) or POST /api/seating (applied): a PC;ruang;kursi file. */
export function sendSeating(api: ApiClient, file: Blob, apply: boolean): Promise<SeatingImportResult> {
  return api.request('POST', apply ? '/api/seating' : '/api/seating/preview', { body: file, schema: SeatingImportResultSchema });
}

/** PUT /api/rooms/:id/seat-servers: splits a room's seats between servers by number ranges. */
export async function saveSeatRanges(api: ApiClient, roomId: string, ranges: SeatRange[]): Promise<void> {
  await api.request('PUT', `/api/rooms/${seg(roomId)}/seat-servers`, { body: { ranges } });
}
