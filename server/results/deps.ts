import type { Clock, RandomSource } from '../../protocol/ports.js';
import type { ChangeFeed } from '../changes.js';
import type { HubContext } from '../context.js';
import { durably, type Db } from '../db/open.js';
import type { AuditLog } from '../exam/audit/store.js';
import type { Logger } from '../log.js';
import type { ExamView } from './ports.js';
import { ResultStore } from './store.js';

/** Everything the results services use: the hub's ports, the results store, the exam read model. */
export interface ResultsDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  changes: ChangeFeed;
  /** The exam day's hash-chained audit log (server/exam/audit): results are audited in the same chain. */
  audit: AuditLog;
  store: ResultStore;
  exam: ExamView;
  /** HMAC key of the verification codes of "surat keterangan" letters. */
  letterKey: Uint8Array;
}

export const LETTER_KEY_SETTING = 'results.letter-key';

function letterKeyOf(ctx: Pick<HubContext, 'db' | 'settings' | 'random'>): Uint8Array {
  const stored = ctx.settings.get(LETTER_KEY_SETTING);
  if (stored) return new Uint8Array(Buffer.from(stored, 'base64url'));
  const key = ctx.random.bytes(32);
  durably(ctx.db, () => ctx.settings.set(LETTER_KEY_SETTING, Buffer.from(key).toString('base64url')));
  return key;
}

export function createResultsDeps(ctx: HubContext, exam: ExamView, random: RandomSource = ctx.random): ResultsDeps {
  return {
    db: ctx.db,
    clock: ctx.clock,
    log: ctx.log,
    changes: ctx.changes,
    audit: ctx.audit,
    store: new ResultStore(ctx.db),
    exam,
    letterKey: letterKeyOf({ ...ctx, random }),
  };
}
