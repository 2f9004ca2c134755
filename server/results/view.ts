import { judge, ruleInfo, type PassingGradeRule } from '../../checklists/passing-grades/index.js';
import type { Attendee, SessionTimes } from '../../protocol/exam.js';
import { RESULT_STATUS_LABELS, type Anomaly, type ResultCounts, type ResultRow, type ResultsResponse } from '../../protocol/results.js';
import { clockWords, localTime } from '../exam/time.js';
import { reconcile } from './reconcile.js';
import type { CurrentEntry, ExplanationRecord } from './store.js';

export interface ResultsInput {
  session: SessionTimes;
  participants: readonly Attendee[];
  entries: readonly CurrentEntry[];
  explanations: readonly ExplanationRecord[];
  rule: PassingGradeRule;
  rejudged: boolean;
  now: Date;
}

/** A session's results judged under `rule`, reconciled with attendance, counted (pure). */
export function buildResults(input: ResultsInput): ResultsResponse {
  const { session, participants, rule } = input;
  const zone = session.timeZone;
  // Many results share a recorded minute: each instant is formatted once (for the rows and the anomalies' sentences).
  const clock = once((iso: string) => localTime(iso, zone).time);
  const words = once((iso: string) => clockWords(iso, zone));
  const byNumber = new Map(participants.map((p) => [p.number, p]));
  const results: ResultRow[] = inRosterOrder(participants, input.entries).map((e) => {
    const p = byNumber.get(e.number);
    const judgement = judge(rule, { scores: e.scores, total: e.total, track: e.track });
    const track = rule.tracks.find((t) => t.id === judgement.track);
    return {
      participantNumber: e.number,
      name: p?.name ?? '',
      room: p?.room ?? '',
      seat: p?.seat ?? '',
      scores: e.scores,
      total: e.total,
      ...judgement,
      trackLabel: track?.title ?? { id: e.track, en: e.track },
      statusLabel: RESULT_STATUS_LABELS[judgement.status],
      recordedAt: e.recordedAt,
      recordedTime: clock(e.recordedAt),
      source: e.source,
      corrections: e.count - 1,
      reason: e.source === 'correction' ? e.reason : '',
    };
  });
  const actualEnd = session.actualEndAt ? new Date(session.actualEndAt) : undefined;
  const anomalies = reconcile({
    participants,
    results: input.entries,
    explanations: input.explanations,
    endsAt: actualEnd ?? new Date(session.endsAt),
    blindEndsAt: actualEnd && actualEnd > new Date(session.blindEndsAt) ? actualEnd : new Date(session.blindEndsAt),
    now: input.now,
    clock: words,
  });
  return {
    sessionId: session.id,
    results,
    rule: ruleInfo(rule),
    rejudged: input.rejudged,
    anomalies,
    counts: countResults(participants, results, anomalies),
    generatedAt: input.now.toISOString(),
  };
}

/**
 * The entries (one per number) in the roster's order, then any whose number is no longer on the roster, oldest
 * first: one pass over each list (a sort comparing roster positions cost a fifth of the judging of 2,000 rows).
 */
export function inRosterOrder<E extends { number: string; id: number }>(
  participants: readonly Pick<Attendee, 'number'>[],
  entries: readonly E[],
): E[] {
  const byNumber = new Map(entries.map((e) => [e.number, e]));
  const ordered: E[] = [];
  for (const p of participants) {
    const e = byNumber.get(p.number);
    if (e === undefined) continue;
    ordered.push(e);
    byNumber.delete(p.number);
  }
  if (byNumber.size > 0) ordered.push(...[...byNumber.values()].sort((a, b) => a.id - b.id));
  return ordered;
}

/** `f` remembering its answer per argument. */
function once<T>(f: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) seen.set(key, (value = f(key)));
    return value;
  };
}

export function countResults(
  participants: readonly Pick<Attendee, 'checkedInAt'>[],
  results: readonly Pick<ResultRow, 'status'>[],
  anomalies: readonly Anomaly[],
): ResultCounts {
  const present = participants.filter((p) => p.checkedInAt !== null).length;
  const by = (s: ResultRow['status']) => results.filter((r) => r.status === s).length;
  return {
    registered: participants.length,
    present,
    absent: participants.length - present,
    withResult: results.length,
    memenuhi: by('memenuhi'),
    tidakMemenuhi: by('tidak-memenuhi'),
    tidakDinilai: by('tidak-dinilai'),
    anomalies: anomalies.length,
    unexplained: anomalies.filter((a) => a.explanation === null).length,
  };
}
