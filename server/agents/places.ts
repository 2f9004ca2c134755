import { AppError } from '../../protocol/errors.js';
import { durably } from '../db/open.js';
import { machineGone } from './errors.js';
import type { AgentHub } from './service.js';

/**
 * An admin approves a PC that enrolled beyond the venue plan: it is placed as it asked when it
 * enrolled (or where an admin put it), like any other, and told so.
 */
export function approveMachine(hub: AgentHub, id: string, by: string): void {
  const at = hub.ctx.clock.now().toISOString();
  durably(hub.ctx.db, () => {
    const record = hub.machines.get(id);
    if (!record) throw machineGone(id);
    if (!hub.approvals.approve(id)) {
      throw new AppError('not-pending', { id: `PC ${id} tidak sedang menunggu persetujuan.`, en: `PC ${id} is not waiting for approval.` }, { status: 409 });
    }
    hub.placer.fromHello({ ...record, approval: 'approved' }, record.role, record.wanted, at);
  });
  hub.ctx.log.info('agents.approved', { agent: id, by });
  hub.notifyPlaced([id]);
}

/**
 * A client placed on a server but offline for longer than `afterMs` gives its place to an online
 * client waiting for that server (full). It keeps its room and seat and waits for a place itself,
 * so it comes back when one frees up. Only as many places move as online clients wait.
 */
export function yieldOfflinePlaces(hub: AgentHub, afterMs: number): string[] {
  const nowMs = hub.ctx.clock.now().getTime();
  const at = new Date(nowMs).toISOString();
  const online = (id: string) => hub.presence.isOnline(id);
  const changed = hub.ctx.db.transaction(() => {
    const waiting = hub.machines.refused().filter((r) => r.waiting && r.approval === 'approved' && r.wanted.serverId && online(r.id));
    if (waiting.length === 0) return [];
    const need = new Map<string, number>();
    for (const r of waiting) need.set(r.wanted.serverId!, (need.get(r.wanted.serverId!) ?? 0) + 1);
    const moved: string[] = [];
    for (const record of hub.machines.all()) {
      const serverId = record.placement.serverId;
      if (record.role !== 'client' || serverId === null || !need.get(serverId) || online(record.id)) continue;
      const seen = hub.presence.lastSeenMs(record.id) ?? (record.lastSeenAt ? Date.parse(record.lastSeenAt) : undefined);
      if (seen === undefined || nowMs - seen < afterMs) continue;
      const minutes = Math.round((nowMs - seen) / 60_000);
      hub.machines.place(
        record.id,
        {
          placement: { serverId: null, roomId: record.placement.roomId, seat: record.placement.seat },
          wanted: { ...record.wanted, serverId },
          refusal: {
            code: 'server-full',
            message: `PC ${record.id} offline ${minutes} menit, jadi tempatnya di server ${serverId} diberikan ke PC yang sedang online. PC ini mendapat tempat lagi begitu ada yang kosong.`,
            en: `PC ${record.id} was offline for ${minutes} min, so its place on server ${serverId} went to an online PC. It gets a place again as soon as one frees up.`,
          },
          waiting: true,
        },
        record.placedBy,
        at,
      );
      need.set(serverId, need.get(serverId)! - 1);
      moved.push(record.id);
    }
    if (moved.length === 0) return [];
    const waitingIds = new Set(waiting.map((r) => r.id));
    return [...moved, ...hub.placer.retryRefused(at, (r) => waitingIds.has(r.id))];
  })();
  if (changed.length > 0) hub.ctx.log.info('agents.places-yielded', { machines: changed.length });
  hub.notifyPlaced(changed);
  return changed;
}
