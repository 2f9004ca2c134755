import { z } from 'zod/mini';
import type { CreateUserRequest, UpdateUserRequest, UserView } from '../../../protocol/users.js';
import { seg, type ApiClient } from './client.js';

const UserSchema = z.object({ username: z.string(), role: z.string(), createdAt: z.string(), sessions: z.number() });

/** GET /api/users (admin only: others get 403 admin-only with the reason). */
export function listUsers(api: ApiClient): Promise<UserView[]> {
  return api.get('/api/users', { schema: z.object({ users: z.array(UserSchema) }) }).then((r) => r.users);
}

export function createUser(api: ApiClient, body: CreateUserRequest): Promise<UserView> {
  return api.request('POST', '/api/users', { body, schema: UserSchema });
}

export function updateUser(api: ApiClient, username: string, body: UpdateUserRequest): Promise<UserView> {
  return api.request('PATCH', `/api/users/${seg(username)}`, { body, schema: UserSchema });
}

export async function deleteUser(api: ApiClient, username: string): Promise<void> {
  await api.request('DELETE', `/api/users/${seg(username)}`);
}
