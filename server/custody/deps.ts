import type { Clock } from '../../protocol/ports.js';
import type { ChangeFeed } from '../changes.js';
import type { Db } from '../db/open.js';
import type { Logger } from '../log.js';
import type { CustodyPorts } from './ports.js';
import { PhotoStore } from './photo-store.js';
import { CustodyStore } from './store.js';
import { SwitchStore } from './switch-store.js';
import { TrialStore } from './trial-store.js';

/** What the custody services use: the hub's ports, the custody stores and the other features' ports. */
export interface CustodyDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  changes: ChangeFeed;
  store: CustodyStore;
  trials: TrialStore;
  switches: SwitchStore;
  photos: PhotoStore;
  ports: CustodyPorts;
}

export function createCustodyDeps(ctx: { db: Db; clock: Clock; log: Logger; changes: ChangeFeed }, ports: CustodyPorts): CustodyDeps {
  return {
    db: ctx.db,
    clock: ctx.clock,
    log: ctx.log,
    changes: ctx.changes,
    store: new CustodyStore(ctx.db),
    trials: new TrialStore(ctx.db),
    switches: new SwitchStore(ctx.db),
    photos: new PhotoStore(ctx.db),
    ports,
  };
}

/** The logged-in user as custody records name them. */
export interface Actor {
  username: string;
  role: string;
}
