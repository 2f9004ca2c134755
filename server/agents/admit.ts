import type { Hello, Placement } from '../../protocol/agent.js';
import type { RandomSource } from '../../protocol/ports.js';
import { newToken } from '../auth/tokens.js';
import type { PlacementDecision } from '../capacity/placement.js';
import { awaitingApproval, beyondPlan, type ApprovalStore } from './approval.js';
import { codeRefusal, looksLikeCode, type CodeStore } from './codes.js';
import { decideCredentials, roleLocked, sha256 } from './credentials.js';
import type { MachineRecord, MachineStore } from './machines.js';
import type { Placer } from './placer.js';

export interface AdmitDeps {
  machines: MachineStore;
  placer: Placer;
  codes: CodeStore;
  approvals: ApprovalStore;
  random: RandomSource;
  venueToken: string;
  /** Throws when the id is connected on another link (checked after the credentials). */
  checkNotElsewhere: (id: string) => void;
}

export interface Admitted {
  key: string | undefined;
  record: MachineRecord;
  decision: PlacementDecision;
  changed: boolean;
  retried: string[];
}

/**
 * A hello, decided in one synchronous step (the caller's transaction): credentials (key, code or
 * venue token), the role the key is bound to, approval for a PC beyond the venue plan, placement.
 * An enrolled agent's role and placement are those it was enrolled with (or an admin set): a key
 * cannot re-register its PC as a server or move it to another seat; that takes the dashboard.
 */
export function admitHello(deps: AdmitDeps, msg: Hello, now: Date): Admitted {
  const at = now.toISOString();
  const existing = deps.machines.get(msg.id);
  const stored = msg.token !== undefined && looksLikeCode(msg.token) ? deps.codes.byCode(msg.token) : undefined;
  const verdict = decideCredentials({
    id: msg.id,
    record: existing,
    key: msg.key,
    token: msg.token,
    venueToken: deps.venueToken,
    ...(stored ? { code: { refusal: codeRefusal(stored, { id: msg.id, role: msg.role, now }), machineId: stored.machineId } } : {}),
  });
  if (verdict.kind === 'refuse') throw verdict.error;
  if (verdict.kind === 'known' && existing && existing.role !== msg.role) throw roleLocked(msg.id, existing.role, msg.role);
  deps.checkNotElsewhere(msg.id);

  let asked: Placement = { serverId: msg.serverId, roomId: msg.roomId, seat: msg.seat };
  let key: string | undefined;
  if (verdict.kind === 'enroll') {
    if (verdict.via === 'code') {
      if (!deps.codes.use(stored!.id)) throw codeRefusal({ ...stored!, uses: stored!.maxUses }, { id: msg.id, role: msg.role, now })!;
      if (stored!.roomId !== null) asked = { ...asked, roomId: stored!.roomId };
    }
    const pending = !existing && msg.role === 'client' && beyondPlan(deps.approvals.counts(msg.id, asked.roomId));
    key = newToken(deps.random, 32);
    deps.machines.enroll(msg.id, msg.role, sha256(key), at, pending ? 'pending' : 'approved', verdict.via === 'code' ? stored!.id : null);
  } else if (existing && !existing.keyConfirmed) {
    deps.machines.confirmKey(msg.id);
  }
  const identityChanged = deps.machines.updateIdentity(msg.id, {
    role: msg.role,
    host: msg.agent.host ?? null,
    addresses: msg.addresses,
    agentVersion: msg.agent.version,
    serial: msg.agent.serial ?? null,
  });
  // A known agent saying hello again usually changes nothing: no write, no re-read.
  const record = key || identityChanged || !existing ? deps.machines.get(msg.id)! : existing;
  // Bound: after enrollment, the placement asked for is the one recorded then (or an admin's).
  const request = verdict.kind === 'enroll' && (!existing || !existing.keyConfirmed) ? asked : existing ? record.wanted : asked;

  if (record.approval === 'pending') {
    const decision: PlacementDecision = {
      placement: { serverId: null, roomId: null, seat: null },
      wanted: request,
      refusal: awaitingApproval(msg.id, deps.approvals.counts(msg.id, request.roomId)),
      waiting: false,
    };
    const changed = record.refusal?.code !== 'awaiting-approval' || JSON.stringify(record.wanted) !== JSON.stringify(request);
    if (changed) deps.machines.place(msg.id, decision, record.placedBy, at);
    return { key, record: changed ? deps.machines.get(msg.id)! : record, decision, changed, retried: [] };
  }
  const placed = deps.placer.fromHello(record, msg.role, request, at);
  const retried = placed.changed && msg.role !== 'client' ? deps.placer.retryRefused(at) : [];
  return { key, record: placed.changed ? deps.machines.get(msg.id)! : record, ...placed, retried };
}
