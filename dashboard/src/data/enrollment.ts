import type { CreateEnrollmentCode } from '../../../protocol/enrollment.js';
import { seg, type ApiClient } from './client.js';
import { EnrollmentSchema, NewEnrollmentCodeSchema, type Enrollment, type NewEnrollmentCode } from './contract.js';

/** GET /api/enrollment: the hub address for agents, the executables, the codes made so far. */
export function getEnrollment(api: ApiClient): Promise<Enrollment> {
  return api.get('/api/enrollment', { schema: EnrollmentSchema });
}

/** POST /api/enrollment/codes: a new code (per PC or a batch for a room), shown once. */
export function createCode(api: ApiClient, input: Partial<CreateEnrollmentCode> & Pick<CreateEnrollmentCode, 'kind'>): Promise<NewEnrollmentCode> {
  return api.request('POST', '/api/enrollment/codes', { body: input, schema: NewEnrollmentCodeSchema });
}

/** DELETE /api/enrollment/codes/:id: the code stops enrolling PCs (those enrolled stay). */
export async function revokeCode(api: ApiClient, id: string): Promise<void> {
  await api.request('DELETE', `/api/enrollment/codes/${seg(id)}`);
}

/** POST /api/enrollment/rotate: a new venue token for simulators and test rigs. */
export function rotateEnrollment(api: ApiClient): Promise<Enrollment> {
  return api.request('POST', '/api/enrollment/rotate', { schema: EnrollmentSchema });
}

/** POST /api/machines/:id/approve: a PC enrolled beyond the plan takes its place. */
export async function approveMachine(api: ApiClient, id: string): Promise<void> {
  await api.request('POST', `/api/machines/${seg(id)}/approve`);
}

/** GET /api/agent-bin/:file: a single-file agent, from the hub itself (no internet at venues). */
export function downloadAgent(api: ApiClient, file: string): Promise<{ blob: Blob; filename: string | undefined }> {
  return api.file(`/api/agent-bin/${seg(file)}`);
}
