import type { CheckinResponse, VerifyPinResponse } from '../../../protocol/exam-responses.js';
import { AppError } from '../../../protocol/errors.js';
import { isLocked, recordFailure } from '../../auth/throttle.js';
import type { AuthUser } from '../../auth/users.js';
import { durably } from '../../db/open.js';
import type { ExamDeps } from '../deps.js';
import { notCheckedIn, participantNotFound, pinFromBkn } from '../errors.js';
import { participantView } from '../roster/view.js';
import { pinClosesAt, pinWindowOpen } from '../sessions/rules.js';
import { loadSession } from '../sessions/service.js';
import { clockWords } from '../time.js';
import { can } from '../../auth/permissions.js';
import { pinMatches } from './pin.js';
import { maskNikRuns } from '../identity.js';
import { issuePin, participantOf, resolveScan } from './service.js';
import { pinSlip } from './slip.js';

/** Wrong PINs allowed per participant before a lockout, and how long it lasts. */
export const PIN_VERIFY_RULES = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

/**
 * A lost slip: the old PIN is revoked and a new one issued, with who and why in the audit log.
 * Refused after the PIN window closes unless a supervisor overrides with a reason.
 */
export async function reissuePin(
  deps: ExamDeps,
  sessionId: string,
  number: string,
  body: { reason: string; override?: { reason: string } | undefined },
  user: AuthUser,
): Promise<CheckinResponse> {
  const response = await deps.commits.run(() => {
    const session = loadSession(deps, sessionId);
    if (session.pinSource === 'bkn') throw pinFromBkn(session.name);
    const row = deps.participants.get(sessionId, number);
    if (!row) throw participantNotFound(number, session.name);
    const old = deps.desk.activePin(sessionId, number);
    if (!row.checkin_at || !old) throw notCheckedIn(number);
    const now = deps.clock.now();
    let override: { by: string; reason: string } | null = null;
    if (!pinWindowOpen(session, now)) {
      const closes = clockWords(pinClosesAt(session), session.timeZone);
      if (!body.override) {
        throw new AppError(
          'pin-window-closed',
          {
            id: `Penerbitan PIN sesi ${session.name} sudah ditutup pukul ${closes.id}. PIN hanya dapat diterbitkan ulang dengan override supervisor beserta alasannya.`,
            en: `PIN issuance for session ${session.name} closed at ${closes.en}. A PIN can only be re-issued with a supervisor's override and a reason.`,
          },
          { status: 409 },
        );
      }
      if (!can(user.role, 'exam.override')) {
        throw new AppError(
          'override-not-allowed',
          {
            id: `Pengguna ${user.username} tidak berwenang memberi override.`,
            en: `User ${user.username} may not override.`,
          },
          { status: 403 },
        );
      }
      override = { by: user.username, reason: maskNikRuns(body.override.reason) };
    }
    const at = now.toISOString();
    const reason = maskNikRuns(body.reason);
    deps.desk.revokePin(old.id, at, user.username, reason);
    const { pin, id } = issuePin(deps, session, number, at, user.username, 'reissue', override);
    let entry = deps.audit.append({
      actor: user.username,
      action: 'pin.reissued',
      sessionId,
      subject: number,
      data: { reason, revokedPinId: old.id, pinId: id },
    });
    if (override) {
      entry = deps.audit.append({
        actor: user.username,
        action: 'pin.override',
        sessionId,
        subject: number,
        data: { reason: override.reason, pinId: id },
      });
    }
    const participant = participantView(deps.participants.get(sessionId, number)!, session);
    return {
      pin,
      pinSource: 'siapcat' as const,
      participant,
      slip: pinSlip(session, participant, pin, at),
      audit: { seq: entry.seq, hash: entry.hash },
    };
  });
  deps.log.info('exam.pin-reissued', { session: sessionId, number, by: user.username });
  deps.changes.publish({ topics: ['attendance'], sessions: [sessionId] });
  return response;
}

/**
 * Checks a participant's PIN. After PIN_VERIFY_RULES.maxFailures wrong PINs in the window the
 * participant is locked out for lockMs (the lockout is audited); a right PIN clears the count.
 */
export function verifyPin(
  deps: ExamDeps,
  sessionId: string,
  body: { participantNumber: string; pin: string },
  user: AuthUser,
): VerifyPinResponse {
  const session = loadSession(deps, sessionId);
  if (session.pinSource === 'bkn') throw pinFromBkn(session.name);
  const { number } = resolveScan(deps, sessionId, body.participantNumber);
  if (!number) throw participantNotFound(body.participantNumber.trim().slice(0, 60), session.name);
  const key = `${sessionId}|${number}`;
  const nowMs = deps.clock.now().getTime();
  const state = deps.pinFailures.get(key);
  if (isLocked(state, nowMs, PIN_VERIFY_RULES)) {
    const until = clockWords(new Date(state!.failures.at(-1)! + PIN_VERIFY_RULES.lockMs), session.timeZone);
    throw new AppError(
      'pin-locked',
      {
        id: `Terlalu banyak PIN salah untuk peserta ${number}. Coba lagi setelah pukul ${until.id}, atau minta pengawas menerbitkan ulang PIN.`,
        en: `Too many wrong PINs for participant ${number}. Try again after ${until.en}, or ask a supervisor to re-issue the PIN.`,
      },
      { status: 429 },
    );
  }
  const active = deps.desk.activePin(sessionId, number);
  if (!active) throw notCheckedIn(number);
  if (pinMatches(deps.pinKey, sessionId, body.pin, active.hash)) {
    deps.pinFailures.delete(key);
    return { valid: true, participant: participantOf(deps, session, number) };
  }
  const next = recordFailure(state, nowMs, PIN_VERIFY_RULES);
  deps.pinFailures.set(key, next);
  const left = PIN_VERIFY_RULES.maxFailures - next.failures.length;
  if (left <= 0) {
    durably(deps.db, () =>
      deps.audit.append({
        actor: user.username,
        action: 'pin.locked',
        sessionId,
        subject: number,
        data: { failures: next.failures.length },
      }),
    );
  }
  throw new AppError(
    'pin-wrong',
    {
      id:
        left > 0
          ? `PIN salah untuk peserta ${number}. Sisa percobaan: ${left}.`
          : `PIN salah untuk peserta ${number}. Peserta dikunci ${PIN_VERIFY_RULES.lockMs / 60_000} menit.`,
      en:
        left > 0
          ? `Wrong PIN for participant ${number}. Attempts left: ${left}.`
          : `Wrong PIN for participant ${number}. Locked for ${PIN_VERIFY_RULES.lockMs / 60_000} minutes.`,
    },
    { status: 422, details: { attemptsLeft: Math.max(0, left) } },
  );
}
