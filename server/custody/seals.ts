import type { RoomSeal, SealInstallRequest, SealOpenRequest, Seal, SealsResponse } from '../../protocol/custody.js';
import { type SealInstallSchema, type SealOpenSchema } from '../../protocol/custody.js';
import { isAppError } from '../../protocol/errors.js';
import type { z } from 'zod/mini';
import { durably } from '../db/open.js';
import type { Actor, CustodyDeps } from './deps.js';
import { alreadySealed, notFound, sealAlreadyOpened, unknownRoom, unknownSession } from './errors.js';

type Install = z.output<typeof SealInstallSchema>;
type Open = z.output<typeof SealOpenSchema>;

/** Every seal, and each room's current seal state (test rooms first, as the plan lists them). */
export function listSeals(deps: CustodyDeps): SealsResponse {
  const seals = deps.store.seals();
  const latest = new Map<string, Seal>();
  for (const s of seals) latest.set(s.roomId, s);
  const rooms: RoomSeal[] = deps.ports.venue
    .rooms()
    .filter((r) => r.kind === 'ruang-tes' || latest.has(r.id))
    .map((r) => {
      const s = latest.get(r.id);
      return { roomId: r.id, state: s?.state ?? 'none', sealNumber: s?.sealNumber ?? null, sealId: s?.id ?? null };
    });
  return { seals, rooms };
}

function changed(deps: CustodyDeps, sessionId?: string | null): void {
  deps.changes.publish({ topics: ['custody'], ...(sessionId ? { sessions: [sessionId] } : {}) });
}

export function installSeal(deps: CustodyDeps, body: Install | SealInstallRequest, actor: Actor): Seal {
  const f = body as Install;
  const seal = durably(deps.db, () => {
    if (!deps.ports.venue.rooms().some((r) => r.id === f.roomId)) throw unknownRoom(f.roomId);
    const active = deps.store.activeSeal(f.roomId);
    if (active) throw alreadySealed(f.roomId, active.sealNumber);
    const at = deps.clock.now().toISOString();
    const id = deps.store.installSeal({
      roomId: f.roomId,
      sealNumber: f.sealNumber,
      at,
      by: actor.username,
      witness: f.witnessName,
      note: f.note,
    });
    deps.ports.audit.append({
      actor: actor.username,
      action: 'custody.seal-installed',
      subject: `seal:${id}`,
      data: { roomId: f.roomId, sealNumber: f.sealNumber, witness: f.witnessName },
    });
    return deps.store.seal(id)!;
  });
  deps.log.info('custody.seal-installed', { room: seal.roomId, seal: seal.sealNumber, by: actor.username });
  changed(deps);
  return seal;
}

/** The incident text of a seal found broken or with another number. */
export function anomalyText(seal: Pick<Seal, 'roomId' | 'sealNumber'>, read: string, intact: boolean): string {
  const what: string[] = [];
  if (!intact) what.push('segel ditemukan rusak');
  if (read.toUpperCase() !== seal.sealNumber.toUpperCase())
    what.push(`nomor segel terbaca ${read}, padahal yang dipasang ${seal.sealNumber}`);
  return `Segel ruang ${seal.roomId}: ${what.join('; ')}. Dicatat otomatis saat pembukaan segel.`;
}

/**
 * Records a seal's opening. A broken seal, or a number read back that differs from the one
 * installed, raises an incident in the session the room is opened for (its own transaction, after
 * the opening is on disk: the opening is never lost to a failed incident).
 */
export function openSeal(deps: CustodyDeps, id: number, body: Open | SealOpenRequest, actor: Actor): Seal {
  const f = body as Open;
  const sessionId = f.sessionId ?? null;
  const opened = durably(deps.db, () => {
    const seal = deps.store.seal(id);
    if (!seal) throw notFound('seal', String(id));
    if (seal.openedAt) throw sealAlreadyOpened(id);
    if (sessionId && !deps.ports.exam.sessionRooms(sessionId)) throw unknownSession(sessionId);
    const at = deps.clock.now().toISOString();
    deps.store.openSeal(id, {
      at,
      by: actor.username,
      witness: f.witnessName,
      read: f.sealNumberRead,
      intact: f.intact,
      sessionId,
      note: f.note,
    });
    const after = deps.store.seal(id)!;
    deps.ports.audit.append({
      actor: actor.username,
      action: 'custody.seal-opened',
      sessionId,
      subject: `seal:${id}`,
      data: {
        roomId: seal.roomId,
        sealNumber: seal.sealNumber,
        read: f.sealNumberRead,
        intact: f.intact,
        anomaly: after.anomaly,
        witness: f.witnessName,
      },
    });
    return after;
  });
  deps.log.info('custody.seal-opened', { room: opened.roomId, seal: opened.sealNumber, anomaly: opened.anomaly, by: actor.username });
  if (opened.anomaly && sessionId) {
    const description = anomalyText(opened, f.sealNumberRead, f.intact);
    let incidentId: number;
    try {
      incidentId = deps.ports.exam.raiseIncident(sessionId, { room: opened.roomId, description }, actor);
    } catch (err) {
      // The room is not one of the session's rooms: the incident is then about the whole venue.
      if (!isAppError(err) || err.code !== 'incident-room') throw err;
      incidentId = deps.ports.exam.raiseIncident(sessionId, { room: '', description }, actor);
    }
    durably(deps.db, () => deps.store.setSealIncident(id, incidentId));
    deps.log.warn('custody.seal-anomaly', { room: opened.roomId, seal: opened.sealNumber, session: sessionId, incident: incidentId });
  }
  changed(deps, sessionId);
  return deps.store.seal(id)!;
}
