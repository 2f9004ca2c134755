import { openDb } from '../../server/db/open.js';
import { createLogger } from '../../server/log.js';
import { OUTBOX_MIGRATIONS } from '../../server/outbox/schema.js';
import { joinRegion } from '../../server/outbox/join.js';
import { DEFAULT_PUSHER_OPTIONS, Pusher } from '../../server/outbox/pusher.js';
import { OutboxStore } from '../../server/outbox/store.js';
import { httpsTransport, type RegionTransport } from '../../server/outbox/transport.js';
import { cryptoRandom, systemClock, type Clock } from '../../protocol/ports.js';

/**
 * A simulated venue hub for bench/region: the hub's real outbox (SQLite, in memory) and its real
 * pusher over HTTPS with the pinned CA; only the exam day is simulated (a session whose present
 * count grows). `down` cuts its WAN line: every push fails at once, as with a dead link.
 */
export class SimVenue {
  readonly store: OutboxStore;
  pusher: Pusher | undefined;
  down = false;
  present = 0;
  readiness = 0;
  /** present count -> when it was appended (ms). */
  readonly appendedAt = new Map<number, number>();

  constructor(
    readonly id: string,
    clock: Clock = systemClock,
  ) {
    const db = openDb(':memory:', OUTBOX_MIGRATIONS);
    this.store = new OutboxStore(db, clock, () => this.pusher?.kick());
  }

  async join(regionUrl: string, code: string, caFingerprint: string): Promise<void> {
    const link = await joinRegion(this.store, { regionUrl, code, caFingerprint, name: this.id });
    const real = httpsTransport(link.regionUrl, link.caPem);
    const transport: RegionTransport = {
      post: (path, body, bearer) => (this.down ? Promise.reject(new Error('WAN link down')) : real.post(path, body, bearer)),
      close: () => real.close(),
    };
    this.pusher = new Pusher(this.store, transport, systemClock, cryptoRandom, createLogger(() => undefined), DEFAULT_PUSHER_OPTIONS);
    this.pusher.start();
  }

  /** One change at the venue: a participant checked in (and, every 4th, the readiness moved). */
  tick(): void {
    this.present += 1;
    this.appendedAt.set(this.present, Date.now());
    this.store.append('attendance', attendance(this.present), 'skd-1');
    if (this.present % 4 === 0) {
      this.readiness += 1;
      this.store.append('readiness', { verdict: 'incomplete', machines: { ready: 200 - (this.readiness % 7), notReady: 0, incomplete: this.readiness % 7, missing: 0, offline: 3 }, causes: [] });
    }
  }

  caughtUp(): boolean {
    const link = this.store.link();
    return link !== undefined && link.ackedSeq >= this.store.head();
  }

  stop(): void {
    this.pusher?.stop();
  }
}

export function attendance(present: number): Record<string, unknown> {
  // Large enough that an hour of check-ins every 5 s (plus the throughput phase) never exceeds it.
  const registered = 100_000;
  const rooms = Array.from({ length: 10 }, (_, i) => {
    const p = Math.floor(present / 10) + (i < present % 10 ? 1 : 0);
    return { room: `R${i + 1}`, registered: 10_000, present: p, absent: 10_000 - p, refused: 0 };
  });
  return { sessionId: 'skd-1', name: 'SKD Sesi 1', date: '2026-11-23', start: '08:00', end: '09:40', registered, present, absent: registered - present, refused: 0, rooms };
}
