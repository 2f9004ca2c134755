import type { ExamSession, Participant } from '../../../protocol/exam.js';
import type { AttendanceResponse, DaftarHadirResponse } from '../../../protocol/exam-reports.js';
import { PARTICIPANT_STATUS_LABELS, SESSION_KIND_LABELS } from '../../../protocol/exam.js';
import { examSession as baseSession, participant as baseParticipant } from './exam-fixtures.js';

/** Exam-day answers shaped exactly like the hub's (GET /api/sessions/:id, /attendance, /daftar-hadir). */

/** The session of exam-fixtures.ts as S1 with a roster of five (see roster()). */
export function examSession(overrides: Partial<ExamSession> = {}): ExamSession {
  return baseSession({
    id: 'S1',
    venueAddress: 'Jl. Dharma Praja, Batulicin',
    counts: { registered: 5, present: 3, absent: 2, refused: 1 },
    ...overrides,
  });
}

/** A participant of exam-fixtures.ts; present ones checked in at 06:30 by the desk meja1. */
export function participant(overrides: Partial<Participant> & Pick<Participant, 'number' | 'name'>): Participant {
  const present = (overrides.status ?? 'absent') === 'present';
  return baseParticipant({
    ...(present
      ? {
          checkedInAt: '2026-11-22T22:30:00.000Z',
          checkedInTime: '06:30',
          checkedInBy: 'meja1',
          pin: { issuedAt: '2026-11-22T22:30:00.000Z', issuedBy: 'meja1', reissues: 0 },
        }
      : {}),
    ...overrides,
  });
}

/** Five on the roster: three present (one blind), one refused at the desk, one who never came. */
export function roster(): Participant[] {
  return [
    participant({ number: '24300110120000001', name: 'Siti Aisyah, S.Pd', seat: '1', status: 'present' }),
    participant({
      number: '24300110120000002',
      name: 'Budi Santoso',
      jabatan: 'Pranata Komputer Ahli Pertama',
      seat: '2',
      status: 'refused',
    }),
    participant({
      number: '24300110120000003',
      name: 'Rina "Ina" Marlina',
      jabatan: 'Perawat Terampil',
      seat: '3',
      status: 'present',
      blind: true,
      disability: 'Tunanetra',
      durationMinutes: 130,
      checkedInTime: '06:40',
    }),
    participant({
      number: '24300110120000004',
      name: 'Ahmad Fauzi',
      jabatan: 'Penyuluh Pertanian',
      room: 'R2',
      seat: '1',
      status: 'present',
      checkedInTime: '07:57',
    }),
    participant({ number: '24300110120000007', name: 'Yusuf Maulana', room: 'R2', seat: '4', status: 'absent' }),
  ];
}

export function attendance(participants: Participant[] = roster(), sessionId = 'S1'): AttendanceResponse {
  const count = (list: Participant[]) => {
    const present = list.filter((p) => p.status === 'present').length;
    return {
      registered: list.length,
      present,
      absent: list.length - present,
      refused: list.filter((p) => p.status === 'refused').length,
    };
  };
  const rooms = [...new Set(['R1', 'R2', ...participants.map((p) => p.room)])];
  const blind = participants.filter((p) => p.blind);
  return {
    sessionId,
    ...count(participants),
    rooms: rooms.map((room) => ({ room, ...count(participants.filter((p) => p.room === room)) })),
    blind: { registered: blind.length, present: blind.filter((p) => p.status === 'present').length },
    participants,
    generatedAt: '2026-11-22T23:58:00.000Z',
    final: true,
    finalAt: '2026-11-23T07:55:00+08:00',
  };
}

export function daftarHadir(participants: Participant[] = roster(), onlyRoom?: string): DaftarHadirResponse {
  const a = attendance(participants);
  return {
    title: 'DAFTAR HADIR PESERTA SKD',
    venueName: 'Gedung Serbaguna Batulicin',
    session: {
      id: 'S1',
      name: 'SKD Sesi 1',
      kindLabel: SESSION_KIND_LABELS.SKD,
      date: '23/11/2026',
      start: '08:00',
      end: '09:40',
      zone: 'WITA',
    },
    rooms: a.rooms
      .filter((r) => onlyRoom === undefined || r.room === onlyRoom)
      .map(({ room, ...counts }) => ({
        room,
        counts,
        rows: participants
          .filter((p) => p.room === room)
          .map((p, i) => ({
            no: i + 1,
            number: p.number,
            name: p.name,
            jabatan: p.jabatan,
            seat: p.seat,
            blind: p.blind,
            status: p.status,
            statusLabel: PARTICIPANT_STATUS_LABELS[p.status],
            time: p.checkedInTime,
          })),
      })),
    final: true,
    generatedAt: '2026-11-22T23:58:00.000Z',
    generatedText: { id: '23/11/2026 07.58 WITA', en: '23/11/2026 07:58 WITA' },
  };
}
