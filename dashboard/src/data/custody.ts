import {
  HandoverRecordSchema,
  SealSchema,
  type DrillMarks,
  type HandoverRequest,
  type SealInstallRequest,
  type SealOpenRequest,
  type TrialStartRequest,
} from '../../../protocol/custody.js';
import {
  HandoversResponseSchema,
  TrialDetailSchema,
  TrialSchema,
  TrialsResponseSchema,
  WitnessAnswerSchema,
} from '../../../protocol/custody-responses.js';
import {
  SeatSwitchesResponseSchema,
  SeatSwitchRecordSchema,
  type SeatSwitchesResponse,
  type SeatSwitchRequest,
} from '../../../protocol/seat-switch.js';
import type { Localized } from '../../../protocol/i18n.js';
import { seg, type ApiClient } from './client.js';

/** Custody calls; each answer is read with its protocol schema (protocol/custody.ts, custody-responses.ts). */
export { listSeals } from './seals.js';
export const installSeal = (api: ApiClient, body: SealInstallRequest) =>
  api.request('POST', '/api/custody/seals', { body, schema: SealSchema });
export const openSeal = (api: ApiClient, id: number, body: SealOpenRequest) =>
  api.request('POST', `/api/custody/seals/${id}/open`, { body, schema: SealSchema });

export const listHandovers = async (api: ApiClient) =>
  (await api.get('/api/custody/handovers', { schema: HandoversResponseSchema })).handovers;
export const getHandover = (api: ApiClient, id: number) => api.get(`/api/custody/handovers/${id}`, { schema: HandoverRecordSchema });
export const recordHandover = (api: ApiClient, body: HandoverRequest) =>
  api.request('POST', '/api/custody/handovers', { body, schema: HandoverRecordSchema });

export const listTrials = (api: ApiClient) => api.get('/api/custody/trials', { schema: TrialsResponseSchema });
export const getTrial = (api: ApiClient, id: number) => api.get(`/api/custody/trials/${id}`, { schema: TrialDetailSchema });
export const startTrial = (api: ApiClient, body: TrialStartRequest) =>
  api.request('POST', '/api/custody/trials', { body, schema: TrialSchema });
export const markDrill = (api: ApiClient, id: number, body: DrillMarks) =>
  api.request('PATCH', `/api/custody/trials/${id}`, { body, schema: TrialSchema });

/** The logged-in member of the monitoring team confirms a record as witness. */
export const witnessRecord = (api: ApiClient, kind: 'seals' | 'handovers' | 'trials', id: number) =>
  api.request('POST', `/api/custody/${seg(kind)}/${id}/witness`, { schema: WitnessAnswerSchema });

/** POST /api/custody/switches: moves a participant to a reserve PC (the hub decides and audits it). */
export const switchSeat = (api: ApiClient, body: SeatSwitchRequest) =>
  api.request('POST', '/api/custody/switches', { body, schema: SeatSwitchRecordSchema });

/** GET /api/custody/switches: every reserve-PC switch and the sessions running now. */
export const listSwitches = (api: ApiClient) => api.get('/api/custody/switches', { schema: SeatSwitchesResponseSchema });


/** A seat's part in the running sessions' switches: the participant left it, or sits there now. */
export interface SeatSwitchMark {
  kind: 'from' | 'to';
  /** What the seat's title adds ("⇄ peserta 2430… → kursi 5 (R1)"). */
  label: Localized;
  /** Shown on the reserve seat's tile: the participant number's last four digits. */
  short: string;
}

function markOf(kind: 'from' | 'to', participant: string, room: string, seat: number): SeatSwitchMark {
  const where = (w: string) => `${w} ${seat} (${room})`;
  return {
    kind,
    short: participant.slice(-4),
    label:
      kind === 'from'
        ? { id: `⇄ peserta ${participant} → ${where('kursi')}`, en: `⇄ participant ${participant} → ${where('seat')}` }
        : { id: `PC cadangan: peserta ${participant} ← ${where('kursi')}`, en: `reserve PC: participant ${participant} ← ${where('seat')}` },
  };
}

/** The switches of the running sessions, per seat of one room (the latest switch of a seat wins). */
export function switchMarks(data: SeatSwitchesResponse | undefined, roomId: string): Map<number, SeatSwitchMark> {
  const marks = new Map<number, SeatSwitchMark>();
  if (!data) return marks;
  const running = new Set(data.running.map((s) => s.id));
  for (const s of data.switches) {
    if (!running.has(s.sessionId)) continue;
    if (s.from.roomId === roomId) marks.set(s.from.seat, markOf('from', s.participantNumber, s.to.roomId, s.to.seat));
    if (s.to.roomId === roomId) marks.set(s.to.seat, markOf('to', s.participantNumber, s.from.roomId, s.from.seat));
  }
  return marks;
}
