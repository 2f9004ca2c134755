import { z } from 'zod/mini';
import type {
  DrillMarks,
  Handover,
  HandoverRequest,
  Seal,
  SealInstallRequest,
  SealOpenRequest,
  Trial,
  TrialDetail,
  TrialStartRequest,
  Witness,
} from '../../../protocol/custody.js';
import { seg, type ApiClient } from './client.js';

/** The hub builds these records (protocol/custody.ts); the dashboard checks it got an object back. */
const record = <T>() => z.custom<T>((v) => typeof v === 'object' && v !== null && !Array.isArray(v));

export { listSeals } from './seals.js';
export const installSeal = (api: ApiClient, body: SealInstallRequest) =>
  api.request('POST', '/api/custody/seals', { body, schema: record<Seal>() });
export const openSeal = (api: ApiClient, id: number, body: SealOpenRequest) =>
  api.request('POST', `/api/custody/seals/${id}/open`, { body, schema: record<Seal>() });

export const listHandovers = async (api: ApiClient) =>
  (await api.get('/api/custody/handovers', { schema: record<{ handovers: Handover[] }>() })).handovers;
export const getHandover = (api: ApiClient, id: number) => api.get(`/api/custody/handovers/${id}`, { schema: record<Handover>() });
export const recordHandover = (api: ApiClient, body: HandoverRequest) =>
  api.request('POST', '/api/custody/handovers', { body, schema: record<Handover>() });

export const listTrials = (api: ApiClient) => api.get('/api/custody/trials', { schema: record<{ trials: Trial[]; running: number | null }>() });
export const getTrial = (api: ApiClient, id: number) => api.get(`/api/custody/trials/${id}`, { schema: record<TrialDetail>() });
export const startTrial = (api: ApiClient, body: TrialStartRequest) =>
  api.request('POST', '/api/custody/trials', { body, schema: record<Trial>() });
export const markDrill = (api: ApiClient, id: number, body: DrillMarks) =>
  api.request('PATCH', `/api/custody/trials/${id}`, { body, schema: record<Trial>() });

/** The logged-in member of the monitoring team confirms a record as witness. */
export const witnessRecord = (api: ApiClient, kind: 'seals' | 'handovers' | 'trials', id: number) =>
  api.request('POST', `/api/custody/${seg(kind)}/${id}/witness`, { schema: record<{ added: boolean; witnesses: Witness[] }>() });
