import { type PAYLOAD_SCHEMAS } from '../../protocol/region.js';
import { type RegionIncidentView, type RegionSessionView, type RegionVenue } from '../../protocol/region-responses.js';
import type { z } from 'zod/mini';

export interface VenueRow {
  id: string;
  name: string;
  joinedAt: Date | null;
  lastHeardAt: Date | null;
  ackedSeq: number;
  headSeq: number;
}

export interface SubjectRow {
  venueId: string;
  kind: string;
  key: string;
  deleted: boolean;
  payload: Record<string, unknown>;
}

type Payload<K extends keyof typeof PAYLOAD_SCHEMAS> = z.infer<(typeof PAYLOAD_SCHEMAS)[K]>;

/**
 * One venue as the region shows it (pure: the rows and the time in, the view out). A venue not
 * heard within `staleAfterMs`, or still catching up (its head is past what the region stored), is
 * `stale`: its verdict is 'stale', never the old 'ready'. A venue never heard from is 'unknown'.
 */
export function venueView(venue: VenueRow, subjects: readonly SubjectRow[], now: Date, staleAfterMs: number): RegionVenue {
  const live = subjects.filter((s) => !s.deleted);
  const one = <K extends keyof typeof PAYLOAD_SCHEMAS>(kind: K): Payload<K> | undefined =>
    live.find((s) => s.kind === kind)?.payload as Payload<K> | undefined;
  const readiness = one('readiness');
  const capacity = one('capacity');
  const named = one('venue');
  const behind = Math.max(0, venue.headSeq - venue.ackedSeq);
  const silent = venue.lastHeardAt === null || now.getTime() - venue.lastHeardAt.getTime() > staleAfterMs;
  const stale = venue.lastHeardAt !== null && (silent || behind > 0);
  const sessions: RegionSessionView[] = live
    .filter((s) => s.kind === 'attendance')
    .map((s) => {
      const p = s.payload as Payload<'attendance'>;
      const results = live.find((r) => r.kind === 'results' && r.key === p.sessionId)?.payload as Payload<'results'> | undefined;
      return {
        sessionId: p.sessionId,
        name: p.name,
        date: p.date,
        start: p.start,
        end: p.end,
        registered: p.registered,
        present: p.present,
        absent: p.absent,
        refused: p.refused,
        rooms: p.rooms,
        results: results ?? null,
      };
    })
    .sort((a, b) => `${a.date} ${a.start} ${a.sessionId}`.localeCompare(`${b.date} ${b.start} ${b.sessionId}`));
  const incidents: RegionIncidentView[] = live
    .filter((s) => s.kind === 'incident')
    .map((s) => {
      const p = s.payload as Payload<'incident'>;
      return {
        sessionId: p.sessionId,
        id: p.id,
        at: p.at,
        room: p.room,
        kind: p.kind,
        description: p.description,
        minutesLost: p.minutesLost,
      };
    })
    .sort((a, b) => b.at.localeCompare(a.at));
  const head = one('audit-head');
  return {
    id: venue.id,
    name: named?.name || venue.name,
    timeZone: named?.timeZone ?? null,
    verdict: venue.lastHeardAt === null || !readiness ? (stale ? 'stale' : 'unknown') : stale ? 'stale' : readiness.verdict,
    lastVerdict: readiness?.verdict ?? null,
    lastHeardAt: venue.lastHeardAt?.toISOString() ?? null,
    stale,
    behind,
    machines: readiness?.machines ?? null,
    causes: readiness?.causes ?? [],
    servers: capacity?.servers ?? [],
    sessions,
    incidents,
    auditHead: head && head.seq > 0 ? { seq: head.seq, hash: head.hash } : null,
    custody: one('custody') ?? null,
  };
}
