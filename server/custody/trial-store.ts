import type { PowerState, Trial, TrialPing, TrialResult, TrialThresholds } from '../../protocol/custody-responses.js';
import type { Db } from '../db/open.js';
import { stmt } from '../db/statements.js';

interface TrialRow {
  id: number;
  kind: Trial['kind'];
  status: Trial['status'];
  started_at: string;
  ended_at: string | null;
  started_by: string;
  probe_bytes: number;
  schedule: string;
  thresholds: string;
  note: string;
  drill: string | null;
}

interface ResultRow {
  agent_id: string;
  role: string;
  room_id: string | null;
  server_id: string | null;
  seat: number | null;
  status: 'waiting' | 'answered' | 'no-answer';
  result: string | null;
  connected_at_end: number | null;
}

/** A trial's stored header: everything but its summary groups, which are computed from its results. */
export type TrialHeader = Omit<Trial, 'venue' | 'rooms' | 'servers' | 'noAnswer' | 'witnesses'>;

export interface StoredAnswer {
  pings: TrialPing[];
  throughputMbps: number | null;
  power: PowerState | null;
}

function toHeader(r: TrialRow): TrialHeader {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    startedBy: r.started_by,
    probeBytes: r.probe_bytes,
    schedule: JSON.parse(r.schedule) as Trial['schedule'],
    thresholds: JSON.parse(r.thresholds) as TrialThresholds,
    note: r.note,
    drill: r.drill ? (JSON.parse(r.drill) as Trial['drill']) : null,
  };
}

/** Trials and their per-PC results in SQLite. */
export class TrialStore {
  constructor(private readonly db: Db) {}

  create(
    h: Omit<TrialHeader, 'id' | 'status' | 'endedAt'>,
    machines: Array<{ id: string; role: string; roomId: string | null; serverId: string | null; seat: number | null }>,
  ): number {
    const id = Number(
      stmt(
        this.db,
        `INSERT INTO custody_trials (kind, status, started_at, started_by, probe_bytes, schedule, thresholds, note, drill)
         VALUES (?, 'running', ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        h.kind,
        h.startedAt,
        h.startedBy,
        h.probeBytes,
        JSON.stringify(h.schedule),
        JSON.stringify(h.thresholds),
        h.note,
        h.drill ? JSON.stringify(h.drill) : null,
      ).lastInsertRowid,
    );
    const insert = stmt(
      this.db,
      `INSERT INTO custody_trial_results (trial_id, agent_id, role, room_id, server_id, seat, status) VALUES (?, ?, ?, ?, ?, ?, 'waiting')`,
    );
    for (const m of machines) insert.run(id, m.id, m.role, m.roomId, m.serverId, m.seat);
    return id;
  }

  answer(trialId: number, agentId: string, answer: StoredAnswer): void {
    stmt(
      this.db,
      `UPDATE custody_trial_results SET status = 'answered', result = ? WHERE trial_id = ? AND agent_id = ? AND status = 'waiting'`,
    ).run(JSON.stringify(answer), trialId, agentId);
  }

  finish(trialId: number, endedAt: string, connected: (agentId: string) => boolean): void {
    const ids = (
      stmt(this.db, 'SELECT agent_id FROM custody_trial_results WHERE trial_id = ?').all(trialId) as Array<{ agent_id: string }>
    ).map((r) => r.agent_id);
    const mark = stmt(this.db, 'UPDATE custody_trial_results SET connected_at_end = ? WHERE trial_id = ? AND agent_id = ?');
    for (const id of ids) mark.run(connected(id) ? 1 : 0, trialId, id);
    stmt(this.db, `UPDATE custody_trial_results SET status = 'no-answer' WHERE trial_id = ? AND status = 'waiting'`).run(trialId);
    stmt(this.db, `UPDATE custody_trials SET status = 'complete', ended_at = ? WHERE id = ?`).run(endedAt, trialId);
  }

  /** Trials stopped by a hub restart while running: completed now, their silent PCs as not answering. */
  running(): number[] {
    return (stmt(this.db, `SELECT id FROM custody_trials WHERE status = 'running'`).all() as Array<{ id: number }>).map((r) => r.id);
  }

  setDrill(trialId: number, drill: NonNullable<Trial['drill']>, note: string): void {
    stmt(this.db, 'UPDATE custody_trials SET drill = ?, note = ? WHERE id = ?').run(JSON.stringify(drill), note, trialId);
  }

  header(id: number): TrialHeader | undefined {
    const r = stmt(this.db, 'SELECT * FROM custody_trials WHERE id = ?').get(id) as TrialRow | undefined;
    return r ? toHeader(r) : undefined;
  }

  headers(): TrialHeader[] {
    return (stmt(this.db, 'SELECT * FROM custody_trials ORDER BY id').all() as TrialRow[]).map(toHeader);
  }

  results(trialId: number): TrialResult[] {
    const rows = stmt(this.db, 'SELECT * FROM custody_trial_results WHERE trial_id = ? ORDER BY room_id, seat, agent_id').all(
      trialId,
    ) as ResultRow[];
    return rows.map((r) => {
      const a = r.result ? (JSON.parse(r.result) as StoredAnswer) : null;
      return {
        agentId: r.agent_id,
        role: r.role,
        roomId: r.room_id,
        serverId: r.server_id,
        seat: r.seat,
        status: r.status === 'answered' ? 'answered' : 'no-answer',
        pings: a?.pings ?? [],
        throughputMbps: a?.throughputMbps ?? null,
        power: a?.power ?? null,
        connectedAtEnd: r.connected_at_end === null ? null : r.connected_at_end === 1,
      };
    });
  }
}
