import type { z } from 'zod/mini';
import { HealthSchema, MachineDetailSchema, MachinesResponseSchema, MeSchema, ServersResponseSchema, VenueReadinessSchema } from './api.js';
import { HandoverRecordSchema, SealsResponseSchema } from './custody.js';
import { HandoversResponseSchema, TrialDetailSchema, TrialsResponseSchema } from './custody-responses.js';
import { CapturesResponseSchema } from './captures.js';
import { PhotosResponseSchema } from './custody-photos.js';
import { EnrollmentInfoSchema } from './enrollment.js';
import {
  AttendanceResponseSchema,
  AuditPageSchema,
  AuditVerifySchema,
  BeritaAcaraSchema,
  DaftarHadirResponseSchema,
  IncidentsResponseSchema,
} from './exam-reports.js';
import { ExamSessionSchema, ParticipantSchema } from './exam.js';
import { LookupResponseSchema, ParticipantsPageSchema, RefusalsResponseSchema, SessionsResponseSchema } from './exam-responses.js';
import { FacilitiesResponseSchema, FacilitySummarySchema } from './facilities.js';
import { RegionLinkStatusSchema } from './region.js';
import { SeatSwitchesResponseSchema } from './seat-switch.js';
import { ResultsResponseSchema } from './results.js';
import { BoardResponseSchema, LetterVerificationSchema, RekapHasilSchema } from './results-responses.js';
import { UsersResponseSchema } from './users.js';
import { VenueStateSchema } from './venue.js';

/** A route that answers a file (a download, a spreadsheet, a PDF), not JSON: its content types. */
export interface FileAnswer {
  file: RegExp;
}

export type ResponseContract = z.ZodMiniType | FileAnswer;

export const isFileAnswer = (c: ResponseContract): c is FileAnswer => 'file' in c && c.file instanceof RegExp;

const SPREADSHEET = { file: /^(text\/csv|application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet)\b/ };

/**
 * What every GET route of the venue hub answers (200), by its route pattern. The hub's handlers
 * are typed against these schemas' types; test/hub/contract.test.ts calls every registered GET
 * route of a seeded hub and fails when a route is missing here or answers something its schema
 * does not describe (a missing, mistyped or extra field). The dashboard never imports this file
 * (it would ship every schema); it imports the resource files it reads.
 */
export const GET_RESPONSES: Readonly<Record<string, ResponseContract>> = {
  '/api/health': HealthSchema,
  '/api/me': MeSchema,
  '/api/users': UsersResponseSchema,
  // venue, readiness, machines, enrollment, facilities
  '/api/venue': VenueStateSchema,
  '/api/venue/readiness': VenueReadinessSchema,
  '/api/servers': ServersResponseSchema,
  '/api/machines': MachinesResponseSchema,
  '/api/machines/:id': MachineDetailSchema,
  '/api/enrollment': EnrollmentInfoSchema,
  '/api/agent-bin/:file': { file: /^application\/octet-stream\b/ },
  '/api/facilities': FacilitiesResponseSchema,
  '/api/facilities/summary': FacilitySummarySchema,
  '/api/captures': CapturesResponseSchema,
  // exam day
  '/api/sessions': SessionsResponseSchema,
  '/api/sessions/:id': ExamSessionSchema,
  '/api/sessions/:id/lookup': LookupResponseSchema,
  '/api/sessions/:id/participants': ParticipantsPageSchema,
  '/api/sessions/:id/participants/:number': ParticipantSchema,
  '/api/sessions/:id/refusals': RefusalsResponseSchema,
  '/api/sessions/:id/attendance': AttendanceResponseSchema,
  '/api/sessions/:id/attendance/export': SPREADSHEET,
  '/api/sessions/:id/daftar-hadir': DaftarHadirResponseSchema,
  '/api/sessions/:id/berita-acara': BeritaAcaraSchema,
  '/api/sessions/:id/incidents': IncidentsResponseSchema,
  '/api/sessions/:id/audit': AuditPageSchema,
  '/api/audit/verify': AuditVerifySchema,
  // results
  '/api/sessions/:id/results': ResultsResponseSchema,
  '/api/sessions/:id/results/board': BoardResponseSchema,
  '/api/sessions/:id/results/rekap': RekapHasilSchema,
  '/api/sessions/:id/results/export': SPREADSHEET,
  '/api/results/letters/:code': LetterVerificationSchema,
  '/api/results/letters/:code/pdf': { file: /^application\/pdf\b/ },
  // custody
  '/api/custody/seals': SealsResponseSchema,
  '/api/custody/handovers': HandoversResponseSchema,
  '/api/custody/handovers/:id': HandoverRecordSchema,
  '/api/custody/trials': TrialsResponseSchema,
  '/api/custody/trials/:id': TrialDetailSchema,
  '/api/custody/switches': SeatSwitchesResponseSchema,
  '/api/custody/photos': PhotosResponseSchema,
  '/api/custody/photos/:sha256': { file: /^image\/(jpeg|png|webp)$/ },
  // the link to the regional service
  '/api/region-link': RegionLinkStatusSchema,
};
