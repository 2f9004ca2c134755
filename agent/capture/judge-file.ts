import type { ReadinessReport } from '../../protocol/check.js';
import type { Clock } from '../../protocol/ports.js';
import type { Role } from '../../protocol/terms.js';
import { judgeSnapshot } from '../judge.js';
import { readMachineFile } from './convert.js';

/** A machine file (old-PC capture or snapshot JSON) judged for a role: what the hub's import keeps. */
export function judgeMachineFile(
  bytes: Uint8Array,
  role: Role,
  clock: Clock,
): { host: string | null; capturedAt: string; source: 'capture' | 'snapshot'; report: ReadinessReport } {
  const snapshot = readMachineFile(bytes, clock);
  const source = snapshot.agent?.version.startsWith('capture-') ? 'capture' : 'snapshot';
  return { host: snapshot.host ?? null, capturedAt: snapshot.capturedAt, source, report: judgeSnapshot(snapshot, role, { clock }) };
}
