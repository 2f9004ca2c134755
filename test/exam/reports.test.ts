import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { afterEach, describe, expect, it } from 'vitest';
import type { Change } from '../../server/changes.js';
import { startExamHub, type ExamHub } from './helpers.js';

let t: ExamHub | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

/** A morning at the desk: 3 registered (one late with an override), 1 refused, 1 never came; two incidents. */
async function morning() {
  t = await startExamHub();
  const changes: Change[] = [];
  t.hub.ctx.changes.subscribe((c) => changes.push(c));
  const id = await t.session({
    signatories: {
      panselda: [{ name: 'Drs. H. Ahmad', nip: '196801011990031001', jabatan: 'Ketua Panselda' }],
      timCat: [{ name: 'Tim CAT BKN' }],
      pengawas: [{ name: 'Pengawas R1' }, { name: 'Pengawas R2' }],
    },
  });
  await t.importRoster(id, 'comma-lf.csv');
  const checkin = (participantNumber: string, nik: string, extra = {}) =>
    t!.api(`/api/sessions/${id}/checkins`, { body: { participantNumber, nik, ...extra } });
  await checkin('24300110120000001', '6310015503920001');
  t.clock.advance(10 * 60_000);
  await checkin('24300110120000003', '6310014107950003');
  await checkin('24300110120000002', '6310010000000000');
  t.clock.set('2026-11-23T07:57:00+08:00');
  await checkin('24300110120000004', '6310012512880004', { override: { reason: 'Terlambat, izin Ketua Panselda' } });
  t.clock.set('2026-11-23T08:40:00+08:00');
  await t.api(`/api/sessions/${id}/incidents`, {
    body: {
      room: 'R2',
      kind: 'listrik',
      description: 'Listrik PLN padam, UPS menahan sampai genset menyala',
      minutesLost: 4,
      timeAdded: true,
      addedMinutes: 4,
    },
  });
  await t.api(`/api/sessions/${id}/incidents`, {
    body: {
      at: '2026-11-23T08:20:00+08:00',
      kind: 'peserta',
      description: 'Peserta R1 kursi 3 sakit, dibantu petugas kesehatan',
    },
  });
  await t.api(`/api/sessions/${id}`, {
    method: 'PATCH',
    body: { actualStartAt: '2026-11-23T08:05:00+08:00', actualEndAt: '2026-11-23T09:49:00+08:00' },
  });
  return { t, id, changes };
}

describe('attendance, daftar hadir and berita acara', () => {
  it('counts per session and room, and publishes each change for the live dashboards', async () => {
    const { t, id, changes } = await morning();
    const a = await t.api(`/api/sessions/${id}/attendance`);
    expect(a.body).toMatchObject({
      registered: 5,
      present: 3,
      absent: 2,
      refused: 1,
      blind: { registered: 1, present: 1 },
    });
    expect(a.body.rooms).toEqual([
      { room: 'R1', registered: 3, present: 2, absent: 1, refused: 1 },
      { room: 'R2', registered: 2, present: 1, absent: 1, refused: 0 },
    ]);
    expect(a.body.participants.map((p: { number: string; status: string }) => [p.number.slice(-1), p.status])).toEqual([
      ['1', 'present'],
      ['2', 'refused'],
      ['3', 'present'],
      ['4', 'present'],
      ['7', 'absent'],
    ]);
    expect(changes).toContainEqual({ topics: ['attendance'], sessions: [id] });
    expect(changes).toContainEqual({ topics: ['incidents'], sessions: [id] });
    expect(changes).toContainEqual({ topics: ['attendance', 'sessions'], sessions: [id] });
  });

  it('gives printable daftar hadir rows per room with registration times', async () => {
    const { t, id } = await morning();
    const dh = await t.api(`/api/sessions/${id}/daftar-hadir?room=R1`);
    expect(dh.body).toMatchObject({
      title: 'DAFTAR HADIR PESERTA SKD',
      venueName: 'Gedung Serbaguna Batulicin',
      session: { date: '23/11/2026', start: '08:00', end: '09:40', zone: 'WITA' },
    });
    expect(dh.body.rooms).toHaveLength(1);
    expect(
      dh.body.rooms[0].rows.map((r: { no: number; seat: string; time: string; statusLabel: { id: string } }) => [
        r.no,
        r.seat,
        r.time,
        r.statusLabel.id,
      ]),
    ).toEqual([
      [1, '1', '06:30', 'Hadir'],
      [2, '2', '', 'Ditolak'],
      [3, '3', '06:40', 'Hadir'],
    ]);
  });

  it("signs the berita acara in the venue's town, and prints the venue's name where the session named none", async () => {
    t = await startExamHub();
    const id = await t.session({ venueName: '' });
    const bare = (await t.api(`/api/sessions/${id}/berita-acara`)).body;
    // No venue settings yet: the town is left for ink, never a dash.
    expect(bare.placeDate).toEqual({ id: '...................., 23 November 2026', en: '...................., 23 November 2026' });
    const venue = { name: 'Gedung Serbaguna Batulicin', address: 'Jl. Dharma Praja No. 1', city: 'Batulicin', timeZone: 'Asia/Makassar' };
    expect((await t.api('/api/venue', { method: 'PUT', body: venue })).status).toBe(200);
    expect((await t.api('/api/venue')).body.venue).toEqual(venue);
    expect(bare.roomNames).toEqual({});
    expect((await t.api('/api/rooms', { body: { id: 'R1', name: 'Aula Utama', kind: 'ruang-tes' } })).status).toBe(201);
    const ba = (await t.api(`/api/sessions/${id}/berita-acara`)).body;
    // Paper names the rooms the venue knows by name (R2 is not in the venue's rooms: its code stays).
    expect(ba.roomNames).toEqual({ R1: 'Aula Utama' });
    expect(ba.venue).toEqual({ name: 'Gedung Serbaguna Batulicin', address: 'Jl. Dharma Praja No. 1', city: 'Batulicin' });
    expect(ba.placeDate).toEqual({ id: 'Batulicin, 23 November 2026', en: 'Batulicin, 23 November 2026' });
    expect((await t.api(`/api/sessions/${id}/daftar-hadir`)).body.venueName).toBe('Gedung Serbaguna Batulicin');
    // A session that names its own venue keeps it.
    const named = await t.session({ name: 'SKD Sesi 2', startsAt: '2026-12-04T08:00:00+08:00', venueName: 'Aula Kantor Bupati' });
    const other = (await t.api(`/api/sessions/${named}/berita-acara`)).body;
    expect(other.venue.name).toBe('Aula Kantor Bupati');
    expect(other.placeDate.id).toBe('Batulicin, 4 Desember 2026');
    // A town too long for the line is refused with the field named; the stored one stays.
    const long = await t.api('/api/venue', { method: 'PUT', body: { ...venue, city: 'x'.repeat(101) } });
    expect(long.status).toBe(400);
    expect((await t.api('/api/venue')).body.venue.city).toBe('Batulicin');
  });

  it('writes the berita acara with the same counts, the incidents, the signatories and the audit head', async () => {
    const { t, id } = await morning();
    const ba = (await t.api(`/api/sessions/${id}/berita-acara`)).body;
    expect(ba.counts).toEqual({ registered: 5, present: 3, absent: 2, refused: 1 });
    const attendance = (await t.api(`/api/sessions/${id}/attendance`)).body;
    for (const key of ['registered', 'present', 'absent', 'refused']) expect(ba[key]).toBe(attendance[key]);
    expect(ba.session).toMatchObject({
      day: 'Senin',
      date: '23/11/2026',
      scheduledStart: '08:00',
      scheduledEnd: '09:40',
      actualStart: '08:05',
      actualEnd: '09:49',
      rooms: ['R1', 'R2'],
    });
    expect(ba).toMatchObject({
      overrides: 1,
      pinReissues: 0,
      refusalAttempts: { total: 1, nikMismatch: 1, notOnRoster: 0, windowClosed: 0 },
    });
    expect(ba.incidents.map((i: { no: number; time: string; kind: string; room: string }) => [i.no, i.time, i.kind, i.room])).toEqual([
      [1, '08:20', 'peserta', ''],
      [2, '08:40', 'listrik', 'R2'],
    ]);
    expect(ba.incidentTotals).toEqual({ count: 2, minutesLost: 4, timeAddedCount: 1 });
    expect(ba.signatories.pengawas).toHaveLength(2);
    const verify = await t.api('/api/audit/verify');
    expect(verify.body).toMatchObject({ intact: true, broken: null });
    expect(ba.audit).toEqual(verify.body.head);
    const download = await fetch(`${t.hub.url}/api/sessions/${id}/berita-acara?download`, {
      headers: { authorization: `Bearer ${t.token}` },
    });
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="berita-acara-${id}.json"`);
  });

  it('exports who sat and who did not as CSV and XLSX', async () => {
    const { t, id } = await morning();
    const get = (format: string) =>
      fetch(`${t.hub.url}/api/sessions/${id}/attendance/export?format=${format}`, {
        headers: { authorization: `Bearer ${t.token}` },
      });
    const csv = await get('csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = parse(await csv.text(), { bom: true }) as string[][];
    expect(rows.slice(1).map((r) => [r[1], r[2], r[8], r[9]])).toEqual([
      ['24300110120000001', '6310015503920001', 'Ya', 'Hadir'],
      ['24300110120000002', '6310010204900002', 'Tidak', 'Ditolak'],
      ['24300110120000003', '6310014107950003', 'Ya', 'Hadir'],
      ['24300110120000004', '6310012512880004', 'Ya', 'Hadir'],
      ['24300110120000007', '6310010101970007', 'Tidak', 'Tidak hadir'],
    ]);
    expect(rows[4]![12]).toBe('admin: Terlambat, izin Ketua Panselda');
    const xlsx = await get('xlsx');
    expect(xlsx.headers.get('content-disposition')).toBe(`attachment; filename="kehadiran-${id}.xlsx"`);
    const [sheet] = await readXlsxFile(Buffer.from(await xlsx.arrayBuffer()));
    expect(sheet!.data).toHaveLength(6);
    expect(sheet!.data[1]!.slice(1, 3)).toEqual(['24300110120000001', '6310015503920001']);
    expect((await t.api(`/api/sessions/${id}/attendance/export?format=pdf`)).status).toBe(400);
  });
});

describe('incidents', () => {
  it('creates, lists, updates and deletes incidents, each audited', async () => {
    const { t, id } = await morning();
    const list = await t.api(`/api/sessions/${id}/incidents`);
    expect(list.body.incidents).toHaveLength(2);
    const power = list.body.incidents[1];
    expect(power).toMatchObject({
      kind: 'listrik',
      kindLabel: { id: 'Listrik' },
      time: '08:40',
      timeAdded: true,
      addedMinutes: 4,
      createdBy: 'admin',
    });
    const patched = await t.api(`/api/sessions/${id}/incidents/${power.id}`, {
      method: 'PATCH',
      body: { minutesLost: 6, addedMinutes: 6 },
    });
    expect(patched.body).toMatchObject({ minutesLost: 6, addedMinutes: 6, updatedBy: 'admin' });
    expect((await t.api(`/api/sessions/${id}/incidents`, { body: { kind: 'gempa', description: 'x y z' } })).status).toBe(400);
    expect(
      (
        await t.api(`/api/sessions/${id}/incidents`, {
          body: { kind: 'jaringan', description: 'switch mati', room: 'R7' },
        })
      ).body.error.code,
    ).toBe('incident-room');
    expect((await t.api(`/api/sessions/${id}/incidents/${power.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await t.api(`/api/sessions/${id}/incidents/${power.id}`, { method: 'PATCH', body: { minutesLost: 1 } })).status).toBe(404);
    expect((await t.api(`/api/sessions/${id}/berita-acara`)).body.incidentTotals.count).toBe(1);
    const actions = (await t.api(`/api/sessions/${id}/audit`)).body.entries.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a.startsWith('incident.'))).toEqual([
      'incident.deleted',
      'incident.updated',
      'incident.created',
      'incident.created',
    ]);
  });
});
