import { AppError } from '../../protocol/errors.js';
import type { ExplainAnomalyRequest, ResultEntryRequest, ResultRow } from '../../protocol/results.js';
import type { AuthUser } from '../auth/users.js';
import { durably } from '../db/open.js';
import { isoInZone } from '../exam/time.js';
import type { ResultsDeps } from './deps.js';
import { checkEntry, sameResult } from './entry.js';
import { resultsOf, ruleFor } from './service.js';

/**
 * A result typed in from the printed rekap (`manual`), or a correction of the recorded one: a new
 * entry naming the one it replaces, with the reason, audited. Returns the participant's row.
 */
export function enterResult(
  deps: ResultsDeps,
  sessionId: string,
  number: string,
  body: ResultEntryRequest,
  user: AuthUser,
): { result: ResultRow; changed: boolean } {
  const changed = durably(deps.db, () => {
    const { session, participants } = deps.exam.roster(sessionId);
    if (!participants.some((p) => p.number === number)) {
      throw new AppError(
        'not-found',
        { id: `Nomor peserta ${number} tidak ada di daftar peserta sesi ini.`, en: `Participant number ${number} is not on this session's roster.` },
        { status: 404 },
      );
    }
    const { rule } = ruleFor(session);
    const entry = checkEntry(rule, body);
    const existing = deps.store.latest(sessionId, number);
    if (existing && sameResult(existing, entry)) return false;
    if (existing && !body.reason) {
      throw new AppError(
        'results-reason-required',
        {
          id: `Nomor ${number} sudah punya hasil (jumlah ${existing.total}). Koreksi memerlukan alasan tertulis (5 karakter atau lebih).`,
          en: `Number ${number} already has a result (total ${existing.total}). A correction needs a written reason (5 characters or more).`,
        },
        { status: 409 },
      );
    }
    const now = deps.clock.now();
    const recordedAt = body.recordedAt ?? isoInZone(now, session.timeZone);
    const source = existing ? 'correction' : 'manual';
    const id = deps.store.append(sessionId, {
      number,
      ...entry,
      recordedAt,
      source,
      supersedes: existing?.id ?? null,
      reason: body.reason ?? '',
      at: now.toISOString(),
      by: user.username,
    });
    deps.audit.append({
      actor: user.username,
      action: existing ? 'result.corrected' : 'result.entered',
      sessionId,
      subject: number,
      data: { entry: id, supersedes: existing?.id ?? null, ...entry, recordedAt, reason: body.reason ?? '' },
    });
    return true;
  });
  if (changed) deps.changes.publish({ topics: ['results'], sessions: [sessionId] });
  const result = resultsOf(deps, sessionId).results.find((r) => r.participantNumber === number);
  if (!result) throw new Error('entered result not found');
  return { result, changed };
}

/** The supervisor's written explanation of a current anomaly; appended (the latest is shown) and audited. */
export function explainAnomaly(deps: ResultsDeps, sessionId: string, body: ExplainAnomalyRequest, user: AuthUser): void {
  const number = body.participantNumber.trim().toUpperCase();
  durably(deps.db, () => {
    const current = resultsOf(deps, sessionId).anomalies;
    if (!current.some((a) => a.kind === body.kind && a.participantNumber === number)) {
      throw new AppError(
        'not-found',
        {
          id: `Tidak ada anomali '${body.kind}' untuk nomor ${number} di sesi ini saat ini.`,
          en: `There is no '${body.kind}' anomaly for number ${number} in this session now.`,
        },
        { status: 404 },
      );
    }
    const at = deps.clock.now().toISOString();
    deps.store.explain(sessionId, { kind: body.kind, number, text: body.text, at, by: user.username });
    deps.audit.append({
      actor: user.username,
      action: 'anomaly.explained',
      sessionId,
      subject: number,
      data: { kind: body.kind, text: body.text },
    });
  });
  deps.changes.publish({ topics: ['results'], sessions: [sessionId] });
}
