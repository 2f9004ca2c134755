import type { Refusal } from '../../protocol/agent.js';
import type { Cause, Presence } from '../../protocol/api.js';
import type { Role, Verdict } from '../../protocol/check.js';
import type { Localized } from '../../protocol/i18n.js';
import { statusRank } from '../../protocol/verdict.js';
import type { CheckBrief } from '../agents/history.js';

/** What the roll-up knows of one machine. */
export interface RollupMachine {
  id: string;
  role: Role;
  serverId: string | null;
  roomId: string | null;
  online: boolean;
  /** The exam-morning watch's state; a missing machine counts only as missing. */
  presence: Presence;
  verdict: Verdict | null;
  failing: readonly CheckBrief[];
  unknowns: readonly CheckBrief[];
  refusal: Refusal | null;
  waiting: boolean;
  wantedServerId: string | null;
}

const pcs = (n: number, roles: ReadonlySet<Role>): Localized => {
  const servers = [...roles].every((r) => r !== 'client');
  return servers ? { id: `${n} server`, en: `${n} server${n === 1 ? '' : 's'}` } : { id: `${n} PC`, en: `${n} PC${n === 1 ? '' : 's'}` };
};

const PLACEMENT_LABELS: Record<string, Localized> = {
  'unknown-server': { id: 'server tidak ada di denah lokasi', en: 'server not in the venue plan' },
  'unknown-room': { id: 'ruang tidak ada di denah lokasi', en: 'room not in the venue plan' },
  'unknown-seat': { id: 'nomor kursi tidak ada di ruangnya', en: 'seat number not in its room' },
  'seat-taken': { id: 'kursi sudah dipakai PC lain', en: 'seat already taken by another PC' },
  'server-taken': { id: 'server sudah diwakili agen lain', en: 'server already has another agent' },
};

interface Group {
  count: number;
  roles: Set<Role>;
  text: (who: Localized) => Localized;
}

function grouped(into: Map<string, Group>, key: string, role: Role, text: Group['text']): void {
  const group = into.get(key) ?? { count: 0, roles: new Set<Role>(), text };
  group.count++;
  group.roles.add(role);
  into.set(key, group);
}

/**
 * The named causes of one area's machines: failed checks ("12 PC: RAM < 4 GB"), refused
 * placements, unplaced clients, missing and offline machines, checks that could not be judged, and
 * machines that have not reported yet. Missing and offline machines count only as such: their last
 * report is stale.
 */
export function machineCauses(machines: readonly RollupMachine[], areaId: string): Cause[] {
  const fails = new Map<string, Group>();
  const unknowns = new Map<string, Group>();
  const placement = new Map<string, Group>();
  let offline = 0;
  const offlineRoles = new Set<Role>();
  let missing = 0;
  const missingRoles = new Set<Role>();
  let silent = 0;
  const silentRoles = new Set<Role>();
  let unplaced = 0;

  for (const m of machines) {
    if (m.refusal && !m.waiting) {
      const label = PLACEMENT_LABELS[m.refusal.code] ?? { id: m.refusal.message, en: m.refusal.en };
      grouped(placement, m.refusal.code, m.role, (who) => ({ id: `${who.id}: ${label.id}`, en: `${who.en}: ${label.en}` }));
    } else if (m.role === 'client' && m.serverId === null && !m.waiting) {
      unplaced++;
    }
    if (m.presence === 'missing') {
      missing++;
      missingRoles.add(m.role);
      continue;
    }
    if (!m.online) {
      offline++;
      offlineRoles.add(m.role);
      continue;
    }
    if (m.verdict === null) {
      silent++;
      silentRoles.add(m.role);
      continue;
    }
    for (const c of m.failing) {
      const title = c.failTitle ?? { id: `${c.title.id} tidak memenuhi`, en: `${c.title.en} not met` };
      grouped(fails, `${c.id}\u0000${title.id}`, m.role, (who) => ({ id: `${who.id}: ${title.id}`, en: `${who.en}: ${title.en}` }));
    }
    for (const c of m.unknowns) {
      grouped(unknowns, c.id, m.role, (who) => ({
        id: `${who.id}: ${c.title.id} belum bisa dinilai`,
        en: `${who.en}: ${c.title.en} could not be judged`,
      }));
    }
  }

  const out: Cause[] = [];
  const emit = (groups: Map<string, Group>, kind: Cause['kind'], severity: Cause['severity'], ref: (key: string) => string) => {
    const sorted = [...groups.entries()].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
    for (const [key, g] of sorted) out.push({ kind, ref: ref(key), count: g.count, text: g.text(pcs(g.count, g.roles)), severity });
  };
  emit(fails, 'check-fail', 'fail', (key) => key.split('\u0000')[0]!);
  emit(placement, 'check-fail', 'fail', () => 'placement');
  if (missing > 0) {
    const who = pcs(missing, missingRoles);
    out.push({
      kind: 'missing',
      ref: areaId,
      count: missing,
      text: { id: `${who.id} hilang (berhenti mengirim kabar)`, en: `${who.en} missing (stopped reporting in)` },
      severity: 'unknown',
    });
  }
  if (offline > 0) {
    const who = pcs(offline, offlineRoles);
    out.push({
      kind: 'offline',
      ref: areaId,
      count: offline,
      text: { id: `${who.id} offline`, en: `${who.en} offline` },
      severity: 'unknown',
    });
  }
  emit(unknowns, 'check-unknown', 'unknown', (key) => key);
  if (silent > 0) {
    const who = pcs(silent, silentRoles);
    out.push({
      kind: 'check-unknown',
      ref: 'report',
      count: silent,
      text: { id: `${who.id}: belum mengirim laporan`, en: `${who.en}: no report yet` },
      severity: 'unknown',
    });
  }
  if (unplaced > 0) {
    const who = pcs(unplaced, new Set<Role>(['client']));
    out.push({
      kind: 'check-unknown',
      ref: 'placement',
      count: unplaced,
      text: { id: `${who.id}: belum ditempatkan di server`, en: `${who.en}: not placed on a server` },
      severity: 'unknown',
    });
  }
  return out;
}

/** "server S2 penuh: 200/200, 3 menunggu": only when someone waits (a full server alone is fine). */
export function serverFullCause(server: { id: string; limit: number; assigned: number; waiting: number }): Cause | undefined {
  if (server.waiting === 0) return undefined;
  return {
    kind: 'server-full',
    ref: server.id,
    count: server.waiting,
    text: {
      id: `server ${server.id} penuh: ${server.assigned}/${server.limit}, ${server.waiting} menunggu`,
      en: `server ${server.id} full: ${server.assigned}/${server.limit}, ${server.waiting} waiting`,
    },
    severity: 'fail',
  };
}

/** Seats of a test room that no enrolled PC occupies. */
export function emptySeatsCause(roomId: string, empty: number, scope: 'room' | 'venue'): Cause | undefined {
  if (empty <= 0) return undefined;
  return {
    kind: 'offline',
    ref: roomId,
    count: empty,
    text:
      scope === 'room'
        ? { id: `${empty} kursi belum ada PC yang terdaftar`, en: `${empty} seat${empty === 1 ? '' : 's'} without an enrolled PC` }
        : {
            id: `Ruang ${roomId}: ${empty} kursi belum ada PC yang terdaftar`,
            en: `Room ${roomId}: ${empty} seat${empty === 1 ? '' : 's'} without an enrolled PC`,
          },
    severity: 'unknown',
  };
}

/** The strictest cause first, then by how many machines it touches. */
export function rank(causes: Cause[]): Cause[] {
  return [...causes].sort(
    (a, b) => statusRank(a.severity) - statusRank(b.severity) || (a.kind === 'server-full' ? -1 : 0) - (b.kind === 'server-full' ? -1 : 0),
  );
}
