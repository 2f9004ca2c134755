import type { ChecklistRef } from '../protocol/check.js';
import { AppError } from '../protocol/errors.js';
import { canonicalJson, sha256Hex } from './canonical.js';
import type { Checklist } from './types.js';

/** The data a checklist's hash covers: everything but the evaluate functions (their meaning is `logic`). */
export function checklistData(checklist: Checklist): unknown {
  return {
    id: checklist.id,
    version: checklist.version,
    title: checklist.title,
    source: checklist.source,
    checks: checklist.checks.map((c) => ({
      id: c.id,
      logic: c.logic,
      clauses: c.clauses,
      title: c.title,
      failTitle: c.failTitle,
      fix: c.fix,
      facts: c.facts,
      params: c.params,
    })),
    facilities: checklist.facilities,
  };
}

const refs = new WeakMap<Checklist, ChecklistRef>();

/** `{id, version, sha256}` of a checklist; sha256 is over its canonical JSON (see canonical.ts). */
export function checklistRef(checklist: Checklist): ChecklistRef {
  let ref = refs.get(checklist);
  if (!ref) {
    ref = { id: checklist.id, version: checklist.version, sha256: sha256Hex(canonicalJson(checklistData(checklist))) };
    refs.set(checklist, ref);
  }
  return ref;
}

/**
 * Refuses a checklist whose data is inconsistent (a bug in the data, caught by tests and at load):
 * duplicate ids, a role with a clause but no params. The params' values are validated by
 * assertParams (params.ts), which needs the schemas.
 */
export function assertChecklist(checklist: Checklist): void {
  const ids = new Set<string>();
  for (const check of checklist.checks) {
    if (ids.has(check.id)) throw new Error(`checklist ${checklist.id}: duplicate check id ${check.id}`);
    ids.add(check.id);
    for (const role of Object.keys(check.clauses)) {
      if ((check.params as Record<string, unknown>)[role] === undefined) {
        throw new Error(`checklist ${checklist.id}: ${check.id} has a clause for ${role} but no params`);
      }
    }
  }
  const facilityIds = new Set<string>();
  for (const item of checklist.facilities) {
    if (facilityIds.has(item.id)) throw new Error(`checklist ${checklist.id}: duplicate facility id ${item.id}`);
    facilityIds.add(item.id);
  }
}

export function badParams(detail: { id: string; en: string }): AppError {
  return new AppError(
    'bad-params',
    {
      id: `Berkas parameter daftar periksa tidak valid: ${detail.id}`,
      en: `The checklist params file is not valid: ${detail.en}`,
    },
    { exitCode: 4 },
  );
}
