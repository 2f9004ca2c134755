import { afterEach, describe, expect, it } from 'vitest';
import { USER_ROLES } from '../../protocol/users.js';
import { can } from '../../server/auth/permissions.js';
import { startExamHub, type ExamHub } from '../exam/helpers.js';

let exam: ExamHub | undefined;
afterEach(async () => {
  await exam?.stop();
  exam = undefined;
});

async function loginAs(e: ExamHub, username: string, password: string): Promise<string> {
  const res = await e.hub.api('/api/login', { method: 'POST', body: { username, password } });
  expect(res.status).toBe(200);
  return res.body.token;
}

describe('hub users and roles', () => {
  it('lets the admin give each desk its own login; the audit and attendance name the operator', async () => {
    exam = await startExamHub('2026-11-23T06:30:00+08:00');
    const created = await exam.api('/api/users', { method: 'POST', body: { username: 'Meja1', password: 'meja-satu-2026', role: 'operator' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username: 'meja1', role: 'operator', sessions: 0 });
    const token = await loginAs(exam, 'meja1', 'meja-satu-2026');

    const id = await exam.session();
    expect((await exam.importRoster(id, 'comma-lf.csv')).status).toBe(200);
    const checkin = await exam.hub.api(`/api/sessions/${id}/checkins`, {
      method: 'POST',
      token,
      body: { participantNumber: '24300110120000001', nik: '6310015503920001' },
    });
    expect(checkin.status).toBe(201);
    expect(checkin.body.participant.checkedInBy).toBe('meja1');
    const audit = (await exam.api(`/api/sessions/${id}/audit`)).body.entries;
    expect(audit.find((e: { action: string }) => e.action === 'checkin.registered')).toMatchObject({ actor: 'meja1' });

    const listed = (await exam.api('/api/users')).body.users;
    expect(listed.map((u: { username: string; role: string; sessions: number }) => [u.username, u.role, u.sessions])).toEqual([
      ['admin', 'admin', 1],
      ['meja1', 'operator', 1],
    ]);
  });

  it('refuses an operator the users and the override; a supervisor may override', async () => {
    exam = await startExamHub('2026-11-23T07:58:00+08:00');
    await exam.api('/api/users', { method: 'POST', body: { username: 'meja2', password: 'meja-dua-2026', role: 'operator' } });
    await exam.api('/api/users', { method: 'POST', body: { username: 'korlap', password: 'koordinator-2026', role: 'supervisor' } });
    const operator = await loginAs(exam, 'meja2', 'meja-dua-2026');
    const supervisor = await loginAs(exam, 'korlap', 'koordinator-2026');

    const users = await exam.hub.api('/api/users', { token: operator });
    expect(users.status).toBe(403);
    expect(users.body.error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('meja2 (peran operator)') });

    const id = await exam.session();
    await exam.importRoster(id, 'comma-lf.csv');
    const body = {
      participantNumber: '24300110120000001',
      nik: '6310015503920001',
      override: { reason: 'bus peserta terlambat' },
    };
    const refused = await exam.hub.api(`/api/sessions/${id}/checkins`, { method: 'POST', token: operator, body });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('override-not-allowed');
    const allowed = await exam.hub.api(`/api/sessions/${id}/checkins`, { method: 'POST', token: supervisor, body });
    expect(allowed.status).toBe(201);
    expect(allowed.body.participant.override).toEqual({ by: 'korlap', reason: 'bus peserta terlambat' });
  });

  it('walks the override row for every role: a PIN re-issue after the window closed', async () => {
    exam = await startExamHub('2026-11-23T07:00:00+08:00');
    const tokens = new Map<string, string>();
    for (const role of USER_ROLES) {
      if (role === 'admin') {
        tokens.set(role, exam.token);
        continue;
      }
      await exam.api('/api/users', { method: 'POST', body: { username: `r-${role}`, password: `sandi-${role}-2026`, role } });
      tokens.set(role, await loginAs(exam, `r-${role}`, `sandi-${role}-2026`));
    }
    const id = await exam.session();
    await exam.importRoster(id, 'comma-lf.csv');
    const number = '24300110120000001';
    expect((await exam.api(`/api/sessions/${id}/checkins`, { body: { participantNumber: number, nik: '6310015503920001' } })).status).toBe(201);
    exam.clock.set('2026-11-23T07:58:00+08:00');
    for (const role of USER_ROLES) {
      const res = await exam.hub.api(`/api/sessions/${id}/participants/${number}/pin/reissue`, {
        token: tokens.get(role)!,
        body: { reason: 'Slip hilang', override: { reason: 'bus peserta terlambat' } },
      });
      if (can(role, 'exam.override')) expect(res.status, role).toBe(201);
      else expect(res.status, role).toBe(403);
      if (!can(role, 'exam.override') && can(role, 'pin.reissue')) expect(res.body.error.code, role).toBe('override-not-allowed');
    }
    const audit = (await exam.api(`/api/sessions/${id}/audit`)).body.entries.filter((e: { action: string }) => e.action === 'pin.override');
    expect(audit.map((e: { actor: string }) => e.actor).sort()).toEqual(['admin', 'r-supervisor']);
  });

  it('ends logins on a password or role change, keeps one admin, and explains every refusal', async () => {
    exam = await startExamHub();
    await exam.api('/api/users', { method: 'POST', body: { username: 'meja3', password: 'meja-tiga-2026', role: 'operator' } });
    const old = await loginAs(exam, 'meja3', 'meja-tiga-2026');
    const changed = await exam.api('/api/users/meja3', { method: 'PATCH', body: { password: 'kata-sandi-baru' } });
    expect(changed.status).toBe(200);
    expect((await exam.hub.api('/api/me', { token: old })).status).toBe(401);
    await loginAs(exam, 'meja3', 'kata-sandi-baru');

    const taken = await exam.api('/api/users', { method: 'POST', body: { username: 'meja3', password: 'lain-lagi-2026', role: 'operator' } });
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toContain("'meja3' sudah dipakai");
    const badName = await exam.api('/api/users', { method: 'POST', body: { username: 'meja 4', password: 'meja-empat-2026', role: 'operator' } });
    expect(badName.status).toBe(400);
    const shortPassword = await exam.api('/api/users', { method: 'POST', body: { username: 'meja4', password: 'pendek', role: 'operator' } });
    expect(shortPassword.status).toBe(400);
    const badRole = await exam.api('/api/users', { method: 'POST', body: { username: 'meja4', password: 'meja-empat-2026', role: 'root' } });
    expect(badRole.status).toBe(400);

    const demote = await exam.api('/api/users/admin', { method: 'PATCH', body: { role: 'operator' } });
    expect(demote.status).toBe(409);
    expect(demote.body.error.code).toBe('last-admin');
    expect((await exam.api('/api/users/admin', { method: 'DELETE' })).body.error.code).toBe('delete-self');
    expect((await exam.api('/api/users/nobody', { method: 'DELETE' })).status).toBe(404);
    expect((await exam.api('/api/users/meja3', { method: 'DELETE' })).status).toBe(204);
    expect((await exam.api('/api/users')).body.users.map((u: { username: string }) => u.username)).toEqual(['admin']);
  });
});
