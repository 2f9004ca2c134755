import type { Cause, MachineCounts, RoomReadiness, ServerInfo, ServerReadiness, VenueReadiness } from '../../protocol/api.js';
import { verdictOf, type CheckStatus, type Verdict } from '../../protocol/verdict.js';
import type { Room, Server } from '../../protocol/venue.js';
import { effectiveLimit } from '../capacity/capacity.js';
import { emptySeatsCause, machineCauses, rank, serverFullCause, type RollupMachine } from './causes.js';

export type { RollupMachine } from './causes.js';

export interface RollupInput {
  machines: readonly RollupMachine[];
  rooms: readonly Room[];
  servers: readonly Server[];
  /** Seat numbers of each room that has seats. */
  seats: ReadonlyMap<string, readonly number[]>;
  /** Seat taken by a machine, as `room/number`. */
  seated: ReadonlySet<string>;
  /** The facility checklist's causes (not met: a failure; not yet checked: unknown), when the hub has one. */
  facilityCauses?: readonly Cause[];
  generatedAt: string;
}

export function countMachines(machines: readonly RollupMachine[]): MachineCounts {
  const counts: MachineCounts = { ready: 0, notReady: 0, incomplete: 0, missing: 0, offline: 0 };
  for (const m of machines) {
    if (m.presence === 'missing') counts.missing++;
    else if (!m.online) counts.offline++;
    else if (m.verdict === 'ready') counts.ready++;
    else if (m.verdict === 'not-ready') counts.notReady++;
    else counts.incomplete++;
  }
  return counts;
}

/**
 * The one rule (protocol/verdict.ts) over counts and causes: a machine not ready or a failing cause
 * is a failure; a machine incomplete, missing or offline, or any other cause, is unknown.
 */
export function areaVerdict(counts: MachineCounts, causes: readonly Cause[]): Verdict {
  const statuses: CheckStatus[] = causes.map((c) => c.severity);
  if (counts.notReady > 0) statuses.push('fail');
  if (counts.incomplete > 0 || counts.missing > 0 || counts.offline > 0) statuses.push('unknown');
  return verdictOf(statuses);
}

/** Each server's limit, clients placed, whether its own agent is online, and who waits for it. */
export function serverInfos(servers: readonly Server[], machines: readonly RollupMachine[]): ServerInfo[] {
  return servers.map((s) => {
    let assigned = 0;
    let online = false;
    const waiting: string[] = [];
    for (const m of machines) {
      if (m.serverId === s.id && m.role === 'client') assigned++;
      if (m.serverId === s.id && m.role !== 'client' && m.online) online = true;
      if (m.waiting && m.wantedServerId === s.id) waiting.push(m.id);
    }
    return { id: s.id, kind: s.kind, limit: effectiveLimit(s.limit), assigned, online, waiting };
  });
}

/**
 * The venue's readiness, per room, per server and for the whole venue, with named causes.
 * Pure: the hub passes what it has stored and who is online now.
 */
export function rollup(input: RollupInput): VenueReadiness {
  const infos = serverInfos(input.servers, input.machines);
  const fullCauses = infos.map((s) => serverFullCause({ ...s, waiting: s.waiting?.length ?? 0 }));

  const servers: ServerReadiness[] = infos.map((info, i) => {
    const server = input.servers[i]!;
    const mine = input.machines.filter((m) => m.serverId === server.id);
    const machines = countMachines(mine);
    const causes = rank([...(fullCauses[i] ? [fullCauses[i]!] : []), ...machineCauses(mine, server.id)]);
    return {
      id: server.id,
      ...(server.name ? { name: server.name } : {}),
      kind: server.kind,
      verdict: areaVerdict(machines, causes),
      machines,
      causes,
      limit: info.limit,
      assigned: info.assigned,
      online: info.online,
      waiting: info.waiting ?? [],
    };
  });

  const emptyByRoom = new Map<string, number>();
  for (const [roomId, numbers] of input.seats) {
    emptyByRoom.set(roomId, numbers.filter((n) => !input.seated.has(`${roomId}/${n}`)).length);
  }

  const rooms: RoomReadiness[] = input.rooms.map((room) => {
    const mine = input.machines.filter((m) => m.roomId === room.id);
    const machines = countMachines(mine);
    const empty = emptySeatsCause(room.id, emptyByRoom.get(room.id) ?? 0, 'room');
    const causes = rank([...machineCauses(mine, room.id), ...(empty ? [empty] : [])]);
    return { id: room.id, name: room.name, kind: room.kind, verdict: areaVerdict(machines, causes), machines, causes };
  });

  const machines = countMachines(input.machines);
  const venueCauses: Cause[] = [...fullCauses.filter((c): c is Cause => c !== undefined), ...machineCauses(input.machines, 'venue')];
  for (const room of input.rooms) {
    const empty = emptySeatsCause(room.id, emptyByRoom.get(room.id) ?? 0, 'venue');
    if (empty) venueCauses.push(empty);
  }
  if (input.machines.length === 0) {
    venueCauses.push({
      kind: 'offline',
      ref: 'venue',
      count: 0,
      text: { id: 'Belum ada PC yang terhubung ke hub', en: 'No PC has connected to the hub yet' },
      severity: 'unknown',
    });
  }
  venueCauses.push(...(input.facilityCauses ?? []));
  const ranked = rank(venueCauses);
  return {
    verdict: areaVerdict(machines, ranked),
    machines,
    causes: ranked,
    rooms,
    servers,
    generatedAt: input.generatedAt,
  };
}
