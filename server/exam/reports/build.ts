import { NOT_YET_PRESENT_LABEL, PARTICIPANT_STATUS_LABELS, SESSION_KIND_LABELS, type Participant } from '../../../protocol/exam.js';
import { type AttendanceResponse, type BeritaAcara, type DaftarHadirResponse, type Incident } from '../../../protocol/exam-reports.js';
import { endsAt, pinClosesAt, pinWindowOpen } from '../sessions/rules.js';
import type { SessionRecord } from '../sessions/store.js';
import { dateTimeWords, dayName, isoInZone, localTime, placeDate } from '../time.js';
import { attendanceCounts, countOf } from './counts.js';

/** Reports of a session, pure over its records: nothing here reads a clock or a database. */

export function attendanceReport(session: SessionRecord, participants: Participant[], rooms: string[], now: Date): AttendanceResponse {
  const { counts, rooms: roomCounts, blind } = attendanceCounts(participants, rooms);
  return {
    sessionId: session.id,
    ...counts,
    rooms: roomCounts,
    blind,
    participants,
    generatedAt: now.toISOString(),
    final: !pinWindowOpen(session, now),
    finalAt: isoInZone(pinClosesAt(session), session.timeZone),
  };
}

export function daftarHadir(
  session: SessionRecord,
  participants: Participant[],
  rooms: string[],
  now: Date,
  onlyRoom?: string,
): DaftarHadirResponse {
  const start = localTime(session.startsAt, session.timeZone);
  const final = !pinWindowOpen(session, now);
  const groups = rooms.filter((r) => onlyRoom === undefined || r === onlyRoom);
  if (onlyRoom === undefined && participants.some((p) => p.room === '')) groups.push('');
  return {
    title: `DAFTAR HADIR PESERTA ${session.kind}`,
    venueName: session.venueName,
    session: {
      id: session.id,
      name: session.name,
      kindLabel: SESSION_KIND_LABELS[session.kind],
      date: start.date,
      start: start.time,
      end: localTime(endsAt(session), session.timeZone).time,
      zone: start.zone,
    },
    rooms: groups.map((room) => {
      const inRoom = participants.filter((p) => p.room === room);
      return {
        room,
        counts: countOf(inRoom),
        rows: inRoom.map((p, i) => ({
          no: i + 1,
          number: p.number,
          name: p.name,
          jabatan: p.jabatan,
          seat: p.seat,
          blind: p.blind,
          status: p.status,
          statusLabel: p.status === 'absent' && !final ? NOT_YET_PRESENT_LABEL : PARTICIPANT_STATUS_LABELS[p.status],
          time: p.checkedInTime,
        })),
      };
    }),
    final,
    generatedAt: now.toISOString(),
    generatedText: dateTimeWords(now, session.timeZone),
  };
}

export interface BeritaAcaraInput {
  session: SessionRecord;
  participants: Participant[];
  rooms: string[];
  incidents: Incident[];
  refusalsByCode: Record<string, number>;
  reissues: number;
  audit: { seq: number; hash: string } | null;
  now: Date;
  /** The venue settings: they stand in for a name or address the session left empty, and give the town. */
  venue?: { name: string; address: string; city: string } | null;
  /** Room code -> name, from the venue's rooms. */
  roomNames?: ReadonlyMap<string, string>;
}

const KIND_TITLES = {
  SKD: 'SELEKSI KOMPETENSI DASAR (SKD)',
  SKB: 'SELEKSI KOMPETENSI BIDANG (SKB)',
  PPPK: 'SELEKSI PPPK',
} as const;

/** The berita acara (Lampiran C.3.b.7.j): attendance, incidents and signatories, every number from the records. */
export function beritaAcara(input: BeritaAcaraInput): BeritaAcara {
  const { session, participants, now } = input;
  const zone = session.timeZone;
  const { counts, rooms, blind } = attendanceCounts(participants, input.rooms);
  const start = localTime(session.startsAt, zone);
  const at = (iso: string | null) => (iso ? localTime(iso, zone).time : '');
  const refusal = (code: string) => input.refusalsByCode[code] ?? 0;
  return {
    ...counts,
    title: `BERITA ACARA PELAKSANAAN ${KIND_TITLES[session.kind]}`,
    venue: {
      name: session.venueName || input.venue?.name || '',
      address: session.venueAddress || input.venue?.address || '',
      city: input.venue?.city ?? '',
    },
    placeDate: placeDate(input.venue?.city ?? '', session.startsAt, zone),
    session: {
      id: session.id,
      name: session.name,
      kind: session.kind,
      kindLabel: SESSION_KIND_LABELS[session.kind],
      durationMinutes: session.durationMinutes,
      blindDurationMinutes: session.blindDurationMinutes,
      zone: start.zone,
      day: dayName(session.startsAt, zone),
      date: start.date,
      scheduledStart: start.time,
      scheduledEnd: localTime(endsAt(session), zone).time,
      actualStart: at(session.actualStartAt),
      actualEnd: at(session.actualEndAt),
      rooms: input.rooms,
    },
    roomNames: Object.fromEntries(input.rooms.flatMap((id) => (input.roomNames?.has(id) ? [[id, input.roomNames.get(id)!]] : []))),
    counts,
    rooms,
    blind,
    overrides: participants.filter((p) => p.override !== null).length,
    pinReissues: input.reissues,
    refusalAttempts: {
      total: Object.values(input.refusalsByCode).reduce((a, b) => a + b, 0),
      nikMismatch: refusal('nik-mismatch'),
      notOnRoster: refusal('not-on-roster'),
      windowClosed: refusal('window-closed'),
    },
    incidents: input.incidents.map((incident, i) => ({ ...incident, no: i + 1 })),
    incidentTotals: {
      count: input.incidents.length,
      minutesLost: input.incidents.reduce((a, x) => a + x.minutesLost, 0),
      timeAddedCount: input.incidents.filter((x) => x.timeAdded).length,
    },
    signatories: session.signatories,
    notes: session.notes,
    audit: input.audit,
    generatedAt: now.toISOString(),
    generatedText: dateTimeWords(now, zone),
  };
}
