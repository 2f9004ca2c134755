import type { Placement } from '../../protocol/agent.js';
import { AppError } from '../../protocol/errors.js';
import type { SeatingChange, SeatingImportResult, SeatingRejection } from '../../protocol/seating.js';
import { effectiveLimit } from '../capacity/capacity.js';
import { durably } from '../db/open.js';
import type { ParsedSeating, SeatingLine } from './seating-file.js';
import type { AgentHub } from './service.js';

/** Thrown inside the preview's transaction so SQLite rolls back every move it tried. */
class DryRun {
  constructor(readonly result: SeatingImportResult) {}
}

const same = (a: Placement, b: Placement) => a.serverId === b.serverId && a.roomId === b.roomId && a.seat === b.seat;

/**
 * Places the PCs of a seating file, each line as one `PUT /api/machines/:id/placement` would (the
 * Placer's move: the 200-per-server rule, the seat's existence and holder), all in one
 * transaction. A preview runs the very same moves and rolls them back, so it shows what applying
 * would do. A line whose seat is held by a PC the file moves away waits until that PC has moved
 * (a room re-seated in any order works); two PCs swapping seats are refused with that reason.
 */
export function placeFromFile(hub: AgentHub, parsed: ParsedSeating, apply: boolean, by: string): SeatingImportResult {
  const at = hub.ctx.clock.now().toISOString();
  let changedIds: string[] = [];
  const run = (): SeatingImportResult => {
    const before = hub.machines.placedByServer();
    const { changes, unchanged, rejected } = moveAll(hub, parsed.rows, at);
    const retried = hub.placer.retryRefused(at);
    changedIds = [...changes.map((c) => c.machineId), ...retried];
    const after = hub.machines.placedByServer();
    const touched = new Set(changes.flatMap((c) => [c.from.serverId, c.to.serverId]).filter((s): s is string => s !== null));
    const servers = [...touched].sort().map((id) => ({
      id,
      before: before.get(id) ?? 0,
      after: after.get(id) ?? 0,
      limit: effectiveLimit(hub.venue.server(id)?.limit ?? 0),
    }));
    return {
      applied: apply,
      format: parsed.format,
      headerLine: parsed.headerLine,
      columns: parsed.columns,
      lines: parsed.rows.length + parsed.rejected.length,
      changes,
      unchanged,
      rejected: [...parsed.rejected, ...rejected].sort((a, b) => a.line - b.line),
      servers,
    };
  };
  if (!apply) {
    try {
      hub.ctx.db.transaction(() => {
        throw new DryRun(run());
      })();
    } catch (err) {
      if (err instanceof DryRun) return err.result;
      throw err;
    }
  }
  const result = durably(hub.ctx.db, run);
  hub.ctx.log.info('agents.seating-imported', { by, moved: result.changes.length, refused: result.rejected.length });
  hub.notifyPlaced(changedIds);
  return result;
}

function moveAll(hub: AgentHub, lines: readonly SeatingLine[], at: string) {
  const changes: SeatingChange[] = [];
  const rejected: SeatingRejection[] = [];
  let unchanged = 0;
  const pending = new Map(lines.map((l) => [l.number, l]));
  /** Lines waiting for a PC (the key) the file also moves to leave their seat. */
  const waitingFor = new Map<string, SeatingLine[]>();
  const queue = [...lines];
  const finish = (line: SeatingLine) => {
    pending.delete(line.number);
    const waiters = waitingFor.get(line.number);
    waitingFor.delete(line.number);
    if (waiters) queue.push(...waiters);
  };
  const attempt = (line: SeatingLine, deadlock: boolean) => {
    const refuse = (id: string, en: string) => rejected.push({ line: line.line, reason: id, en, machineId: line.number });
    const record = hub.machines.get(line.number);
    if (!record) {
      refuse(
        `PC ${line.number} belum terdaftar di hub. Jalankan agen di PC itu sekali (Pengaturan > Pendaftaran PC), lalu unggah lagi.`,
        `PC ${line.number} has not enrolled with the hub. Run the agent on that PC once (Setup > Enrolling PCs), then upload again.`,
      );
      return finish(line);
    }
    const seatServer = line.seat === null ? undefined : hub.venue.seat(line.roomId, line.seat)?.serverId;
    const to: Placement = { serverId: line.serverId ?? seatServer ?? record.placement.serverId, roomId: line.roomId, seat: line.seat };
    if (same(record.placement, to) && record.refusal === null) {
      unchanged++;
      return finish(line);
    }
    const holder = line.seat === null ? undefined : hub.machines.seatHolder(line.roomId, line.seat, record.id);
    if (holder !== undefined && pending.has(holder) && !deadlock) {
      waitingFor.set(holder, [...(waitingFor.get(holder) ?? []), line]);
      return;
    }
    try {
      hub.placer.move(record, to, at);
      changes.push({ line: line.line, machineId: record.id, from: record.placement, to: hub.machines.get(record.id)!.placement });
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'placement-refused') throw err;
      const swap = holder !== undefined && pending.has(holder) ? pending.get(holder)!.line : undefined;
      refuse(
        swap === undefined
          ? err.text.id
          : `${err.text.id} (${holder} juga dipindah berkas ini di baris ${swap}: dua PC bertukar kursi; pindahkan salah satunya ke kursi kosong dulu.)`,
        swap === undefined
          ? err.text.en
          : `${err.text.en} (${holder} is moved by this file too, on row ${swap}: two PCs swap seats; move one of them to a free seat first.)`,
      );
    }
    finish(line);
  };
  for (;;) {
    while (queue.length > 0) attempt(queue.shift()!, false);
    // What still waits is a cycle (PCs swapping seats): its first line is refused with why, which
    // frees the lines waiting for that PC to be tried (and refused: its seat stays taken).
    const first = [...waitingFor.entries()]
      .flatMap(([holder, lines]) => lines.map((line) => ({ holder, line })))
      .sort((a, b) => a.line.line - b.line.line)[0];
    if (!first) break;
    const rest = waitingFor.get(first.holder)!.filter((l) => l !== first.line);
    if (rest.length > 0) waitingFor.set(first.holder, rest);
    else waitingFor.delete(first.holder);
    attempt(first.line, true);
  }
  changes.sort((a, b) => a.line - b.line);
  return { changes, unchanged, rejected };
}
