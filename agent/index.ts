/**
 * The agent's stable API for the other parts of SiapCAT (the hub's agent link, the dashboard's
 * server side, tests):
 *
 * - gatherSnapshot(options): read this machine into a snapshot; never throws for a failed probe.
 * - parseSnapshot(text): read snapshot JSON; bad input is an AppError in Indonesian and English.
 * - judgeSnapshot(snapshot, role, {checklist?, clock?}): pure, snapshot -> ReadinessReport.
 * - factsOf(snapshot): the normalised facts (for displays that want more than the report).
 * - DEFAULT_CHECKLIST, checklistRef(checklist?), withParams(checklist, paramsFile), facilityItems().
 */
export { gatherSnapshot, type GatherOptions } from './gather/index.js';
export { pingTrials, pingTrial, isPingTarget, type PingOptions } from './gather/ping.js';
export { parseSnapshot, SNAPSHOT_MAX_BYTES } from './snapshot.js';
export { judgeSnapshot, judgeFacts, type JudgeOptions } from './judge.js';
export { factsOf } from './facts/index.js';
export { DEFAULT_CHECKLIST, checklistRef, facilityItems } from '../checklists/index.js';
export { withParams, ParamsFileSchema } from '../checklists/params.js';
export type { Snapshot, NetworkProbe, PingTrial, Throughput } from '../protocol/snapshot.js';
