import type { Placement, Refusal } from '../../protocol/agent.js';
import type { CheckChange, HistoryEntry as WireHistoryEntry } from '../../protocol/api.js';
import type { ChecklistRef, CheckResult, ReadinessReport, Role, Verdict } from '../../protocol/check.js';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open.js';
import { statements } from '../db/statements.js';
import { briefs, checkChanges, type CheckBrief } from './history.js';

/** A machine as stored: identity, placement, what it asked for, and its latest report. */
export interface MachineRecord {
  id: string;
  role: Role;
  keyHash: string;
  /** The agent has used its key (so it surely received it); until then the token may re-enroll the id. */
  keyConfirmed: boolean;
  placement: Placement;
  wanted: Placement;
  placedBy: 'agent' | 'admin';
  refusal: Refusal | null;
  waiting: boolean;
  refusedAt: string | null;
  lastSeq: number;
  verdict: Verdict | null;
  checklist: ChecklistRef | null;
  reportedAt: string | null;
  failing: CheckBrief[];
  unknowns: CheckBrief[];
  lastSeenAt: string | null;
  host: string | null;
  addresses: string[];
  agentVersion: string | null;
  /** 'pending': enrolled beyond the venue plan, takes no place until an admin approves it. */
  approval: 'approved' | 'pending';
  /** The serial number the agent reads (BIOS/DMI); null when it sent none. */
  serial: string | null;
}

interface Row {
  id: string;
  role: Role;
  key_hash: string;
  key_confirmed: number;
  server_id: string | null;
  room_id: string | null;
  seat: number | null;
  wanted_server_id: string | null;
  wanted_room_id: string | null;
  wanted_seat: number | null;
  placed_by: 'agent' | 'admin';
  refusal: string | null;
  waiting: number;
  refused_at: string | null;
  last_seq: number;
  verdict: Verdict | null;
  checklist: string | null;
  reported_at: string | null;
  failing: string;
  unknowns: string;
  last_seen_at: string | null;
  host: string | null;
  addresses: string;
  agent_version: string | null;
  approval: 'approved' | 'pending';
  serial: string | null;
}

const COLUMNS = `id, role, key_hash, key_confirmed, server_id, room_id, seat, wanted_server_id, wanted_room_id, wanted_seat, placed_by,
  refusal, waiting, refused_at, last_seq, verdict, checklist, reported_at, failing, unknowns, last_seen_at, host,
  addresses, agent_version, approval, serial`;

function toRecord(r: Row): MachineRecord {
  return {
    id: r.id,
    role: r.role,
    keyHash: r.key_hash,
    keyConfirmed: r.key_confirmed === 1,
    placement: { serverId: r.server_id, roomId: r.room_id, seat: r.seat },
    wanted: { serverId: r.wanted_server_id, roomId: r.wanted_room_id, seat: r.wanted_seat },
    placedBy: r.placed_by,
    refusal: r.refusal ? (JSON.parse(r.refusal) as Refusal) : null,
    waiting: r.waiting === 1,
    refusedAt: r.refused_at,
    lastSeq: r.last_seq,
    verdict: r.verdict,
    checklist: r.checklist ? (JSON.parse(r.checklist) as ChecklistRef) : null,
    reportedAt: r.reported_at,
    failing: JSON.parse(r.failing) as CheckBrief[],
    unknowns: JSON.parse(r.unknowns) as CheckBrief[],
    lastSeenAt: r.last_seen_at,
    host: r.host,
    addresses: JSON.parse(r.addresses) as string[],
    agentVersion: r.agent_version,
    approval: r.approval,
    serial: r.serial,
  };
}

/** A stored history entry: the wire's (protocol/api.ts), always with its report's seq and verdict. */
export type HistoryEntry = WireHistoryEntry & { seq: number; verdict: Verdict };

/** SQLite repository of machines and their reports. Multi-step changes run inside the caller's transaction. */
export class MachineStore {
  private readonly sql: (sql: string) => Statement;

  constructor(readonly db: Db) {
    this.sql = statements(db);
  }

  get(id: string): MachineRecord | undefined {
    const row = this.sql(`SELECT ${COLUMNS} FROM machines WHERE id = ?`).get(id) as Row | undefined;
    return row ? toRecord(row) : undefined;
  }

  all(): MachineRecord[] {
    return (this.sql(`SELECT ${COLUMNS} FROM machines ORDER BY id`).all() as Row[]).map(toRecord);
  }

  /** The latest full checks of a machine (empty before its first report). */
  checks(id: string): CheckResult[] {
    const row = this.sql('SELECT checks FROM machines WHERE id = ?').get(id) as { checks: string | null } | undefined;
    return row?.checks ? (JSON.parse(row.checks) as CheckResult[]) : [];
  }

  /** Every machine's latest checks, by id (one query, for the machine list). */
  allChecks(): Map<string, CheckResult[]> {
    const rows = this.sql('SELECT id, checks FROM machines').all() as { id: string; checks: string | null }[];
    return new Map(rows.map((r) => [r.id, r.checks ? (JSON.parse(r.checks) as CheckResult[]) : []]));
  }

  /**
   * A new identity, or a new key for one whose previous key was never confirmed (or that an admin's
   * per-PC code re-keys). `approval` applies to a new identity only; `via` names the code used.
   */
  enroll(
    id: string,
    role: Role,
    keyHash: string,
    at: string,
    approval: 'approved' | 'pending' = 'approved',
    via: string | null = null,
  ): void {
    this.sql(
      `INSERT INTO machines (id, role, key_hash, enrolled_at, approval, enrolled_with) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET key_hash = excluded.key_hash, key_confirmed = 0,
           enrolled_with = coalesce(excluded.enrolled_with, enrolled_with)`,
    ).run(id, role, keyHash, at, approval, via);
  }

  confirmKey(id: string): void {
    this.sql('UPDATE machines SET key_confirmed = 1 WHERE id = ? AND key_confirmed = 0').run(id);
  }

  /** Who the agent says it is; writes only what changed, and says whether it did. */
  updateIdentity(
    id: string,
    fields: { role: Role; host: string | null; addresses: string[]; agentVersion: string; serial: string | null },
  ): boolean {
    return (
      this.sql(
        `UPDATE machines SET role = @role, host = @host, addresses = @addresses, agent_version = @agentVersion, serial = @serial
         WHERE id = @id AND (role IS NOT @role OR host IS NOT @host OR addresses IS NOT @addresses OR agent_version IS NOT @agentVersion
           OR serial IS NOT @serial)`,
      ).run({ id, ...fields, addresses: JSON.stringify(fields.addresses) }).changes > 0
    );
  }

  /**
   * Writes a placement decision. The server is cleared first so that a move between two full
   * servers never trips the capacity trigger on the intermediate state.
   */
  place(
    id: string,
    d: { placement: Placement; wanted: Placement; refusal: Refusal | null; waiting: boolean },
    placedBy: 'agent' | 'admin',
    at: string,
  ): void {
    const before = this.get(id);
    const refusal = d.refusal ? JSON.stringify(d.refusal) : null;
    const refusedAt = d.refusal ? (before?.refusal?.code === d.refusal.code ? before.refusedAt : at) : null;
    this.sql('UPDATE machines SET server_id = NULL, room_id = NULL, seat = NULL WHERE id = ?').run(id);
    this.sql(
      `UPDATE machines SET server_id = ?, room_id = ?, seat = ?, wanted_server_id = ?, wanted_room_id = ?, wanted_seat = ?,
           placed_by = ?, refusal = ?, waiting = ?, refused_at = ? WHERE id = ?`,
    ).run(
      d.placement.serverId,
      d.placement.roomId,
      d.placement.seat,
      d.wanted.serverId,
      d.wanted.roomId,
      d.wanted.seat,
      placedBy,
      refusal,
      d.waiting ? 1 : 0,
      refusedAt,
      id,
    );
  }

  placedOn(serverId: string, exceptMachine = ''): number {
    return (
      this.sql("SELECT count(*) AS n FROM machines WHERE server_id = ? AND role = 'client' AND id <> ?").get(serverId, exceptMachine) as {
        n: number;
      }
    ).n;
  }

  placedByServer(): Map<string, number> {
    const rows = this.sql(
      "SELECT server_id AS id, count(*) AS n FROM machines WHERE server_id IS NOT NULL AND role = 'client' GROUP BY server_id",
    ).all() as { id: string; n: number }[];
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  seatHolder(roomId: string, seat: number, exceptMachine: string): string | undefined {
    const row = this.sql('SELECT id FROM machines WHERE room_id = ? AND seat = ? AND id <> ?').get(roomId, seat, exceptMachine) as
      { id: string } | undefined;
    return row?.id;
  }

  serverAgent(serverId: string, exceptMachine: string): string | undefined {
    const row = this.sql("SELECT id FROM machines WHERE server_id = ? AND role <> 'client' AND id <> ?").get(serverId, exceptMachine) as
      { id: string } | undefined;
    return row?.id;
  }

  inRoom(roomId: string): string[] {
    return (this.sql('SELECT id FROM machines WHERE room_id = ? ORDER BY id').all(roomId) as { id: string }[]).map((r) => r.id);
  }

  /** Machines with a refusal, oldest refusal first: the queue re-tried when the venue changes. */
  refused(): MachineRecord[] {
    return (this.sql(`SELECT ${COLUMNS} FROM machines WHERE refusal IS NOT NULL ORDER BY refused_at, id`).all() as Row[]).map(toRecord);
  }

  /**
   * Stores a report once: a seq at or below the last stored one is a replay and changes nothing.
   * Returns the changes against the previous report, or undefined for a replay.
   */
  storeReport(id: string, seq: number, report: ReadinessReport, receivedAt: string): CheckChange[] | undefined {
    const row = this.sql('SELECT last_seq, checks FROM machines WHERE id = ?').get(id) as
      { last_seq: number; checks: string | null } | undefined;
    if (!row || seq <= row.last_seq) return undefined;
    const previous = row.checks ? (JSON.parse(row.checks) as CheckResult[]) : null;
    const changes = checkChanges(previous, report.checks);
    const checklist = JSON.stringify(report.checklist);
    this.sql(
      `INSERT INTO machine_reports (machine_id, seq, received_at, gathered_at, verdict, checklist, report, changes)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, seq, receivedAt, report.gatheredAt, report.verdict, checklist, JSON.stringify(report), JSON.stringify(changes));
    const { failing, unknowns } = briefs(report.checks);
    this.sql(
      `UPDATE machines SET last_seq = ?, verdict = ?, checklist = ?, reported_at = ?, checks = ?, failing = ?, unknowns = ?
         WHERE id = ?`,
    ).run(seq, report.verdict, checklist, receivedAt, JSON.stringify(report.checks), JSON.stringify(failing), JSON.stringify(unknowns), id);
    return changes;
  }

  /** Reports that changed something (the first one always does), newest first. */
  history(id: string, limit = 100): HistoryEntry[] {
    const rows = this.sql(
      `SELECT received_at, seq, verdict, changes FROM machine_reports WHERE machine_id = ? AND changes <> '[]'
         ORDER BY seq DESC LIMIT ?`,
    ).all(id, limit) as { received_at: string; seq: number; verdict: Verdict; changes: string }[];
    return rows.map((r) => ({ at: r.received_at, seq: r.seq, verdict: r.verdict, changes: JSON.parse(r.changes) as CheckChange[] }));
  }

  reportCount(id: string): number {
    return (this.sql('SELECT count(*) AS n FROM machine_reports WHERE machine_id = ?').get(id) as { n: number }).n;
  }

  /** Writes the in-memory last-seen times in one statement batch (the caller wraps it in a transaction). */
  flushLastSeen(entries: Iterable<[string, string]>): number {
    const stmt = this.sql('UPDATE machines SET last_seen_at = ? WHERE id = ?');
    let n = 0;
    for (const [id, at] of entries) n += stmt.run(at, id).changes;
    return n;
  }

  delete(id: string): boolean {
    return this.sql('DELETE FROM machines WHERE id = ?').run(id).changes > 0;
  }
}
