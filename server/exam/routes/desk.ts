import { CheckinRequestSchema, ReissueRequestSchema, VerifyPinRequestSchema, type ParticipantStatus } from '../../../protocol/exam.js';
import { requirePermission } from '../../auth/permissions.js';
import type { HubApp } from '../../feature.js';
import { readJson } from '../../http/json.js';
import type { ExamDeps } from '../deps.js';
import { participantNotFound } from '../errors.js';
import { maskNikRuns } from '../identity.js';
import { reissuePin, verifyPin } from '../desk/pins.js';
import { checkIn, participantOf, resolveScan } from '../desk/service.js';
import { loadSession, rosterOf } from '../sessions/service.js';
import { intParam, numberParam } from './params.js';
import type { LookupResponse, ParticipantsPage, RefusalsResponse } from '../../../protocol/exam-responses.js';

const STATUSES: readonly string[] = ['present', 'absent', 'refused'];

export function deskRoutes(app: HubApp, deps: ExamDeps): void {
  app.post('/api/sessions/:id/checkins', requirePermission('checkin.record'), async (c) => {
    const body = await readJson(c, CheckinRequestSchema, { id: 'Data registrasi', en: 'Check-in' });
    return c.json(await checkIn(deps, c.req.param('id'), body, c.get('user')), 201);
  });

  /** What the desk shows after the card is scanned, before the NIK is typed. */
  app.get('/api/sessions/:id/lookup', requirePermission('participants.lookup'), (c) => {
    const session = loadSession(deps, c.req.param('id'));
    const scan = c.req.query('scan') ?? '';
    const { number } = resolveScan(deps, session.id, scan);
    if (!number) throw participantNotFound(maskNikRuns(scan.trim().slice(0, 60)) || '(kosong)', session.name);
    return c.json({ participant: participantOf(deps, session, number) } satisfies LookupResponse);
  });

  /** Search: q matches number or name (case-insensitive); room and status filter; paged. */
  app.get('/api/sessions/:id/participants', requirePermission('participants.read'), (c) => {
    const session = loadSession(deps, c.req.param('id'));
    const q = (c.req.query('q') ?? '').trim().toLowerCase();
    const room = c.req.query('room');
    const status = c.req.query('status');
    const limit = intParam(c, 'limit', c.req.query('limit'), 1000, { min: 1, max: 10_000 });
    const offset = intParam(c, 'offset', c.req.query('offset'), 0);
    const all = rosterOf(deps, session).participants.filter(
      (p) =>
        (q === '' || p.number.toLowerCase().includes(q) || p.name.toLowerCase().includes(q)) &&
        (room === undefined || p.room === room) &&
        (status === undefined || !STATUSES.includes(status) || p.status === (status as ParticipantStatus)),
    );
    return c.json({ total: all.length, participants: all.slice(offset, offset + limit) } satisfies ParticipantsPage);
  });

  app.get('/api/sessions/:id/participants/:number', requirePermission('participants.read'), (c) => {
    const session = loadSession(deps, c.req.param('id'));
    return c.json(participantOf(deps, session, numberParam(c)));
  });

  app.post('/api/sessions/:id/participants/:number/pin/reissue', requirePermission('pin.reissue'), async (c) => {
    const body = await readJson(c, ReissueRequestSchema, { id: 'Data terbit ulang PIN', en: 'PIN re-issue' });
    return c.json(await reissuePin(deps, c.req.param('id'), numberParam(c), body, c.get('user')), 201);
  });

  app.post('/api/sessions/:id/pins/verify', requirePermission('pin.verify'), async (c) => {
    const body = await readJson(c, VerifyPinRequestSchema, { id: 'Data verifikasi PIN', en: 'PIN verification' });
    return c.json(verifyPin(deps, c.req.param('id'), body, c.get('user')));
  });

  app.get('/api/sessions/:id/refusals', requirePermission('refusals.read'), (c) => {
    const session = loadSession(deps, c.req.param('id'));
    return c.json({ refusals: deps.desk.refusals(session.id) } satisfies RefusalsResponse);
  });
}
