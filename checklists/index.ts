/**
 * checklists/: the regulation's requirements as versioned data, and the pure evaluator the agent
 * and the hub both use.
 */
import { assertChecklist, checklistRef as refOf } from './checklist.js';
import { PERBUP_TANAH_BUMBU_73_2022 } from './perbup-tanah-bumbu-73-2022/index.js';
import type { Checklist, FacilityItem } from './types.js';

assertChecklist(PERBUP_TANAH_BUMBU_73_2022);

/** The checklist used unless told otherwise. */
export const DEFAULT_CHECKLIST: Checklist = PERBUP_TANAH_BUMBU_73_2022;

/** `{id, version, sha256}` of a checklist (the default one when none is given). */
export function checklistRef(checklist: Checklist = DEFAULT_CHECKLIST) {
  return refOf(checklist);
}

/** The manual facility items (id, clause, level, titles, what to verify) for the dashboard. */
export function facilityItems(checklist: Checklist = DEFAULT_CHECKLIST): readonly FacilityItem[] {
  return checklist.facilities;
}

export { PERBUP_TANAH_BUMBU_73_2022 } from './perbup-tanah-bumbu-73-2022/index.js';
export { evaluateChecklist } from './evaluate.js';
// withParams / assertParams / ParamsFileSchema live in ./params.js: they load zod, judging does not.
export { canonicalJson, sha256Hex } from './canonical.js';
export { formatClause } from './clause.js';
export type { Checklist, CheckDef, ClauseRef, FacilityItem, Outcome, Text } from './types.js';
export type * from './facts.js';
