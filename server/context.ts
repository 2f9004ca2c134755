import type { WebSocketServer } from 'ws';
import type { Localized } from '../protocol/i18n.js';
import type { Clock, RandomSource } from '../protocol/ports.js';
import type { UserStore } from './auth/users.js';
import type { HubKeys } from './db/keys.js';
import type { AuditLog } from './exam/audit/store.js';
import type { ChangeFeed } from './changes.js';
import type { CronJobs } from './cron.js';
import type { Db } from './db/open.js';
import type { Logger } from './log.js';
import type { Settings } from './settings.js';

export interface HubConfig {
  /** Port asked for (0 = any free port). */
  port: number;
  host: string;
  dbPath: string;
  /** Folder of the built dashboard (index.html and assets). */
  dashboardDir: string;
  env: NodeJS.ProcessEnv;
  /** Set when the hub speaks HTTPS/WSS with its own CA: the fingerprint people and agents check. */
  tls?: { caFingerprint: string; dir: string };
}

/** Everything a feature of the hub may use; built once by startHub and passed to each feature. */
export interface HubContext {
  config: HubConfig;
  db: Db;
  clock: Clock;
  random: RandomSource;
  log: Logger;
  users: UserStore;
  /** Secret keys kept outside the database file (audit HMAC, PIN HMAC): see server/db/keys.ts. */
  keys: HubKeys;
  /** The hash-chained audit log (keyed with keys.auditKey); append inside the transaction of what it records. */
  audit: AuditLog;
  settings: Settings;
  cron: CronJobs;
  /** Publish here after a committed change that dashboards should see (the live channel coalesces). */
  changes: ChangeFeed;
  /** The one `ws` server (noServer); upgrades reach it through Hono's upgradeWebSocket routes. */
  wss: WebSocketServer;
  /** What the person who started the hub must be told (printed by `siapcat hub`), e.g. a setup token. */
  notices: Localized[];
  /** Runs `fn` when the hub closes, before the database is closed (reverse order of registration). */
  onClose(fn: () => void | Promise<void>): void;
}
