import type { ApiClient } from './client.js';
import { EnrollmentSchema, type Enrollment } from './contract.js';

/** GET /api/enrollment: the venue's agent token, the hub address and the command for each exam PC. */
export function getEnrollment(api: ApiClient): Promise<Enrollment> {
  return api.get('/api/enrollment', { schema: EnrollmentSchema });
}

/** POST /api/enrollment/rotate: a new token; PCs not yet enrolled need the new command. */
export function rotateEnrollment(api: ApiClient): Promise<Enrollment> {
  return api.request('POST', '/api/enrollment/rotate', { schema: EnrollmentSchema });
}
