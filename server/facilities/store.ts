import type { FacilityEntry, FacilityTick } from '../../protocol/facilities.js';
import { durably, type Db } from '../db/open.js';

interface Row {
  item_id: string;
  status: FacilityEntry['status'];
  note: string;
  checked_by: string;
  checked_at: string;
}

/** The facility ticks in SQLite. A tick is an audit record: written with synchronous=FULL. */
export class FacilityStore {
  constructor(private readonly db: Db) {}

  all(): Map<string, FacilityEntry> {
    const rows = this.db.prepare('SELECT item_id, status, note, checked_by, checked_at FROM facility_checks').all() as Row[];
    return new Map(rows.map((r) => [r.item_id, { status: r.status, note: r.note, by: r.checked_by, at: r.checked_at }]));
  }

  tick(itemId: string, tick: FacilityTick, by: string, at: string): FacilityEntry {
    durably(this.db, () => {
      this.db
        .prepare(
          `INSERT INTO facility_checks (item_id, status, note, checked_by, checked_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT(item_id) DO UPDATE SET status = excluded.status, note = excluded.note,
             checked_by = excluded.checked_by, checked_at = excluded.checked_at`,
        )
        .run(itemId, tick.status, tick.note, by, at);
    });
    return { status: tick.status, note: tick.note, by, at };
  }

  /** Back to "not checked"; true when there was a tick to remove. */
  clear(itemId: string): boolean {
    return durably(this.db, () => this.db.prepare('DELETE FROM facility_checks WHERE item_id = ?').run(itemId).changes > 0);
  }
}
