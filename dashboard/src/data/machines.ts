import type { Verdict } from '../../../protocol/check.js';
import { seg, type ApiClient } from './client.js';
import { MachineDetailSchema, MachinesResponseSchema, type MachineDetail, type MachineRow } from './contract.js';

/** GET /api/machines[?verdict=]: every machine with its latest checks. */
export async function listMachines(api: ApiClient, filter: { verdict?: Verdict } = {}): Promise<MachineRow[]> {
  const res = await api.get('/api/machines', { schema: MachinesResponseSchema, query: { verdict: filter.verdict } });
  return res.machines;
}

/** GET /api/machines/:id: the machine, its checks and the history of its reports. */
export function getMachine(api: ApiClient, id: string): Promise<MachineDetail> {
  return api.get(`/api/machines/${seg(id)}`, { schema: MachineDetailSchema });
}

/** POST /api/machines/:id/recheck: asks the agent to check again now (409 when it is offline). */
export async function recheckMachine(api: ApiClient, id: string): Promise<void> {
  await api.request('POST', `/api/machines/${seg(id)}/recheck`);
}

export interface Placement {
  serverId: string | null;
  roomId: string | null;
  seat: number | null;
}

/** PUT /api/machines/:id/placement: moves a PC to another server, room or seat. */
export async function setPlacement(api: ApiClient, id: string, placement: Placement): Promise<void> {
  await api.request('PUT', `/api/machines/${seg(id)}/placement`, { body: placement });
}
