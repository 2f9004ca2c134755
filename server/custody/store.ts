import type { Handover, HandoverRequest, Seal, Witness } from '../../protocol/custody.js';
import type { Db } from '../db/open.js';
import { stmt } from '../db/statements.js';

interface SealRow {
  id: number;
  room_id: string;
  seal_number: string;
  installed_at: string;
  installed_by: string;
  install_witness: string;
  opened_at: string | null;
  opened_by: string | null;
  open_witness: string | null;
  seal_number_read: string | null;
  intact: number | null;
  session_id: string | null;
  incident_id: number | null;
  note: string;
}

interface HandoverRow {
  id: number;
  direction: 'in' | 'out';
  at: string;
  recorded_by: string;
  body: string;
}

export type RecordKind = 'seal' | 'handover' | 'trial';

function toSeal(r: SealRow, witnesses: Witness[]): Seal {
  const opened = r.opened_at !== null;
  // Seal numbers are compared as printed, ignoring case (a monitor may type bkn-0003 for BKN-0003).
  const anomaly = opened && (r.intact === 0 || (r.seal_number_read ?? '').toUpperCase() !== r.seal_number.toUpperCase());
  return {
    id: r.id,
    roomId: r.room_id,
    sealNumber: r.seal_number,
    installedAt: r.installed_at,
    installedBy: r.installed_by,
    installWitness: r.install_witness,
    openedAt: r.opened_at,
    openedBy: r.opened_by,
    openWitness: r.open_witness,
    sealNumberRead: r.seal_number_read,
    intact: r.intact === null ? null : r.intact === 1,
    anomaly,
    sessionId: r.session_id,
    incidentId: r.incident_id,
    note: r.note,
    state: !opened ? 'sealed' : anomaly ? 'broken' : 'opened',
    witnesses,
  };
}

/** Seals, handovers and witness confirmations in SQLite (writes run inside the caller's durable transaction). */
export class CustodyStore {
  constructor(private readonly db: Db) {}

  witnesses(kind: RecordKind, id: number): Witness[] {
    return stmt(this.db, 'SELECT username, role, at FROM custody_witnesses WHERE record_kind = ? AND record_id = ? ORDER BY at, username').all(
      kind,
      id,
    ) as Witness[];
  }

  /** Adds a witness once per user and record; false when that user already witnessed it. */
  addWitness(kind: RecordKind, id: number, w: Witness): boolean {
    return (
      stmt(this.db, 'INSERT OR IGNORE INTO custody_witnesses (record_kind, record_id, username, role, at) VALUES (?, ?, ?, ?, ?)').run(
        kind,
        id,
        w.username,
        w.role,
        w.at,
      ).changes > 0
    );
  }

  seals(): Seal[] {
    const rows = stmt(this.db, 'SELECT * FROM custody_seals ORDER BY id').all() as SealRow[];
    return rows.map((r) => toSeal(r, this.witnesses('seal', r.id)));
  }

  seal(id: number): Seal | undefined {
    const r = stmt(this.db, 'SELECT * FROM custody_seals WHERE id = ?').get(id) as SealRow | undefined;
    return r ? toSeal(r, this.witnesses('seal', r.id)) : undefined;
  }

  activeSeal(roomId: string): Seal | undefined {
    const r = stmt(this.db, 'SELECT * FROM custody_seals WHERE room_id = ? AND opened_at IS NULL').get(roomId) as SealRow | undefined;
    return r ? toSeal(r, this.witnesses('seal', r.id)) : undefined;
  }

  installSeal(f: { roomId: string; sealNumber: string; at: string; by: string; witness: string; note: string }): number {
    return Number(
      stmt(
        this.db,
        `INSERT INTO custody_seals (room_id, seal_number, installed_at, installed_by, install_witness, note)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(f.roomId, f.sealNumber, f.at, f.by, f.witness, f.note).lastInsertRowid,
    );
  }

  openSeal(id: number, f: { at: string; by: string; witness: string; read: string; intact: boolean; sessionId: string | null; note: string }): void {
    stmt(
      this.db,
      `UPDATE custody_seals SET opened_at = ?, opened_by = ?, open_witness = ?, seal_number_read = ?, intact = ?, session_id = ?,
         note = CASE WHEN ? = '' THEN note WHEN note = '' THEN ? ELSE note || char(10) || ? END
       WHERE id = ? AND opened_at IS NULL`,
    ).run(f.at, f.by, f.witness, f.read, f.intact ? 1 : 0, f.sessionId, f.note, f.note, f.note, id);
  }

  setSealIncident(id: number, incidentId: number): void {
    stmt(this.db, 'UPDATE custody_seals SET incident_id = ? WHERE id = ?').run(incidentId, id);
  }

  addHandover(direction: 'in' | 'out', at: string, by: string, body: Omit<Handover, 'id' | 'direction' | 'at' | 'recordedBy' | 'witnesses'>): number {
    return Number(
      stmt(this.db, 'INSERT INTO custody_handovers (direction, at, recorded_by, body) VALUES (?, ?, ?, ?)').run(direction, at, by, JSON.stringify(body))
        .lastInsertRowid,
    );
  }

  handovers(): Handover[] {
    const rows = stmt(this.db, 'SELECT * FROM custody_handovers ORDER BY id').all() as HandoverRow[];
    return rows.map((r) => this.toHandover(r));
  }

  handover(id: number): Handover | undefined {
    const r = stmt(this.db, 'SELECT * FROM custody_handovers WHERE id = ?').get(id) as HandoverRow | undefined;
    return r ? this.toHandover(r) : undefined;
  }

  private toHandover(r: HandoverRow): Handover {
    const body = JSON.parse(r.body) as Omit<Handover, 'id' | 'direction' | 'at' | 'recordedBy' | 'witnesses'>;
    return { id: r.id, direction: r.direction, at: r.at, recordedBy: r.recorded_by, ...body, witnesses: this.witnesses('handover', r.id) };
  }
}

export type { HandoverRequest };
