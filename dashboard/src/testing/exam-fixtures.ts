import type { ExamSession, Participant } from '../../../protocol/exam.js';
import type { CheckinResponse } from '../../../protocol/exam-responses.js';

/** Exam-day answers as the hub gives them (SKD, 23/11/2026 08:00 WITA), for component tests. */
export function examSession(overrides: Partial<ExamSession> = {}): ExamSession {
  return {
    id: 'skd-1',
    name: 'SKD Sesi 1',
    kind: 'SKD',
    kindLabel: { id: 'Seleksi Kompetensi Dasar (SKD)', en: 'Basic Competency Test (SKD)' },
    startsAt: '2026-11-23T08:00:00+08:00',
    endsAt: '2026-11-23T09:40:00+08:00',
    blindEndsAt: '2026-11-23T10:10:00+08:00',
    pinClosesAt: '2026-11-23T07:55:00+08:00',
    durationMinutes: 100,
    blindDurationMinutes: 130,
    pinCloseMinutes: 5,
    registrationOpensMinutes: 240,
    registrationOpensAt: '2026-11-23T04:00:00+08:00',
    pinSource: 'siapcat',
    timeZone: 'Asia/Makassar',
    zone: 'WITA',
    local: { date: '23/11/2026', start: '08:00', end: '09:40', blindEnd: '10:10', pinCloses: '07:55', registrationOpens: '04:00' },
    rooms: ['R1', 'R2'],
    venueName: 'Gedung Serbaguna Batulicin',
    venueAddress: 'Jl. Raya Batulicin',
    signatories: { panselda: [], timCat: [], pengawas: [] },
    actualStartAt: null,
    actualEndAt: null,
    notes: '',
    pinWindowOpen: true,
    registrationOpen: true,
    counts: { registered: 430, present: 12, absent: 418, refused: 1 },
    createdAt: '2026-11-20T01:00:00.000Z',
    createdBy: 'admin',
    ...overrides,
  };
}

export function participant(overrides: Partial<Participant> = {}): Participant {
  return {
    number: '24300110120000001',
    nikMasked: '6310********0001',
    name: 'Siti Aisyah, S.Pd',
    jabatan: 'Guru Ahli Pertama',
    room: 'R1',
    seat: '1',
    disability: '',
    blind: false,
    durationMinutes: 100,
    birthDate: '15/03/1992',
    status: 'absent',
    checkedInAt: null,
    checkedInTime: '',
    checkedInBy: null,
    override: null,
    pin: null,
    ...overrides,
  };
}

export function checkinResponse(p: Participant = participant(), pin = 'K7QM3X'): CheckinResponse {
  const present: Participant = {
    ...p,
    status: 'present',
    checkedInAt: '2026-11-22T22:31:00.000Z',
    checkedInTime: '06:31',
    checkedInBy: 'admin',
    pin: { issuedAt: '2026-11-22T22:31:00.000Z', issuedBy: 'admin', reissues: 0 },
  };
  return {
    pin,
    pinSource: 'siapcat',
    participant: present,
    slip: {
      venueName: 'Gedung Serbaguna Batulicin',
      sessionId: 'skd-1',
      sessionName: 'SKD Sesi 1',
      kind: 'SKD',
      date: '23/11/2026',
      start: '08:00',
      zone: 'WITA',
      durationMinutes: p.durationMinutes,
      room: p.room,
      seat: p.seat,
      participantNumber: p.number,
      name: p.name,
      jabatan: p.jabatan,
      blind: p.blind,
      pin,
      issuedAt: '2026-11-22T22:31:00.000Z',
      issuedTime: '06:31',
    },
    audit: { seq: 7, hash: 'ab'.repeat(32) },
  };
}
