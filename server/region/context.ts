import type { Clock, RandomSource } from '../../protocol/ports.js';
import type { Logger } from '../log.js';
import type { RegionStore } from './store.js';
import type { TlsIdentity } from '../tls/index.js';
import type { RegionUsers } from './users.js';

/** Everything the regional service's routes use. */
export interface RegionContext {
  store: RegionStore;
  users: RegionUsers;
  tls: TlsIdentity;
  clock: Clock;
  random: RandomSource;
  log: Logger;
  /** A venue not heard from this long is shown stale. */
  staleAfterMs: number;
  /** Called after a push was stored (for dashboards that wait for changes). */
  changed(): void;
}
