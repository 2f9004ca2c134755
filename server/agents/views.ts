import type { Machine, MachineSummary, Presence } from '../../protocol/api.js';
import type { CheckResult } from '../../protocol/check.js';
import type { RollupMachine } from '../readiness/causes.js';
import type { MachineRecord } from './machines.js';

/** What the views need to know about now: who is connected, when each was last heard, and the watch's state. */
export interface Liveness {
  isOnline(id: string): boolean;
  lastSeenMs(id: string): number | undefined;
  presenceOf(id: string): Presence;
}

function lastSeenAt(record: MachineRecord, live: Liveness): string | null {
  const ms = live.lastSeenMs(record.id);
  return ms !== undefined ? new Date(ms).toISOString() : record.lastSeenAt;
}

/** A machine without its checks: what lists, room maps and live updates carry. */
export function toSummary(record: MachineRecord, live: Liveness): MachineSummary {
  return {
    id: record.id,
    role: record.role,
    serverId: record.placement.serverId,
    roomId: record.placement.roomId,
    seat: record.placement.seat,
    online: live.isOnline(record.id),
    presence: live.presenceOf(record.id),
    lastSeenAt: lastSeenAt(record, live),
    verdict: record.verdict,
    refusal: record.refusal,
    checklist: record.checklist,
    reportedAt: record.reportedAt,
    failing: record.failing.map((c) => c.id),
  };
}

/** A machine with its latest checks (GET /api/machines, GET /api/machines/:id). */
export function toMachine(record: MachineRecord, checks: CheckResult[], live: Liveness): Machine & { failing: string[] } {
  const { failing, ...summary } = toSummary(record, live);
  return { ...summary, checks, failing };
}

export function toRollup(record: MachineRecord, live: Liveness): RollupMachine {
  return {
    id: record.id,
    role: record.role,
    serverId: record.placement.serverId,
    roomId: record.placement.roomId,
    online: live.isOnline(record.id),
    presence: live.presenceOf(record.id),
    verdict: record.verdict,
    failing: record.failing,
    unknowns: record.unknowns,
    refusal: record.refusal,
    waiting: record.waiting,
    wantedServerId: record.wanted.serverId,
  };
}
