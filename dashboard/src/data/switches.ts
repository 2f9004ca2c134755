import { z } from 'zod';
import type { SeatSwitch, SeatSwitchesResponse, SeatSwitchRequest } from '../../../protocol/seat-switch.js';
import type { ApiClient } from './client.js';

const record = <T>() => z.custom<T>((v) => typeof v === 'object' && v !== null && !Array.isArray(v));

/** GET /api/custody/switches: every reserve-PC switch and the sessions running now. */
export const listSwitches = (api: ApiClient) => api.get('/api/custody/switches', { schema: record<SeatSwitchesResponse>() });

/** POST /api/custody/switches: moves a participant to a reserve PC (the hub decides and audits it). */
export const switchSeat = (api: ApiClient, body: SeatSwitchRequest) =>
  api.request('POST', '/api/custody/switches', { body, schema: record<SeatSwitch>() });

/** A seat's part in the running sessions' switches: the participant left it, or sits there now. */
export interface SeatSwitchMark {
  kind: 'from' | 'to';
  participant: string;
  /** The other end: where the participant went (from) or came from (to). */
  otherRoom: string;
  otherSeat: number;
}

/** The switches of the running sessions, per seat of one room (the latest switch of a seat wins). */
export function switchMarks(data: SeatSwitchesResponse | undefined, roomId: string): Map<number, SeatSwitchMark> {
  const marks = new Map<number, SeatSwitchMark>();
  if (!data) return marks;
  const running = new Set(data.running.map((s) => s.id));
  for (const s of data.switches) {
    if (!running.has(s.sessionId)) continue;
    if (s.from.roomId === roomId) {
      marks.set(s.from.seat, { kind: 'from', participant: s.participantNumber, otherRoom: s.to.roomId, otherSeat: s.to.seat });
    }
    if (s.to.roomId === roomId) {
      marks.set(s.to.seat, { kind: 'to', participant: s.participantNumber, otherRoom: s.from.roomId, otherSeat: s.from.seat });
    }
  }
  return marks;
}
