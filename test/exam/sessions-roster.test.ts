import { afterEach, describe, expect, it } from 'vitest';
import { startExamHub, type ExamHub } from './helpers.js';

let t: ExamHub | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

describe('sessions', () => {
  it('creates a session with the documented shape and lists it with local times', async () => {
    t = await startExamHub();
    const created = await t.api('/api/sessions', {
      body: { name: 'SKD Sesi 1', startsAt: '2026-11-23T08:00:00+08:00', durationMinutes: 100, kind: 'SKD' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: '20261123-1',
      name: 'SKD Sesi 1',
      kind: 'SKD',
      startsAt: '2026-11-23T08:00:00+08:00',
      endsAt: '2026-11-23T09:40:00+08:00',
      blindEndsAt: '2026-11-23T10:10:00+08:00',
      pinClosesAt: '2026-11-23T07:55:00+08:00',
      zone: 'WITA',
      registrationOpensAt: '2026-11-23T04:00:00+08:00',
      local: {
        date: '23/11/2026',
        start: '08:00',
        end: '09:40',
        blindEnd: '10:10',
        pinCloses: '07:55',
        registrationOpens: '04:00',
      },
      registrationOpen: true,
      pinWindowOpen: true,
      counts: { registered: 0, present: 0, absent: 0, refused: 0 },
      createdBy: 'admin',
    });
    const list = await t.api('/api/sessions');
    expect(list.body.sessions.map((s: { id: string }) => s.id)).toEqual(['20261123-1']);
    const patched = await t.api('/api/sessions/20261123-1', {
      method: 'PATCH',
      body: { pinCloseMinutes: 10, signatories: { panselda: [{ name: 'H. Ahmad', jabatan: 'Ketua' }] } },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      pinCloseMinutes: 10,
      local: { pinCloses: '07:50' },
      signatories: { panselda: [{ name: 'H. Ahmad', nip: '', jabatan: 'Ketua' }], pengawas: [] },
    });
  });

  it('refuses bad bodies with Indonesian and English reasons and unknown sessions with 404', async () => {
    t = await startExamHub();
    const noOffset = await t.api('/api/sessions', {
      body: { name: 'x', startsAt: '2026-11-23T08:00:00', kind: 'SKD' },
    });
    expect(noOffset.status).toBe(400);
    expect(noOffset.body.error).toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('startsAt'),
      en: expect.stringContaining('offset'),
    });
    const notJson = await t.api('/api/sessions', { body: '{', headers: { 'content-type': 'application/json' } });
    expect(notJson.body.error.code).toBe('bad-json');
    const missing = await t.api('/api/sessions/nope/attendance');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({
      code: 'session-not-found',
      message: expect.stringContaining("Sesi 'nope' tidak ada"),
    });
    expect((await t.hub.api('/api/sessions')).status).toBe(401);
  });

  it('deletes a session only while nobody has checked in', async () => {
    t = await startExamHub();
    const id = await t.session();
    await t.importRoster(id, 'comma-lf.csv');
    await t.api(`/api/sessions/${id}/checkins`, {
      body: { participantNumber: '24300110120000001', nik: '6310015503920001' },
    });
    const refused = await t.api(`/api/sessions/${id}`, { method: 'DELETE' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('session-has-checkins');
    const other = await t.session({ name: 'salah tanggal' });
    expect((await t.api(`/api/sessions/${other}`, { method: 'DELETE' })).status).toBe(204);
    expect((await t.api(`/api/sessions/${other}`)).status).toBe(404);
  });
});

describe('roster import', () => {
  it('imports valid rows, reports each rejected row with its line, and re-imports without duplicates', async () => {
    t = await startExamHub();
    const id = await t.session();
    const first = await t.importRoster(id, 'comma-lf.csv');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      imported: 5,
      added: 5,
      updated: 0,
      unchanged: 0,
      format: 'csv',
      headerLine: 1,
      registered: 5,
    });
    expect(first.body.rejected.map((r: { line: number }) => r.line)).toEqual([6, 7]);
    expect(first.body.rejected[1]).toEqual({
      line: 7,
      reason: 'Nama peserta kosong.',
      en: 'The participant name is empty.',
      participantNumber: '24300110120000006',
    });

    const again = await t.importRoster(id, 'comma-lf.csv');
    expect(again.body).toMatchObject({ imported: 5, added: 0, updated: 0, unchanged: 5, registered: 5 });
    const attendance = await t.api(`/api/sessions/${id}/attendance`);
    expect(attendance.body).toMatchObject({ registered: 5, present: 0, absent: 5, refused: 0 });
  });

  it('imports semicolon CSV with BOM and CRLF, refusing Excel-mangled NIKs', async () => {
    t = await startExamHub();
    const id = await t.session();
    const res = await t.importRoster(id, 'semicolon-crlf-bom.csv', 'application/vnd.ms-excel');
    expect(res.body.imported).toBe(2);
    expect(res.body.rejected.map((r: { line: number; reason: string }) => [r.line, r.reason.slice(0, 30)])).toEqual([
      [3, 'NIK rusak oleh Excel menjadi n'],
      [4, 'NIK harus 16 digit, tertulis 1'],
      [7, 'NIK ganda: sama dengan baris 2'],
    ]);
  });

  it('imports XLSX files: one written by a library and one shaped like an SSCASN export', async () => {
    t = await startExamHub();
    const id = await t.session();
    const lib = await t.importRoster(id, 'library.xlsx');
    expect(lib.body).toMatchObject({ imported: 3, format: 'xlsx', headerLine: 1 });
    expect(lib.body.rejected).toEqual([expect.objectContaining({ line: 3, participantNumber: '24300110120000032' })]);
    const sscasn = await t.importRoster(id, 'sscasn.xlsx');
    expect(sscasn.body).toMatchObject({ imported: 3, headerLine: 4, registered: 6 });
    expect(sscasn.body.rejected).toEqual([expect.objectContaining({ line: 7, reason: expect.stringContaining('notasi ilmiah') })]);
    const blind = await t.api(`/api/sessions/${id}/participants/24300110120000042`);
    expect(blind.body).toMatchObject({
      name: 'Indah Permata',
      blind: true,
      durationMinutes: 130,
      nikMasked: '6310********0042',
    });
  });

  it('keeps checked-in participants as registered when a changed roster is imported, and loses no one', async () => {
    t = await startExamHub();
    const id = await t.session();
    await t.importRoster(id, 'comma-lf.csv');
    const checkin = await t.api(`/api/sessions/${id}/checkins`, {
      body: { participantNumber: '24300110120000001', nik: '6310015503920001' },
    });
    expect(checkin.status).toBe(201);
    const changed =
      'NO PESERTA,NIK,NAMA,RUANG\n24300110120000001,6310015503920001,Siti Berubah,R9\n24300110120000004,6310012512880004,Ahmad Fauzi,R3\n';
    const res = await t.importRoster(id, new TextEncoder().encode(changed));
    expect(res.body).toMatchObject({ imported: 1, updated: 1, notInFile: 3, registered: 5 });
    expect(res.body.notApplied).toEqual([
      expect.objectContaining({
        line: 2,
        participantNumber: '24300110120000001',
        reason: expect.stringContaining('sudah registrasi'),
      }),
    ]);
    const siti = await t.api(`/api/sessions/${id}/participants/24300110120000001`);
    expect(siti.body).toMatchObject({ name: 'Siti Aisyah, S.Pd', room: 'R1', status: 'present' });
    expect((await t.api(`/api/sessions/${id}/participants/24300110120000004`)).body.room).toBe('R3');
  });

  it('refuses files it cannot read with a reason and keeps what was stored', async () => {
    t = await startExamHub();
    const id = await t.session();
    await t.importRoster(id, 'comma-lf.csv');
    const noHeader = await t.importRoster(id, new TextEncoder().encode('A;B\n1;2\n'));
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.error).toMatchObject({
      code: 'roster-no-header',
      message: expect.stringContaining('NO PESERTA'),
      en: expect.stringContaining('NIK'),
    });
    const xls = await t.importRoster(id, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'application/vnd.ms-excel');
    expect(xls.body.error.message).toContain('.xls');
    const brokenZip = await t.importRoster(id, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]));
    expect(brokenZip.status).toBe(400);
    const multipart = await t.importRoster(id, new TextEncoder().encode('x'), 'multipart/form-data; boundary=x');
    expect(multipart.status).toBe(415);
    expect((await t.api(`/api/sessions/${id}/attendance`)).body.registered).toBe(5);
  });
});
