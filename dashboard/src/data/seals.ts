import { SealsResponseSchema } from '../../../protocol/custody.js';
import type { ApiClient } from './client.js';

/** GET /api/custody/seals: every seal and each test room's seal state (room map, Pengamanan page). */
export const listSeals = (api: ApiClient) => api.get('/api/custody/seals', { schema: SealsResponseSchema });
