import {
  ExamSessionSchema,
  type CheckinRequest,
  type CreateSessionRequest,
  type ExamSession,
  type Participant,
  type ParticipantStatus,
  type ReissueRequest,
  type UpdateSessionRequest,
} from '../../../protocol/exam.js';
import {
  CheckinResponseSchema,
  LookupResponseSchema,
  ParticipantsPageSchema,
  RefusalsResponseSchema,
  RosterImportResultSchema,
  SessionsResponseSchema,
  type CheckinResponse,
  type Refusal,
  type RosterImportResult,
} from '../../../protocol/exam-responses.js';
import {
  AttendanceResponseSchema,
  AuditPageSchema,
  AuditVerifySchema,
  BeritaAcaraSchema,
  DaftarHadirResponseSchema,
  IncidentSchema,
  IncidentsResponseSchema,
  type AttendanceResponse,
  type AuditEntry,
  type AuditVerify,
  type BeritaAcara,
  type DaftarHadirResponse,
  type Incident,
  type IncidentRequest,
} from '../../../protocol/exam-reports.js';
import { seg, type ApiClient } from './client.js';

/**
 * Exam day calls. Each answer is read with the protocol's schema of it (protocol/exam.ts,
 * exam-responses.ts, exam-reports.ts), so a hub of another version fails with a clear message
 * instead of a blank page.
 */

const base = (id: string) => `/api/sessions/${seg(id)}`;

export function listSessions(api: ApiClient): Promise<ExamSession[]> {
  return api.get('/api/sessions', { schema: SessionsResponseSchema }).then((r) => r.sessions);
}

export function getSession(api: ApiClient, id: string): Promise<ExamSession> {
  return api.get(base(id), { schema: ExamSessionSchema });
}

export function createSession(api: ApiClient, body: CreateSessionRequest): Promise<ExamSession> {
  return api.request('POST', '/api/sessions', { body, schema: ExamSessionSchema });
}

export function updateSession(api: ApiClient, id: string, body: UpdateSessionRequest): Promise<ExamSession> {
  return api.request('PATCH', base(id), { body, schema: ExamSessionSchema });
}

export async function deleteSession(api: ApiClient, id: string): Promise<void> {
  await api.request('DELETE', base(id));
}

/** POST the roster file (CSV or XLSX) as it is: the hub recognises the format from its bytes. */
export function importRoster(api: ApiClient, id: string, file: Blob): Promise<RosterImportResult> {
  return api.request('POST', `${base(id)}/roster`, { body: file, schema: RosterImportResultSchema });
}

/** The participant a scanned card or typed number points at (before the NIK is typed). */
export function lookupParticipant(api: ApiClient, id: string, scan: string): Promise<Participant> {
  return api
    .get(`${base(id)}/lookup`, { query: { scan }, schema: LookupResponseSchema })
    .then((r) => r.participant);
}

export interface ParticipantQuery {
  q?: string;
  room?: string;
  status?: ParticipantStatus;
  limit?: number;
  offset?: number;
}

export function searchParticipants(api: ApiClient, id: string, query: ParticipantQuery = {}) {
  return api.get(`${base(id)}/participants`, { query: { ...query }, schema: ParticipantsPageSchema });
}

export function checkIn(api: ApiClient, id: string, body: CheckinRequest): Promise<CheckinResponse> {
  return api.request('POST', `${base(id)}/checkins`, { body, schema: CheckinResponseSchema });
}

export function reissuePin(api: ApiClient, id: string, number: string, body: ReissueRequest): Promise<CheckinResponse> {
  return api.request('POST', `${base(id)}/participants/${seg(number)}/pin/reissue`, { body, schema: CheckinResponseSchema });
}

export function listRefusals(api: ApiClient, id: string): Promise<Refusal[]> {
  return api.get(`${base(id)}/refusals`, { schema: RefusalsResponseSchema }).then((r) => r.refusals);
}

export function getAttendance(api: ApiClient, id: string): Promise<AttendanceResponse> {
  return api.get(`${base(id)}/attendance`, { schema: AttendanceResponseSchema });
}

/** The attendance export (who sat the exam and who did not) as a file: CSV or XLSX. */
export function exportAttendance(api: ApiClient, id: string, format: 'csv' | 'xlsx') {
  return api.file(`${base(id)}/attendance/export`, { format });
}

export function getDaftarHadir(api: ApiClient, id: string, room?: string): Promise<DaftarHadirResponse> {
  return api.get(`${base(id)}/daftar-hadir`, { query: { room }, schema: DaftarHadirResponseSchema });
}

export function listIncidents(api: ApiClient, id: string): Promise<Incident[]> {
  return api.get(`${base(id)}/incidents`, { schema: IncidentsResponseSchema }).then((r) => r.incidents);
}

export function createIncident(api: ApiClient, id: string, body: IncidentRequest): Promise<Incident> {
  return api.request('POST', `${base(id)}/incidents`, { body, schema: IncidentSchema });
}

export function updateIncident(api: ApiClient, id: string, incident: number, body: Partial<IncidentRequest>): Promise<Incident> {
  return api.request('PATCH', `${base(id)}/incidents/${incident}`, { body, schema: IncidentSchema });
}

export async function deleteIncident(api: ApiClient, id: string, incident: number): Promise<void> {
  await api.request('DELETE', `${base(id)}/incidents/${incident}`);
}

export function getBeritaAcara(api: ApiClient, id: string): Promise<BeritaAcara> {
  return api.get(`${base(id)}/berita-acara`, { schema: BeritaAcaraSchema });
}

export function getSessionAudit(api: ApiClient, id: string, limit = 200): Promise<AuditEntry[]> {
  return api.get(`${base(id)}/audit`, { query: { limit }, schema: AuditPageSchema }).then((r) => r.entries);
}

export type AuditVerification = AuditVerify;

/** GET /api/audit/verify: walks the whole hash chain (every session) and names the first broken entry. */
export function verifyAudit(api: ApiClient): Promise<AuditVerification> {
  return api.get('/api/audit/verify', { schema: AuditVerifySchema });
}
