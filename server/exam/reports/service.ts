import type { AttendanceResponse, BeritaAcara, DaftarHadirResponse } from '../../../protocol/exam-reports.js';
import type { ExamDeps } from '../deps.js';
import { incidentView } from '../incidents/rules.js';
import { loadSession, rosterOf } from '../sessions/service.js';
import { pinWindowOpen } from '../sessions/rules.js';
import { localDayBounds, localTime } from '../time.js';
import { attendanceReport, beritaAcara, daftarHadir } from './build.js';
import { exportCsv, exportXlsx } from './export.js';

export function attendanceOf(deps: ExamDeps, sessionId: string): AttendanceResponse {
  const session = loadSession(deps, sessionId);
  const { participants, rooms } = rosterOf(deps, session);
  return attendanceReport(session, participants, rooms, deps.clock.now());
}

export function daftarHadirOf(deps: ExamDeps, sessionId: string, room?: string): DaftarHadirResponse {
  const session = loadSession(deps, sessionId);
  const { participants, rooms } = rosterOf(deps, session);
  const sheet = daftarHadir(session, participants, rooms, deps.clock.now(), room);
  // A session created without its venue's name prints the venue settings' name, never "Lokasi: —".
  return sheet.venueName ? sheet : { ...sheet, venueName: deps.venue?.()?.name ?? '' };
}

export function beritaAcaraOf(deps: ExamDeps, sessionId: string): BeritaAcara {
  // One read transaction: the counts, the incidents and the audit head describe the same moment.
  return deps.db.transaction(() => {
    const session = loadSession(deps, sessionId);
    const { participants, rooms } = rosterOf(deps, session);
    const ba = beritaAcara({
      session,
      participants,
      rooms,
      incidents: deps.incidents.list(sessionId).map((i) => incidentView(i, session.timeZone)),
      refusalsByCode: deps.desk.refusalCounts(sessionId),
      reissues: deps.desk.reissueCount(sessionId),
      audit: deps.audit.head(),
      now: deps.clock.now(),
      venue: deps.venue?.() ?? null,
      roomNames: new Map((deps.rooms?.() ?? []).map((r) => [r.id, r.name])),
    });
    const results = deps.resultsSection?.(sessionId);
    const day = localDayBounds(session.startsAt, session.timeZone);
    const custody = deps.custodySection?.(sessionId, {
      from: day.from.toISOString(),
      to: day.to.toISOString(),
      rooms,
      time: (iso) => localTime(iso, session.timeZone).time,
    });
    return { ...ba, ...(results ? { results } : {}), ...(custody ? { custody } : {}) };
  })();
}

export async function exportOf(
  deps: ExamDeps,
  sessionId: string,
  format: 'csv' | 'xlsx',
): Promise<{ body: string | Buffer; filename: string; type: string }> {
  const session = loadSession(deps, sessionId);
  const rows = deps.participants.all(sessionId);
  const filename = `kehadiran-${session.id}.${format}`;
  const final = !pinWindowOpen(session, deps.clock.now());
  if (format === 'csv') return { body: exportCsv(session, rows, final), filename, type: 'text/csv; charset=utf-8' };
  return {
    body: await exportXlsx(session, rows, final),
    filename,
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
