import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../protocol/exam.js';
import type { Incident } from '../../../protocol/exam-reports.js';
import type { SessionRecord } from '../sessions/store.js';
import { attendanceReport, beritaAcara, daftarHadir } from './build.js';

const session: SessionRecord = {
  id: '20261123-1',
  name: 'SKD Sesi 1',
  kind: 'SKD',
  startsAt: '2026-11-23T00:00:00.000Z',
  timeZone: 'Asia/Makassar',
  durationMinutes: 100,
  blindDurationMinutes: 130,
  pinCloseMinutes: 5,
  registrationOpensMinutes: 240,
  pinSource: 'siapcat',
  rooms: ['R1', 'R2'],
  venueName: 'Gedung Mahligai Bersujud',
  venueAddress: 'Batulicin',
  signatories: { panselda: [{ name: 'Ketua', nip: '1', jabatan: 'Ketua Panselda' }], timCat: [], pengawas: [] },
  actualStartAt: '2026-11-23T00:07:00.000Z',
  actualEndAt: null,
  notes: '',
  createdAt: '2026-11-20T00:00:00.000Z',
  createdBy: 'admin',
};

function person(number: string, room: string, status: Participant['status'], extra: Partial<Participant> = {}): Participant {
  return {
    number,
    nikMasked: '6310********0001',
    name: `Peserta ${number}`,
    jabatan: 'Guru',
    room,
    seat: number.slice(-1),
    disability: '',
    blind: false,
    durationMinutes: 100,
    birthDate: '',
    status,
    checkedInAt: status === 'present' ? '2026-11-22T23:10:00.000Z' : null,
    checkedInTime: status === 'present' ? '07:10' : '',
    checkedInBy: status === 'present' ? 'meja1' : null,
    override: null,
    pin: null,
    ...extra,
  };
}

const people = [
  person('1001', 'R1', 'present'),
  person('1002', 'R1', 'refused'),
  person('1003', 'R2', 'present', { blind: true, override: { by: 'admin', reason: 'terlambat, disetujui' } }),
  person('1004', 'R2', 'absent', { blind: true }),
];
const incident = (minutesLost: number, timeAdded: boolean): Incident => ({
  id: minutesLost,
  sessionId: session.id,
  at: '2026-11-23T00:40:00.000Z',
  time: '08:40',
  room: 'R2',
  kind: 'listrik',
  kindLabel: { id: 'Listrik', en: 'Power' },
  description: 'padam',
  minutesLost,
  timeAdded,
  addedMinutes: timeAdded ? minutesLost : 0,
  createdAt: '',
  createdBy: 'admin',
  updatedAt: null,
  updatedBy: null,
});
const now = new Date('2026-11-23T02:30:00Z');

describe('berita acara', () => {
  it('computes every number from the records', () => {
    const ba = beritaAcara({
      session,
      participants: people,
      rooms: ['R1', 'R2'],
      incidents: [incident(3, false), incident(12, true)],
      refusalsByCode: { 'nik-mismatch': 2, 'not-on-roster': 1 },
      reissues: 1,
      audit: { seq: 9, hash: 'ab'.repeat(32) },
      now,
    });
    expect(ba.title).toBe('BERITA ACARA PELAKSANAAN SELEKSI KOMPETENSI DASAR (SKD)');
    expect(ba.counts).toEqual({ registered: 4, present: 2, absent: 2, refused: 1 });
    expect(ba.rooms).toEqual([
      { room: 'R1', registered: 2, present: 1, absent: 1, refused: 1 },
      { room: 'R2', registered: 2, present: 1, absent: 1, refused: 0 },
    ]);
    expect(ba.blind).toEqual({ registered: 2, present: 1 });
    expect(ba.overrides).toBe(1);
    expect(ba.refusalAttempts).toEqual({ total: 3, nikMismatch: 2, notOnRoster: 1, windowClosed: 0 });
    expect(ba.incidents.map((i) => i.no)).toEqual([1, 2]);
    expect(ba.incidentTotals).toEqual({ count: 2, minutesLost: 15, timeAddedCount: 1 });
    expect(ba.session).toMatchObject({
      day: 'Senin',
      date: '23/11/2026',
      scheduledStart: '08:00',
      scheduledEnd: '09:40',
      actualStart: '08:07',
      actualEnd: '',
      zone: 'WITA',
    });
    expect(ba.generatedText).toEqual({ id: '23/11/2026 10.30 WITA', en: '23/11/2026 10:30 WITA' });
  });
});

describe('daftar hadir and attendance', () => {
  it('groups rows by room with numbering from 1 and the registration time', () => {
    const dh = daftarHadir(session, [...people, person('1005', '', 'absent')], ['R1', 'R2'], now);
    expect(dh.rooms.map((r) => [r.room, r.rows.map((x) => x.no)])).toEqual([
      ['R1', [1, 2]],
      ['R2', [1, 2]],
      ['', [1]],
    ]);
    expect(dh.rooms[0]!.rows[0]).toMatchObject({ number: '1001', time: '07:10', statusLabel: { id: 'Hadir' } });
    expect(daftarHadir(session, people, ['R1', 'R2'], now, 'R2').rooms.map((r) => r.room)).toEqual(['R2']);
  });

  it("calls who has not come 'belum hadir' while check-in is open, 'tidak hadir' once it closed", () => {
    const absent = [person('1005', 'R1', 'absent')];
    const before = daftarHadir(session, absent, ['R1'], new Date('2026-11-22T23:54:59Z'));
    expect(before.final).toBe(false);
    expect(before.rooms[0]!.rows[0]!.statusLabel).toEqual({ id: 'Belum hadir', en: 'Not yet present' });
    const after = daftarHadir(session, absent, ['R1'], new Date('2026-11-22T23:55:00Z'));
    expect(after.final).toBe(true);
    expect(after.rooms[0]!.rows[0]!.statusLabel).toEqual({ id: 'Tidak hadir', en: 'Absent' });
  });

  it('answers the attendance shape with the same counts', () => {
    const a = attendanceReport(session, people, ['R1', 'R2'], now);
    expect(a).toMatchObject({ registered: 4, present: 2, absent: 2, refused: 1, sessionId: '20261123-1' });
    expect(a.participants).toHaveLength(4);
  });

  it('says whether the attendance counts are final (PIN issuance closed) and when they will be', () => {
    const before = attendanceReport(session, people, ['R1'], new Date('2026-11-22T23:54:59Z'));
    expect(before).toMatchObject({ final: false, finalAt: '2026-11-23T07:55:00+08:00' });
    expect(attendanceReport(session, people, ['R1'], new Date('2026-11-22T23:55:00Z')).final).toBe(true);
  });
});
