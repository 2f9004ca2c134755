import type { Participant } from '../../../protocol/exam.js';
import type { CheckinResponse } from '../../../protocol/exam-responses.js';
import { AppError } from '../../../protocol/errors.js';
import type { AuthUser } from '../../auth/users.js';
import type { ExamDeps } from '../deps.js';
import { nikInCardField, participantNotFound, tooBusyForPin } from '../errors.js';
import { maskNik, maskNikRuns, nikShaped } from '../identity.js';
import { participantView } from '../roster/view.js';
import { loadSession } from '../sessions/service.js';
import type { SessionRecord } from '../sessions/store.js';
import { formatDate } from '../../../protocol/time.js';
import { clockWords, dateTimeWords } from '../time.js';
import { decideCheckin } from './decide.js';
import { generatePin, hashPin } from './pin.js';
import { scanCandidates } from './scan.js';
import { pinSlip } from './slip.js';

const MAX_PIN_TRIES = 50;

/**
 * The roster number a scan means in this session: the one candidate on the roster. A NIK-shaped
 * input that is not a roster number is refused here as input (nothing recorded, nothing counted,
 * the NIK only masked in the answer): the operator typed the KTP's NIK into the card field.
 */
export function resolveScan(deps: ExamDeps, sessionId: string, scanned: string): { number?: string; candidates: string[] } {
  const candidates = scanCandidates(scanned);
  const found = deps.participants.existing(sessionId, candidates);
  if (found.length > 1) {
    throw new AppError(
      'scan-ambiguous',
      {
        id: `Hasil pindai memuat lebih dari satu nomor peserta sesi ini (${found.join(', ')}). Ketik nomor peserta secara manual.`,
        en: `The scan holds more than one participant number of this session (${found.join(', ')}). Type the participant number by hand.`,
      },
      { status: 400 },
    );
  }
  if (found[0]) return { number: found[0], candidates };
  const nik = nikShaped(scanned);
  if (nik) throw nikInCardField(maskNik(nik));
  return { candidates };
}

export function participantOf(deps: ExamDeps, session: SessionRecord, number: string): Participant {
  const row = deps.participants.get(session.id, number);
  if (!row) throw participantNotFound(number, session.name);
  return participantView(row, session);
}

/** A fresh PIN unique in the session, stored as a hash; returns the plaintext. Inside a transaction. */
export function issuePin(
  deps: ExamDeps,
  session: SessionRecord,
  number: string,
  at: string,
  by: string,
  reason: 'checkin' | 'reissue',
  override: { by: string; reason: string } | null,
): { pin: string; id: number } {
  for (let i = 0; i < MAX_PIN_TRIES; i++) {
    const pin = generatePin(deps.random);
    const hash = hashPin(deps.pinKey, session.id, pin);
    if (deps.desk.pinHashTaken(session.id, hash)) continue;
    return { pin, id: deps.desk.addPin({ sessionId: session.id, number, hash, at, by, reason, override }) };
  }
  throw tooBusyForPin();
}

export interface CheckinBody {
  participantNumber: string;
  nik: string;
  override?: { reason: string } | undefined;
  slipRef?: string | undefined;
}

/**
 * One attempt at the check-in desk, decided and recorded in one durable transaction (shared with
 * other desks' attempts of the same moment, see CommitQueue): a registration with its PIN, a
 * refusal, or a repeated check-in, each in the audit log. The answer (or the refusal error) is
 * given only after the commit is on disk.
 */
export async function checkIn(deps: ExamDeps, sessionId: string, body: CheckinBody, user: AuthUser): Promise<CheckinResponse> {
  const outcome = await deps.commits.run(() => {
    const session = loadSession(deps, sessionId);
    const { number, candidates } = resolveScan(deps, sessionId, body.participantNumber);
    const row = number ? deps.participants.get(sessionId, number) : undefined;
    const other = row ? undefined : deps.participants.elsewhere(candidates, sessionId);
    const otherSession = other && deps.sessions.get(other.sessionId);
    const now = deps.clock.now();
    const at = now.toISOString();
    const decision = decideCheckin({
      session,
      participant: row,
      ...(otherSession
        ? {
            elsewhere: {
              sessionName: otherSession.name,
              start: dateTimeWords(otherSession.startsAt, otherSession.timeZone),
            },
          }
        : {}),
      scanned: body.participantNumber,
      nik: body.nik,
      checkin: number ? deps.desk.checkin(sessionId, number) : undefined,
      ...(body.override ? { override: body.override } : {}),
      user,
      now,
    });
    const subject = number ?? null;
    switch (decision.kind) {
      case 'invalid':
        return { error: new AppError(decision.code, decision.text, { status: decision.status }) };
      case 'refuse': {
        const nikMasked = maskNik(body.nik.replace(/\D/g, ''));
        const scanned = maskNikRuns(body.participantNumber.trim().slice(0, 200));
        const refusalId = deps.desk.addRefusal({
          sessionId,
          at,
          by: user.username,
          code: decision.code,
          number: subject,
          scanned,
          nikMasked,
        });
        const entry = deps.audit.append({
          actor: user.username,
          action: 'checkin.refused',
          sessionId,
          subject,
          data: { code: decision.code, refusalId, scanned, nikMasked },
        });
        const participant = row && participantView(deps.participants.get(sessionId, row.number)!, session);
        return {
          refused: true,
          error: new AppError(decision.code, decision.text, {
            status: decision.status,
            details: {
              refusalId,
              audit: { seq: entry.seq, hash: entry.hash },
              ...(participant ? { participant } : {}),
            },
          }),
        };
      }
      case 'duplicate': {
        deps.audit.append({
          actor: user.username,
          action: 'checkin.duplicate',
          sessionId,
          subject,
          data: { firstAt: decision.at },
        });
        const participant = participantView(row!, session);
        const when = dateTimeWords(decision.at, session.timeZone);
        const day = formatDate(decision.at, session.timeZone);
        const clock = clockWords(decision.at, session.timeZone);
        return {
          error: new AppError(
            'already-checked-in',
            {
              id: `${participant.name} (${participant.number}) sudah registrasi pada ${day} pukul ${clock.id} oleh ${decision.by}. Tidak ada PIN baru; bila slip PIN hilang, gunakan terbitkan ulang PIN.`,
              en: `${participant.name} (${participant.number}) already checked in on ${day} at ${clock.en} by ${decision.by}. No new PIN; if the PIN slip is lost, re-issue the PIN.`,
            },
            { status: 409, details: { checkedInAt: decision.at, checkedInText: when.id, by: decision.by, participant } },
          ),
        };
      }
      case 'register': {
        if (session.pinSource === 'bkn') {
          // BKN's registration printed the PIN: record who was checked and let in, and its slip's reference.
          const slipRef = body.slipRef ? maskNikRuns(body.slipRef) : null;
          deps.desk.addCheckin(sessionId, row!.number, at, user.username, decision.override, slipRef);
          let entry = deps.audit.append({
            actor: user.username,
            action: 'checkin.registered',
            sessionId,
            subject,
            data: { room: row!.room, seat: row!.seat, pinSource: 'bkn', slipRef },
          });
          if (decision.override) {
            entry = deps.audit.append({
              actor: user.username,
              action: 'pin.override',
              sessionId,
              subject,
              data: { reason: decision.override.reason, pinSource: 'bkn' },
            });
          }
          const participant = participantView(deps.participants.get(sessionId, row!.number)!, session);
          return {
            response: {
              pin: null,
              pinSource: 'bkn' as const,
              participant,
              slip: null,
              ...(slipRef ? { slipRef } : {}),
              audit: { seq: entry.seq, hash: entry.hash },
            },
          };
        }
        deps.desk.addCheckin(sessionId, row!.number, at, user.username, decision.override);
        const { pin, id: pinId } = issuePin(deps, session, row!.number, at, user.username, 'checkin', decision.override);
        deps.audit.append({
          actor: user.username,
          action: 'checkin.registered',
          sessionId,
          subject,
          data: { room: row!.room, seat: row!.seat },
        });
        let entry = deps.audit.append({
          actor: user.username,
          action: 'pin.issued',
          sessionId,
          subject,
          data: { pinId },
        });
        if (decision.override) {
          entry = deps.audit.append({
            actor: user.username,
            action: 'pin.override',
            sessionId,
            subject,
            data: { reason: maskNikRuns(decision.override.reason), pinId },
          });
        }
        const participant = participantView(deps.participants.get(sessionId, row!.number)!, session);
        return {
          response: {
            pin,
            pinSource: 'siapcat' as const,
            participant,
            slip: pinSlip(session, participant, pin, at),
            audit: { seq: entry.seq, hash: entry.hash },
          },
        };
      }
    }
  });
  if ('refused' in outcome) deps.changes.publish({ topics: ['attendance'], sessions: [sessionId] });
  if ('error' in outcome) throw outcome.error;
  deps.log.info('exam.checkin', {
    session: sessionId,
    number: outcome.response.participant.number,
    by: user.username,
    override: outcome.response.participant.override !== null,
  });
  deps.changes.publish({ topics: ['attendance'], sessions: [sessionId] });
  return outcome.response;
}
