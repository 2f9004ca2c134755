import type { Clock, RandomSource } from '../../protocol/ports.js';
import type { BeritaAcaraCustody, CustodyDay } from '../../protocol/custody-minutes.js';
import type { BeritaAcaraResults } from '../../protocol/results-responses.js';
import type { ThrottleState } from '../auth/throttle.js';
import type { ChangeFeed } from '../changes.js';
import type { HubContext } from '../context.js';
import type { Db } from '../db/open.js';
import type { Logger } from '../log.js';
import type { AuditLog } from './audit/store.js';
import { CommitQueue } from './commit.js';
import { DeskStore } from './desk/store.js';
import { IncidentStore } from './incidents/store.js';
import { ParticipantStore } from './roster/store.js';
import { SessionStore } from './sessions/store.js';

/** Everything the exam-day services use: the hub's ports and the exam stores. */
export interface ExamDeps {
  db: Db;
  clock: Clock;
  random: RandomSource;
  log: Logger;
  changes: ChangeFeed;
  audit: AuditLog;
  sessions: SessionStore;
  participants: ParticipantStore;
  desk: DeskStore;
  incidents: IncidentStore;
  /** Group commit for the desk's writes (check-ins, PIN re-issues): durable, one fsync per batch. */
  commits: CommitQueue;
  /** The HMAC key of PIN hashes. */
  pinKey: Uint8Array;
  /** Wrong PIN verifications per `session|number`, for the lockout. */
  pinFailures: Map<string, ThrottleState>;
  /** The berita acara's results section, when the results feature is present. */
  resultsSection?: (sessionId: string) => BeritaAcaraResults | undefined;
  /** The venue's name, address and town (venue settings), for paper a session did not name its venue on. */
  venue?: () => { name: string; address: string; city: string } | null;
  /** The venue's rooms (code and name), for paper that names rooms. */
  rooms?: () => ReadonlyArray<{ id: string; name: string }>;
  /** The berita acara's custody section (switches, seals, trials, drills, BAST of the day), when custody is present. */
  custodySection?: (sessionId: string, day: CustodyDay & { time: (iso: string) => string }) => BeritaAcaraCustody | undefined;
}

export function createExamDeps(ctx: HubContext): ExamDeps {
  return {
    db: ctx.db,
    clock: ctx.clock,
    random: ctx.random,
    log: ctx.log,
    changes: ctx.changes,
    audit: ctx.audit,
    sessions: new SessionStore(ctx.db),
    participants: new ParticipantStore(ctx.db),
    desk: new DeskStore(ctx.db),
    incidents: new IncidentStore(ctx.db),
    commits: new CommitQueue(ctx.db),
    pinKey: ctx.keys.pinKey,
    pinFailures: new Map(),
  };
}
