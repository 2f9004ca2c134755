import { recordChange } from '../http/audit-changes.js';
import { AppError } from '../../protocol/errors.js';
import { CreateUserSchema, UpdateUserSchema, UsernameSchema, type UsersResponse, type UserView } from '../../protocol/users.js';
import type { HubContext } from '../context.js';
import type { HubApp } from '../feature.js';
import { readJson } from '../http/json.js';
import { requirePermission } from './permissions.js';

const USER = { id: 'Data pengguna', en: 'User' };

const userNotFound = (username: string) =>
  new AppError('user-not-found', { id: `Pengguna '${username}' tidak ada.`, en: `User '${username}' does not exist.` }, { status: 404 });

const lastAdmin = () =>
  new AppError(
    'last-admin',
    {
      id: 'Ini admin terakhir: buat admin lain dulu, agar hub tetap bisa dikelola.',
      en: 'This is the last admin: create another admin first, so the hub can still be managed.',
    },
    { status: 409 },
  );

/**
 * Users (admin manages; auditor reads): each desk operator gets their own login, so the audit log names who did
 * what. GET/POST /api/users, PATCH/DELETE /api/users/:username.
 */
export function userRoutes(app: HubApp, ctx: HubContext): void {
  const list = (): UserView[] => ctx.users.list();
  const target = (raw: string | undefined) => {
    const parsed = UsernameSchema.safeParse(raw ?? '');
    const username = parsed.success ? parsed.data : (raw ?? '');
    const found = parsed.success ? ctx.users.get(username) : undefined;
    if (!found) throw userNotFound(username);
    return found;
  };

  app.get('/api/users', requirePermission('users.read'), (c) => c.json({ users: list() } satisfies UsersResponse));

  app.post('/api/users', requirePermission('users.manage'), async (c) => {
    const me = c.get('user');
    const body = await readJson(c, CreateUserSchema, USER);
    if (!(await ctx.users.create(body.username, body.password, body.role, (w) => recordChange(c, w)))) {
      throw new AppError(
        'user-exists',
        {
          id: `Nama pengguna '${body.username}' sudah dipakai. Pilih nama lain atau ubah pengguna itu.`,
          en: `Username '${body.username}' is taken. Pick another name or edit that user.`,
        },
        { status: 409 },
      );
    }
    ctx.log.info('auth.user-created', { username: body.username, role: body.role, by: me.username });
    return c.json(
      list().find((u) => u.username === body.username),
      201,
    );
  });

  app.patch('/api/users/:username', requirePermission('users.manage'), async (c) => {
    const me = c.get('user');
    const user = target(c.req.param('username'));
    const body = await readJson(c, UpdateUserSchema, USER);
    if (user.role === 'admin' && body.role !== undefined && body.role !== 'admin' && ctx.users.countRole('admin') <= 1) {
      throw lastAdmin();
    }
    await ctx.users.update(user.username, body, (w) => recordChange(c, w));
    ctx.log.info('auth.user-updated', {
      username: user.username,
      role: body.role ?? user.role,
      password: body.password !== undefined,
      by: me.username,
    });
    return c.json(list().find((u) => u.username === user.username));
  });

  app.delete('/api/users/:username', requirePermission('users.manage'), (c) => {
    const me = c.get('user');
    const user = target(c.req.param('username'));
    if (user.username === me.username) {
      throw new AppError(
        'delete-self',
        {
          id: 'Anda tidak dapat menghapus akun yang sedang Anda pakai. Minta admin lain menghapusnya.',
          en: 'You cannot delete the account you are using. Ask another admin to delete it.',
        },
        { status: 409 },
      );
    }
    if (user.role === 'admin' && ctx.users.countRole('admin') <= 1) throw lastAdmin();
    recordChange(c, () => ctx.users.remove(user.username));
    ctx.log.info('auth.user-deleted', { username: user.username, by: me.username });
    return c.body(null, 204);
  });
}
