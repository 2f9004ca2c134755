import { z } from 'zod/mini';
import type { CheckinRequest, CreateSessionRequest, ExamSession, Participant, ParticipantStatus, ReissueRequest, UpdateSessionRequest } from '../../../protocol/exam.js';
import type { CheckinResponse, Refusal, RosterImportResult } from '../../../protocol/exam-responses.js';
import type { AttendanceResponse, AuditEntry, BeritaAcara, DaftarHadirResponse, Incident, IncidentRequest } from '../../../protocol/exam-reports.js';
import { seg, type ApiClient } from './client.js';

/**
 * Exam day calls (protocol/exam.ts). The hub builds these answers from its own records and the
 * protocol describes them as TypeScript types; here each answer is checked for the fields that
 * say it is the right kind of object, so a hub of another version fails with a clear message
 * instead of a blank page.
 */
function shaped<T>(...keys: string[]) {
  return z.custom<T>(
    (value) => typeof value === 'object' && value !== null && keys.every((k) => k in value),
    { error: `expected an object with ${keys.join(', ')}` },
  );
}

const SessionSchema = shaped<ExamSession>('id', 'name', 'startsAt', 'local', 'counts', 'rooms');
const SessionsSchema = z.object({ sessions: z.array(SessionSchema) });
const ParticipantSchema = shaped<Participant>('number', 'name', 'status');
const ParticipantsSchema = z.object({ total: z.number(), participants: z.array(ParticipantSchema) });
const CheckinSchema = shaped<CheckinResponse>('pin', 'participant', 'slip');
const RosterResultSchema = shaped<RosterImportResult>('imported', 'rejected', 'registered');
const AttendanceSchema = shaped<AttendanceResponse>('registered', 'present', 'absent', 'refused', 'rooms', 'participants');
const DaftarHadirSchema = shaped<DaftarHadirResponse>('title', 'session', 'rooms');
const IncidentSchema = shaped<Incident>('id', 'at', 'kind', 'description');
const IncidentsSchema = z.object({ incidents: z.array(IncidentSchema) });
const BeritaAcaraSchema = shaped<BeritaAcara>('title', 'venue', 'session', 'counts', 'incidents', 'signatories');
const AuditSchema = z.object({ entries: z.array(shaped<AuditEntry>('seq', 'action', 'hash')) });
const RefusalsSchema = z.object({ refusals: z.array(shaped<Refusal>('at', 'code')) });

const base = (id: string) => `/api/sessions/${seg(id)}`;

export function listSessions(api: ApiClient): Promise<ExamSession[]> {
  return api.get('/api/sessions', { schema: SessionsSchema }).then((r) => r.sessions);
}

export function getSession(api: ApiClient, id: string): Promise<ExamSession> {
  return api.get(base(id), { schema: SessionSchema });
}

export function createSession(api: ApiClient, body: CreateSessionRequest): Promise<ExamSession> {
  return api.request('POST', '/api/sessions', { body, schema: SessionSchema });
}

export function updateSession(api: ApiClient, id: string, body: UpdateSessionRequest): Promise<ExamSession> {
  return api.request('PATCH', base(id), { body, schema: SessionSchema });
}

export async function deleteSession(api: ApiClient, id: string): Promise<void> {
  await api.request('DELETE', base(id));
}

/** POST the roster file (CSV or XLSX) as it is: the hub recognises the format from its bytes. */
export function importRoster(api: ApiClient, id: string, file: Blob): Promise<RosterImportResult> {
  return api.request('POST', `${base(id)}/roster`, { body: file, schema: RosterResultSchema });
}

/** The participant a scanned card or typed number points at (before the NIK is typed). */
export function lookupParticipant(api: ApiClient, id: string, scan: string): Promise<Participant> {
  return api
    .get(`${base(id)}/lookup`, { query: { scan }, schema: z.object({ participant: ParticipantSchema }) })
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
  return api.get(`${base(id)}/participants`, { query: { ...query }, schema: ParticipantsSchema });
}

export function checkIn(api: ApiClient, id: string, body: CheckinRequest): Promise<CheckinResponse> {
  return api.request('POST', `${base(id)}/checkins`, { body, schema: CheckinSchema });
}

export function reissuePin(api: ApiClient, id: string, number: string, body: ReissueRequest): Promise<CheckinResponse> {
  return api.request('POST', `${base(id)}/participants/${seg(number)}/pin/reissue`, { body, schema: CheckinSchema });
}

export function listRefusals(api: ApiClient, id: string): Promise<Refusal[]> {
  return api.get(`${base(id)}/refusals`, { schema: RefusalsSchema }).then((r) => r.refusals);
}

export function getAttendance(api: ApiClient, id: string): Promise<AttendanceResponse> {
  return api.get(`${base(id)}/attendance`, { schema: AttendanceSchema });
}

/** The attendance export (who sat the exam and who did not) as a file: CSV or XLSX. */
export function exportAttendance(api: ApiClient, id: string, format: 'csv' | 'xlsx') {
  return api.file(`${base(id)}/attendance/export`, { format });
}

export function getDaftarHadir(api: ApiClient, id: string, room?: string): Promise<DaftarHadirResponse> {
  return api.get(`${base(id)}/daftar-hadir`, { query: { room }, schema: DaftarHadirSchema });
}

export function listIncidents(api: ApiClient, id: string): Promise<Incident[]> {
  return api.get(`${base(id)}/incidents`, { schema: IncidentsSchema }).then((r) => r.incidents);
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
  return api.get(`${base(id)}/audit`, { query: { limit }, schema: AuditSchema }).then((r) => r.entries);
}

export interface AuditVerification {
  intact: boolean;
  count: number;
  head: { seq: number; hash: string } | null;
  broken: { seq: number; text: { id: string; en: string } } | null;
}

/** GET /api/audit/verify: walks the whole hash chain (every session) and names the first broken entry. */
export function verifyAudit(api: ApiClient): Promise<AuditVerification> {
  return api.get('/api/audit/verify', { schema: shaped<AuditVerification>('intact', 'count', 'broken') });
}
