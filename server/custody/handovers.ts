import type { z } from 'zod/mini';
import type { Handover, HandoverItem, HandoverSchema, SerialCheck } from '../../protocol/custody.js';
import { durably } from '../db/open.js';
import type { Actor, CustodyDeps } from './deps.js';
import { notFound } from './errors.js';
import type { RecordKind } from './store.js';

type Body = z.output<typeof HandoverSchema>;

const norm = (s: string) => s.trim().toUpperCase().replace(/\s+/g, '');

/**
 * Compares a BAST item's serial with what the agent of its server reported. Pure: the agent's
 * answer is passed in. A missing agent or serial is a warning too: the match could not be made.
 */
export function serialCheck(
  item: Pick<HandoverItem, 'serial' | 'serverId'>,
  agent: { agentId: string; serial: string | null } | null,
): SerialCheck | null {
  if (!item.serverId) return null;
  const serverId = item.serverId;
  if (!agent) {
    return {
      serverId,
      reported: null,
      agentId: null,
      match: false,
      warning: {
        id: `Server ${serverId} belum punya agen yang terhubung, jadi nomor seri ${item.serial || '(kosong)'} belum bisa dicocokkan. Pasang agen SiapCAT di server itu.`,
        en: `Server ${serverId} has no agent yet, so serial ${item.serial || '(empty)'} cannot be matched. Install the SiapCAT agent on that server.`,
      },
    };
  }
  if (agent.serial === null || agent.serial === '') {
    return {
      serverId,
      reported: null,
      agentId: agent.agentId,
      match: false,
      warning: {
        id: `Agen ${agent.agentId} di server ${serverId} tidak melaporkan nomor seri, jadi ${item.serial || '(kosong)'} belum bisa dicocokkan. Periksa nomor seri pada label server.`,
        en: `Agent ${agent.agentId} on server ${serverId} reports no serial, so ${item.serial || '(empty)'} cannot be matched. Check the serial on the server's label.`,
      },
    };
  }
  const match = item.serial !== '' && norm(agent.serial) === norm(item.serial);
  return {
    serverId,
    reported: agent.serial,
    agentId: agent.agentId,
    match,
    warning: match
      ? null
      : {
          id: `Nomor seri server ${serverId} tidak cocok: BAST menulis ${item.serial || '(kosong)'}, agen ${agent.agentId} membaca ${agent.serial}. Periksa apakah server yang diterima adalah server yang disegel.`,
          en: `Serial of server ${serverId} does not match: the BAST says ${item.serial || '(empty)'}, agent ${agent.agentId} reads ${agent.serial}. Check that the server received is the sealed one.`,
        },
  };
}

export function recordHandover(deps: CustodyDeps, body: Body, actor: Actor): Handover {
  const items = body.items.map((item) => ({
    ...item,
    serialCheck: serialCheck(item, item.serverId ? deps.ports.fleet.serverSerial(item.serverId) : null),
  }));
  const handover = durably(deps.db, () => {
    const at = deps.clock.now().toISOString();
    const id = deps.store.addHandover(body.direction, at, actor.username, {
      place: body.place,
      giver: body.giver,
      receiver: body.receiver,
      witnessNames: body.witnessNames,
      items,
      note: body.note,
    });
    deps.ports.audit.append({
      actor: actor.username,
      action: 'custody.handover',
      subject: `handover:${id}`,
      data: {
        direction: body.direction,
        place: body.place,
        giver: body.giver.name,
        receiver: body.receiver.name,
        items: items.map((i) => ({
          kind: i.kind,
          serial: i.serial,
          seals: i.sealNumbers,
          condition: i.sealCondition,
          serialMatch: i.serialCheck?.match ?? null,
        })),
      },
    });
    return deps.store.handover(id)!;
  });
  const warnings = items.filter((i) => i.serialCheck?.warning).length;
  deps.log.info('custody.handover', { id: handover.id, direction: handover.direction, by: actor.username, warnings });
  deps.changes.publish({ topics: ['custody'] });
  return handover;
}

export function getHandover(deps: CustodyDeps, id: number): Handover {
  const h = deps.store.handover(id);
  if (!h) throw notFound('handover', String(id));
  return h;
}

/** A logged-in member of the monitoring team confirms a record as its witness (once per user). */
export function witness(deps: CustodyDeps, kind: RecordKind, id: number, actor: Actor, exists: (id: number) => boolean): boolean {
  const added = durably(deps.db, () => {
    if (!exists(id)) throw notFound(kind, String(id));
    const at = deps.clock.now().toISOString();
    const fresh = deps.store.addWitness(kind, id, { username: actor.username, role: actor.role, at });
    if (fresh)
      deps.ports.audit.append({ actor: actor.username, action: 'custody.witnessed', subject: `${kind}:${id}`, data: { role: actor.role } });
    return fresh;
  });
  if (added) deps.changes.publish({ topics: ['custody'] });
  return added;
}
