import type { ExamHub } from '../exam/helpers.js';

export const N = (n: number) => `2430011012000000${n}`;

/** A results export as the CAT team's spreadsheet gives it: a title, a blank row, then the header. */
export function resultsCsv(rows: string[], header = 'No Peserta;Nama;TWK;TIU;TKP;Jumlah;Waktu'): Uint8Array {
  return new TextEncoder().encode(['Rekap Hasil SKD Sesi 1;;;;;;', ';;;;;;', header, ...rows].join('\r\n'));
}

export function importResults(t: ExamHub, sessionId: string, bytes: Uint8Array, token?: string) {
  return t.hub.api(`/api/sessions/${sessionId}/results`, {
    method: 'POST',
    body: bytes,
    token: token ?? t.token,
    headers: { 'content-type': 'text/csv' },
  });
}

/** A morning: roster of 5, check-ins of 001 (06:30), 002 (06:45) and 003 (06:50, blind). 004 and 007 never come. */
export async function checkedInSession(t: ExamHub): Promise<string> {
  const id = await t.session();
  await t.importRoster(id, 'comma-lf.csv');
  const checkin = (participantNumber: string, nik: string) =>
    t.api(`/api/sessions/${id}/checkins`, { body: { participantNumber, nik } });
  await checkin(N(1), '6310015503920001');
  t.clock.set('2026-11-23T06:45:00+08:00');
  await checkin(N(2), '6310010204900002');
  t.clock.set('2026-11-23T06:50:00+08:00');
  await checkin(N(3), '6310014107950003');
  return id;
}

export async function userToken(t: ExamHub, username: string, role: string): Promise<string> {
  const created = await t.api('/api/users', { body: { username, password: 'rahasia-123', role } });
  if (created.status !== 201) throw new Error(`user: ${created.status} ${JSON.stringify(created.body)}`);
  const login = await t.hub.api('/api/login', { body: { username, password: 'rahasia-123' } });
  return login.body.token as string;
}
