import type { ServerInfo, VenueReadiness } from '../../protocol/api.js';
import type { Incident } from '../../protocol/exam-reports.js';
import { maskNikRuns, type OutboxKind } from '../../protocol/region.js';
import type { SealsResponse } from '../../protocol/custody.js';
import type { Trial } from '../../protocol/custody-responses.js';
import type { ResultCounts } from '../../protocol/results.js';
import type { Venue } from '../../protocol/venue.js';
import type { ExamSummaries } from '../exam/summaries.js';
import type { OutboxStore } from './store.js';

/**
 * A collector reads one feature through its public summaries and returns the subjects the region
 * may see now. The outbox appends only what changed, and retires subjects that disappeared.
 */
export interface Collector {
  kind: OutboxKind;
  /** `sessions`: only these exam sessions' subjects (a per-session collector); undefined: everything. */
  collect(sessions?: ReadonlySet<string>): Array<{ key: string; payload: Record<string, unknown> }>;
  /** When true, subjects missing from `collect()` were deleted at the venue. */
  complete?: boolean;
  /** Subjects per exam session (keys `sessionId` or `sessionId/...`): it can collect only the sessions that changed. */
  perSession?: boolean;
  /**
   * The change topics its subjects follow: a collection caused by changes of other topics only
   * skips it (the periodic passes run it whatever changed). Without: it runs on every change.
   */
  topics?: readonly string[];
}

/** What the venue's readiness and its servers' capacity follow: the machines, the layout, the facility checklist. */
const READINESS_TOPICS = ['machines', 'readiness', 'servers', 'venue', 'facilities'] as const;

/**
 * Which exam sessions a collection reads: all of them, or the named ones (a change named them, or the
 * periodic pass over the sessions near now). Venue-wide collectors always run.
 */
export type CollectScope = 'all' | ReadonlySet<string>;

const sessionOfKey = (key: string): string => key.split('/')[0]!;

/** Causes sent to the region: the first 20, as the hub ranked them. */
const MAX_CAUSES = 20;

export function venueCollector(venue: () => Venue | null): Collector {
  return {
    kind: 'venue',
    collect() {
      const v = venue();
      return [{ key: '', payload: { name: v?.name ?? '', timeZone: v?.timeZone ?? null } }];
    },
  };
}

export function readinessCollector(readiness: () => VenueReadiness): Collector {
  return {
    kind: 'readiness',
    topics: READINESS_TOPICS,
    collect() {
      const r = readiness();
      // generatedAt changes on every roll-up: sent, but the hash must not change with it alone.
      return [
        {
          key: '',
          payload: {
            verdict: r.verdict,
            machines: { ...r.machines },
            causes: r.causes
              .slice(0, MAX_CAUSES)
              .map((c) => ({ kind: c.kind, ref: c.ref, count: c.count, text: { id: c.text.id, en: c.text.en } })),
          },
        },
      ];
    },
  };
}

export function capacityCollector(servers: () => ServerInfo[]): Collector {
  return {
    kind: 'capacity',
    topics: READINESS_TOPICS,
    collect() {
      return [
        {
          key: '',
          payload: {
            servers: servers().map((s) => ({
              id: s.id,
              kind: s.kind,
              limit: s.limit,
              assigned: s.assigned,
              online: s.online,
              waiting: s.waiting?.length ?? 0,
            })),
          },
        },
      ];
    },
  };
}

export function attendanceCollector(exam: ExamSummaries): Collector {
  return {
    kind: 'attendance',
    complete: true,
    perSession: true,
    collect(sessions) {
      return exam.sessions(sessions).map((s) => ({
        key: s.id,
        payload: {
          sessionId: s.id,
          name: s.name,
          date: s.date,
          start: s.start,
          end: s.end,
          registered: s.registered,
          present: s.present,
          absent: s.absent,
          refused: s.refused,
          rooms: s.rooms.map((r) => ({ room: r.room, registered: r.registered, present: r.present, absent: r.absent, refused: r.refused })),
        },
      }));
    },
  };
}

/** Free text for the region: NIK-like numbers masked, control characters (a NUL) dropped. */
const cleanText = (text: string): string => maskNikRuns(text).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** An incident as the region sees it: the text with any NIK-like number masked, no author. */
export function incidentPayload(i: Incident): Record<string, unknown> {
  return {
    sessionId: i.sessionId,
    id: i.id,
    at: i.at,
    room: cleanText(i.room),
    kind: i.kind,
    description: cleanText(i.description),
    minutesLost: i.minutesLost,
  };
}

export function incidentCollector(exam: ExamSummaries): Collector {
  return {
    kind: 'incident',
    complete: true,
    perSession: true,
    collect(sessions) {
      return exam
        .sessionIds()
        .filter((id) => !sessions || sessions.has(id))
        .flatMap((id) => exam.incidents(id))
        .map((i) => ({ key: `${i.sessionId}/${i.id}`, payload: incidentPayload(i) }));
    },
  };
}

/** The results feature's counts per session (judged under the rule in force), when it has any. */
export function resultsCollector(
  exam: ExamSummaries,
  results: (sessionId: string) => { rule: { id: string; version: string }; counts: ResultCounts } | undefined,
): Collector {
  return {
    kind: 'results',
    complete: true,
    perSession: true,
    collect(sessions) {
      return exam.sessionIds().flatMap((sessionId) => {
        if (sessions && !sessions.has(sessionId)) return [];
        const section = results(sessionId);
        if (!section) return [];
        const c = section.counts;
        return [
          {
            key: sessionId,
            payload: {
              sessionId,
              rule: `${section.rule.id}@${section.rule.version}`,
              withResult: c.withResult,
              memenuhi: c.memenuhi,
              tidakMemenuhi: c.tidakMemenuhi,
              tidakDinilai: c.tidakDinilai,
              anomalies: c.anomalies,
              unexplained: c.unexplained,
            },
          },
        ];
      });
    },
  };
}

/** Custody as the region sees it: room seals by state and anomalies, network trials and the last one's answer rate. */
export function custodyCollector(seals: () => SealsResponse, trials: () => Trial[]): Collector {
  return {
    kind: 'custody',
    topics: ['custody'],
    collect() {
      const s = seals();
      const byState: Record<string, number> = {};
      for (const room of s.rooms) byState[`rooms_${room.state}`] = (byState[`rooms_${room.state}`] ?? 0) + 1;
      const all = trials();
      const last = all.filter((t) => t.status === 'complete').at(-1);
      return [
        {
          key: '',
          payload: {
            ...byState,
            sealAnomalies: s.seals.filter((x) => x.anomaly).length,
            trials: all.length,
            lastTrialKind: last?.kind ?? null,
            lastTrialAnswered: last?.venue.answered ?? null,
            lastTrialExpected: last?.venue.expected ?? null,
            lastDrillOutcome: last?.drill?.outcome ?? null,
          },
        },
      ];
    },
  };
}

export function auditHeadCollector(exam: ExamSummaries): Collector {
  return {
    kind: 'audit-head',
    collect() {
      const head = exam.auditHead();
      return [{ key: '', payload: head ? { seq: head.seq, hash: head.hash } : { seq: 0, hash: '' } }];
    },
  };
}

/**
 * Runs every collector once (per-session ones over `scope`): appends what changed, retires what vanished
 * (within the scope). One subject refused (say, a NUL in a text) never stops the others: its error is
 * returned, the rest is appended. With `topics` (a collection caused by those changes), a collector
 * following other topics is skipped: a network trial's answers do not roll up 1,000 machines again.
 */
export function collectAll(
  store: OutboxStore,
  collectors: readonly Collector[],
  scope: CollectScope = 'all',
  topics?: ReadonlySet<string>,
): { appended: number; errors: string[] } {
  let appended = 0;
  const errors: string[] = [];
  for (const collector of collectors) {
    if (topics && collector.topics && !collector.topics.some((t) => topics.has(t))) continue;
    const sessions = collector.perSession && scope !== 'all' ? scope : undefined;
    if (sessions?.size === 0) continue;
    let items: Array<{ key: string; payload: Record<string, unknown> }>;
    try {
      items = collector.collect(sessions);
    } catch (err) {
      errors.push(`${collector.kind}: ${(err as Error).message}`);
      continue;
    }
    for (const { key, payload } of items) {
      try {
        if (store.append(collector.kind, payload, key) !== null) appended += 1;
      } catch (err) {
        errors.push(`${collector.kind} ${key}: ${(err as Error).message}`);
      }
    }
    if (collector.complete) {
      const within = sessions ? (key: string) => sessions.has(sessionOfKey(key)) : undefined;
      appended += store.retire(collector.kind, new Set(items.map((i) => i.key)), within);
    }
  }
  return { appended, errors };
}
