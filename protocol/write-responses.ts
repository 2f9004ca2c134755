import { z } from 'zod/mini';
import { LoginResponseSchema, MachineSummarySchema } from './api.js';
import { CaptureRecordSchema } from './captures.js';
import { HandoverRecordSchema, SealSchema } from './custody.js';
import { PhotoAttachedSchema } from './custody-photos.js';
import { TrialSchema, WitnessAnswerSchema } from './custody-responses.js';
import { EnrollmentInfoSchema, NewEnrollmentCodeSchema } from './enrollment.js';
import { IncidentSchema } from './exam-reports.js';
import { CheckinResponseSchema, RosterImportResultSchema, VerifyPinResponseSchema } from './exam-responses.js';
import { ExamSessionSchema } from './exam.js';
import { FacilityRowSchema } from './facilities.js';
import { ResultRowSchema, ResultsImportResultSchema, ResultsResponseSchema } from './results.js';
import { LetterIssuedSchema } from './results-responses.js';
import { SeatSwitchRecordSchema } from './seat-switch.js';
import { SeatingImportResultSchema } from './seating.js';
import { UserViewSchema } from './users.js';
import { PlanImportResultSchema, RoomSchema, SeatSchema, ServerSchema, VenueSchema } from './venue.js';

/** POST /api/machines/:id/recheck (202): the request the agent answers with a fresh report. */
export const RecheckResponseSchema = z.object({ requestId: z.string() });
export type RecheckResponse = z.infer<typeof RecheckResponseSchema>;
/** PUT /api/rooms/:id/seats: the room's seats as stored. */
export const SeatsResponseSchema = z.object({ seats: z.array(SeatSchema) });
export type SeatsResponse = z.infer<typeof SeatsResponseSchema>;
/** POST /api/sessions/:id/results/:number: the row as stored, and whether it changed (201) or was the same (200). */
export const ResultEntryAnswerSchema = z.object({ result: ResultRowSchema, changed: z.boolean() });
export type ResultEntryAnswer = z.infer<typeof ResultEntryAnswerSchema>;

/** A write route's answer: its success statuses and the schema of its JSON body (none: 204, no body). */
export interface WriteContract {
  status: readonly number[];
  schema?: z.ZodMiniType;
  /** The answer is a file to save (not JSON): only its status and Content-Disposition are checked. */
  download?: true;
}

const ok = (schema: z.ZodMiniType, ...status: number[]): WriteContract => ({ status: status.length ? status : [200], schema });
const created = (schema: z.ZodMiniType): WriteContract => ok(schema, 201);
const NO_CONTENT: WriteContract = { status: [204] };

/**
 * What every POST, PUT, PATCH and DELETE route of the venue hub answers when it succeeds, by
 * "METHOD pattern". test/hub/contract-writes.test.ts calls each on a real hub and fails when a route
 * is missing here or answers something its schema does not describe (like GET_RESPONSES for reads).
 */
export const WRITE_RESPONSES: Readonly<Record<string, WriteContract>> = {
  // accounts
  'POST /api/setup': created(LoginResponseSchema),
  'POST /api/login': ok(LoginResponseSchema),
  'POST /api/logout': NO_CONTENT,
  'POST /api/users': created(UserViewSchema),
  'PATCH /api/users/:username': ok(UserViewSchema),
  'DELETE /api/users/:username': NO_CONTENT,
  // the admin's encrypted backup download (Pengaturan > Cadangan)
  'POST /api/backup': { status: [200], download: true },
  // venue, machines, enrollment, facilities, old PCs' files
  'PUT /api/venue': ok(VenueSchema),
  'POST /api/venue/plan': ok(PlanImportResultSchema),
  'POST /api/rooms': created(RoomSchema),
  'PUT /api/rooms/:id': ok(RoomSchema),
  'DELETE /api/rooms/:id': NO_CONTENT,
  'PUT /api/rooms/:id/seats': ok(SeatsResponseSchema),
  'POST /api/servers': created(ServerSchema),
  'PUT /api/servers/:id': ok(ServerSchema),
  'DELETE /api/servers/:id': NO_CONTENT,
  'POST /api/machines/:id/recheck': ok(RecheckResponseSchema, 202),
  'PUT /api/machines/:id/placement': ok(MachineSummarySchema),
  'POST /api/machines/:id/approve': ok(MachineSummarySchema),
  'DELETE /api/machines/:id': NO_CONTENT,
  'POST /api/seating/preview': ok(SeatingImportResultSchema),
  'POST /api/seating': ok(SeatingImportResultSchema),
  'PUT /api/rooms/:id/seat-servers': ok(SeatsResponseSchema),
  'POST /api/enrollment/codes': created(NewEnrollmentCodeSchema),
  'DELETE /api/enrollment/codes/:id': NO_CONTENT,
  'POST /api/enrollment/rotate': ok(EnrollmentInfoSchema),
  'PUT /api/facilities/:id': ok(FacilityRowSchema),
  'DELETE /api/facilities/:id': NO_CONTENT,
  'POST /api/captures': created(CaptureRecordSchema),
  'DELETE /api/captures/:id': NO_CONTENT,
  // exam day
  'POST /api/sessions': created(ExamSessionSchema),
  'PATCH /api/sessions/:id': ok(ExamSessionSchema),
  'DELETE /api/sessions/:id': NO_CONTENT,
  'POST /api/sessions/:id/roster': ok(RosterImportResultSchema),
  'POST /api/sessions/:id/checkins': created(CheckinResponseSchema),
  'POST /api/sessions/:id/participants/:number/pin/reissue': created(CheckinResponseSchema),
  'POST /api/sessions/:id/pins/verify': ok(VerifyPinResponseSchema),
  'POST /api/sessions/:id/incidents': created(IncidentSchema),
  'PATCH /api/sessions/:id/incidents/:incident': ok(IncidentSchema),
  'DELETE /api/sessions/:id/incidents/:incident': NO_CONTENT,
  // results
  'POST /api/sessions/:id/results': ok(ResultsImportResultSchema),
  'POST /api/sessions/:id/results/explanations': ok(ResultsResponseSchema),
  'POST /api/sessions/:id/results/:number': ok(ResultEntryAnswerSchema, 200, 201),
  'POST /api/sessions/:id/results/:number/letter': created(LetterIssuedSchema),
  // custody
  'POST /api/custody/seals': created(SealSchema),
  'POST /api/custody/seals/:id/open': ok(SealSchema),
  'POST /api/custody/switches': created(SeatSwitchRecordSchema),
  'POST /api/custody/handovers': created(HandoverRecordSchema),
  'POST /api/custody/trials': ok(TrialSchema, 202),
  'PATCH /api/custody/trials/:id': ok(TrialSchema),
  'POST /api/custody/:kind/:id/witness': ok(WitnessAnswerSchema),
  // 201 a new link (200: that photo was already on that part).
  'POST /api/custody/photos': ok(PhotoAttachedSchema, 201, 200),
};
