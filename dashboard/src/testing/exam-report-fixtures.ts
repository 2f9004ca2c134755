import type { ExamSession } from '../../../protocol/exam.js';
import type { BeritaAcara, Incident } from '../../../protocol/exam-reports.js';
import { examSession as baseSession } from './exam-fixtures.js';

/** Answers of the hub's exam-day API as the component tests need them (SKD at 08:00 WITA, 23/11/2026). */

export const SESSION_ID = 'skd-20261123-1';

/** The session of exam-fixtures.ts under this file's id, with a roster of five. */
export function examSession(overrides: Partial<ExamSession> = {}): ExamSession {
  return baseSession({
    id: SESSION_ID,
    venueAddress: 'Jl. Dharma Praja No. 1, Batulicin, Tanah Bumbu',
    counts: { registered: 5, present: 3, absent: 2, refused: 1 },
    ...overrides,
  });
}

export function incident(overrides: Partial<Incident> & Pick<Incident, 'id'>): Incident {
  return {
    sessionId: SESSION_ID,
    at: '2026-11-23T00:40:00.000Z',
    time: '08:40',
    room: 'R2',
    kind: 'listrik',
    kindLabel: { id: 'Listrik', en: 'Power' },
    description: 'Listrik PLN padam, UPS menahan sampai genset menyala',
    minutesLost: 4,
    timeAdded: true,
    addedMinutes: 4,
    createdAt: '2026-11-23T00:41:00.000Z',
    createdBy: 'admin',
    updatedAt: null,
    updatedBy: null,
    ...overrides,
  };
}

/** A berita acara whose numbers are all different, so a test can tell which one a cell shows. */
export function beritaAcara(overrides: Partial<BeritaAcara> = {}): BeritaAcara {
  const counts = { registered: 57, present: 51, absent: 6, refused: 2 };
  const incidents = [
    {
      ...incident({
        id: 2,
        at: '2026-11-23T00:20:00.000Z',
        time: '08:20',
        room: '',
        kind: 'peserta',
        kindLabel: { id: 'Peserta', en: 'Participant' },
        description: 'Peserta R1 kursi 3 sakit, dibantu petugas kesehatan',
        minutesLost: 0,
        timeAdded: false,
        addedMinutes: 0,
      }),
      no: 1,
    },
    { ...incident({ id: 1, minutesLost: 13 }), no: 2 },
  ];
  return {
    ...counts,
    title: 'BERITA ACARA PELAKSANAAN SELEKSI KOMPETENSI DASAR (SKD)',
    venue: { name: 'Gedung Serbaguna Batulicin', address: 'Jl. Dharma Praja No. 1, Batulicin, Tanah Bumbu', city: 'Batulicin' },
    placeDate: { id: 'Batulicin, 23 November 2026', en: 'Batulicin, 23 November 2026' },
    session: {
      id: SESSION_ID,
      name: 'SKD Sesi 1',
      kind: 'SKD',
      kindLabel: { id: 'Seleksi Kompetensi Dasar (SKD)', en: 'Basic Competency Test (SKD)' },
      durationMinutes: 100,
      blindDurationMinutes: 130,
      zone: 'WITA',
      day: 'Senin',
      date: '23/11/2026',
      scheduledStart: '08:00',
      scheduledEnd: '09:40',
      actualStart: '08:05',
      actualEnd: '09:49',
      rooms: ['R1', 'R2'],
    },
    roomNames: { R1: 'Lab Komputer 1', R2: 'Lab Komputer 2' },
    counts,
    rooms: [
      { room: 'R1', registered: 30, present: 27, absent: 3, refused: 1 },
      { room: 'R2', registered: 27, present: 24, absent: 3, refused: 1 },
    ],
    blind: { registered: 3, present: 2 },
    overrides: 4,
    pinReissues: 7,
    refusalAttempts: { total: 11, nikMismatch: 8, notOnRoster: 2, windowClosed: 1 },
    incidents,
    incidentTotals: { count: 2, minutesLost: 17, timeAddedCount: 1 },
    signatories: {
      panselda: [{ name: 'Drs. H. Ahmad Fauzi', nip: '196801011990031001', jabatan: 'Ketua Panselda' }],
      timCat: [{ name: 'Rahmat Hidayat', nip: '', jabatan: 'Koordinator Tim CAT BKN' }],
      pengawas: [
        { name: 'Siti Rahmah', nip: '198903122015032001', jabatan: 'Pengawas R1' },
        { name: 'Bambang Irawan', nip: '', jabatan: 'Pengawas R2' },
      ],
    },
    notes: 'Ujian berjalan lancar setelah listrik kembali normal.',
    audit: { seq: 318, hash: '9f2c4e1ab07d5c3e88a1f0b2d4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90' },
    generatedAt: '2026-11-23T02:15:00.000Z',
    generatedText: { id: '23/11/2026 10.15 WITA', en: '23/11/2026 10:15 WITA' },
    ...overrides,
  };
}
