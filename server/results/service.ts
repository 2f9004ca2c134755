import { findRule, ruleInForce, ruleRef, type PassingGradeRule } from '../../checklists/passing-grades/index.js';
import type { SessionSchedule, SessionTimes } from '../../protocol/exam.js';
import { AppError } from '../../protocol/errors.js';
import { RESULT_STATUS_LABELS, type BoardSort, type ResultsResponse } from '../../protocol/results.js';
import { type BeritaAcaraResults, type BoardResponse, type RekapHasil } from '../../protocol/results-responses.js';
import { SESSION_KIND_LABELS } from '../../protocol/exam.js';
import type { ResultsDeps } from './deps.js';
import type { SessionDay } from './parse.js';
import { buildRekap } from './rekap.js';
import { buildResults } from './view.js';

/** yyyy-mm-dd of the session in its zone and its offset (+08:00), for wall-clock times in files. */
export function sessionDay(session: SessionSchedule): SessionDay {
  const [d, m, y] = session.local.date.split('/');
  return { date: `${y}-${m}-${d}`, offset: session.startsAt.slice(-6).match(/^[+-]\d{2}:\d{2}$/) ? session.startsAt.slice(-6) : '+00:00' };
}

/** The rule in force for the session (by kind and date), or the one `spec` (id@version) names. */
export function ruleFor(session: SessionSchedule, spec?: string): { rule: PassingGradeRule; rejudged: boolean } {
  const inForce = ruleInForce(session.kind, sessionDay(session).date);
  if (spec) {
    const rule = findRule(spec);
    if (!rule || rule.kind !== session.kind) {
      throw new AppError('invalid', {
        id: `Aturan ambang batas '${spec}' tidak ada untuk ${session.kind}. Gunakan id@versi, misalnya ${inForce ? `${inForce.id}@${inForce.version}` : 'skd-cpns-2024@1.0.0'}.`,
        en: `No passing-grade rule '${spec}' for ${session.kind}. Use id@version, e.g. ${inForce ? `${inForce.id}@${inForce.version}` : 'skd-cpns-2024@1.0.0'}.`,
      });
    }
    return { rule, rejudged: !inForce || ruleRef(rule).sha256 !== ruleRef(inForce).sha256 };
  }
  if (!inForce) {
    throw new AppError(
      'results-no-rule',
      {
        id: `Belum ada aturan ambang batas ${session.kind} yang berlaku pada tanggal sesi ini (${session.local.date}). Tambahkan versi aturan di checklists/passing-grades.`,
        en: `No ${session.kind} passing-grade rule is in force on this session's date (${session.local.date}). Add a rule version in checklists/passing-grades.`,
      },
      { status: 409 },
    );
  }
  return { rule: inForce, rejudged: false };
}

/** GET /api/sessions/:id/results: one read transaction, so results, roster and explanations agree. */
export function resultsOf(deps: ResultsDeps, sessionId: string, ruleSpec?: string): ResultsResponse {
  return resultsWithSession(deps, sessionId, ruleSpec).results;
}

function resultsWithSession(deps: ResultsDeps, sessionId: string, ruleSpec?: string): { session: SessionTimes; results: ResultsResponse } {
  return deps.db.transaction(() => {
    // Only who checked in when (no NIKs, PINs, refusals): the full roster cost as much as judging.
    const { session, participants } = deps.exam.attendance(sessionId);
    const { rule, rejudged } = ruleFor(session, ruleSpec);
    const results = buildResults({
      session,
      participants,
      entries: deps.store.current(sessionId),
      explanations: deps.store.explanations(sessionId),
      rule,
      rejudged,
      now: deps.clock.now(),
    });
    return { session, results };
  })();
}

/** How long a computed board is served to further viewers when nothing was published meanwhile. */
export const BOARD_CACHE_MS = 5000;

/**
 * The board for the TV, computed once per change for every viewer: 20 screens re-fetching after one
 * import get the same answer from one computation. An entry is dropped when results, attendance or
 * the session change (the live feed says so), and after BOARD_CACHE_MS at most (anomalies that
 * appear by the clock, at the session's end).
 */
export class BoardCache {
  private readonly entries = new Map<string, { at: number; board: BoardResponse }>();
  constructor(changes: ResultsDeps['changes']) {
    changes.subscribe((change) => {
      if (!change.topics.some((t) => t === 'results' || t === 'attendance' || t === 'sessions')) return;
      if (!change.sessions) return this.entries.clear();
      for (const key of [...this.entries.keys()]) if (change.sessions.includes(key.split('|')[0]!)) this.entries.delete(key);
    });
  }

  get(deps: ResultsDeps, sessionId: string, sort: BoardSort): BoardResponse {
    const key = `${sessionId}|${sort}`;
    const now = deps.clock.now().getTime();
    const hit = this.entries.get(key);
    if (hit && now - hit.at >= 0 && now - hit.at < BOARD_CACHE_MS) return hit.board;
    const board = boardOf(deps, sessionId, sort);
    this.entries.set(key, { at: now, board });
    return board;
  }
}

/** The waiting-room board: number, name, room, scores, total, status. No NIK, no anomaly details. */
export function boardOf(deps: ResultsDeps, sessionId: string, sort: BoardSort): BoardResponse {
  const { session, results } = resultsWithSession(deps, sessionId);
  const rows = results.results.map((r) => ({
    participantNumber: r.participantNumber,
    name: r.name,
    room: r.room,
    scores: r.scores,
    total: r.total,
    status: r.status,
    statusLabel: RESULT_STATUS_LABELS[r.status],
    recordedTime: r.recordedTime,
    recordedAt: r.recordedAt,
  }));
  if (sort === 'total') rows.sort((a, b) => b.total - a.total || a.participantNumber.localeCompare(b.participantNumber));
  else if (sort === 'number') rows.sort((a, b) => a.participantNumber.localeCompare(b.participantNumber));
  else rows.sort((a, b) => b.recordedAt.localeCompare(a.recordedAt) || b.total - a.total);
  return {
    session: {
      id: session.id,
      name: session.name,
      kindLabel: SESSION_KIND_LABELS[session.kind],
      date: session.local.date,
      zone: session.zone,
    },
    components: results.rule.components.map((c) => ({ key: c.key, title: c.title })),
    rows: rows.map(({ recordedAt: _, ...row }) => row),
    counts: results.counts,
    rule: { id: results.rule.id, version: results.rule.version, sha256: results.rule.sha256 },
    sort,
    generatedAt: results.generatedAt,
  };
}

/** The berita acara's results section; undefined when the session's kind has no rule in force. */
export function beritaAcaraResults(deps: ResultsDeps, sessionId: string): BeritaAcaraResults | undefined {
  // The kind and date only (the region's outbox asks every 10 s for today's sessions): no roster is built for them.
  const session = deps.exam.schedule(sessionId);
  if (!ruleInForce(session.kind, sessionDay(session).date)) return undefined;
  const r = resultsOf(deps, sessionId);
  return {
    rule: { id: r.rule.id, version: r.rule.version, sha256: r.rule.sha256, decree: r.rule.decree, title: r.rule.title },
    counts: r.counts,
    anomalies: r.anomalies,
  };
}

/** The Rekap Hasil for print: results, anomalies, signatories, and the audit head that anchors the paper. */
export function rekapOf(deps: ResultsDeps, sessionId: string): RekapHasil {
  return deps.db.transaction(() => {
    const results = resultsOf(deps, sessionId);
    return buildRekap(deps.exam.session(sessionId), results, deps.audit.head(), deps.clock.now(), deps.exam.venue());
  })();
}
