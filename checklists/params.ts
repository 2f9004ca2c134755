import { z } from 'zod/mini';
import { isRole } from '../protocol/terms.js';
import { badParams } from './checklist.js';
import { PERBUP_TANAH_BUMBU_73_2022 } from './perbup-tanah-bumbu-73-2022/index.js';
import { PARAMS_SCHEMAS as PERBUP_SCHEMAS } from './perbup-tanah-bumbu-73-2022/params.js';
import type { CheckDef, Checklist } from './types.js';
import '../protocol/zod-english.js';

/** Params schemas per checklist id, per check id. */
const SCHEMAS: Record<string, Record<string, z.ZodMiniType>> = {
  [PERBUP_TANAH_BUMBU_73_2022.id]: PERBUP_SCHEMAS,
};

function schemaOf(checklist: Checklist, checkId: string): z.ZodMiniType {
  const schema = SCHEMAS[checklist.id]?.[checkId];
  if (!schema) throw new Error(`checklist ${checklist.id}: no params schema for ${checkId}`);
  return schema;
}

/** Validates every check's params for every role against its schema (tests, and before venue params apply). */
export function assertParams(checklist: Checklist): void {
  for (const check of checklist.checks) {
    for (const role of Object.keys(check.clauses)) {
      const parsed = schemaOf(checklist, check.id).safeParse((check.params as Record<string, unknown>)[role]);
      if (!parsed.success) throw new Error(`checklist ${checklist.id}: ${check.id} has bad params for ${role}: ${parsed.error.message}`);
    }
  }
}

/**
 * A venue's params file: new thresholds for some checks and roles, e.g. a higher browser minimum
 * once a newer Chrome is out, or a gigabit LAN for clients:
 *
 *   {"checklist": "perbup-tanah-bumbu-73-2022",
 *    "params": {"browser": {"client": {"chromeMin": 150}}, "nic-speed": {"client": {"gigabitLan": true}}}}
 *
 * Only the keys given change; each result is validated by the check's own schema.
 */
export const ParamsFileSchema = z.strictObject({
  checklist: z.optional(z.string()),
  params: z.record(z.string(), z.record(z.string(), z.record(z.string(), z.unknown()))),
});
export type ParamsFile = z.infer<typeof ParamsFileSchema>;

/** Suffix of the version of a checklist with venue params: its sha256 then differs from the published one. */
export const VENUE_SUFFIX = '+venue';

export function withParams(checklist: Checklist, file: unknown): Checklist {
  const parsed = ParamsFileSchema.safeParse(file);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') || '(isi)' : '(isi)';
    throw badParams({
      id: `bentuknya harus {"params": {"ID-PEMERIKSAAN": {"PERAN": {...}}}} (masalah di ${where}).`,
      en: `it must look like {"params": {"CHECK-ID": {"ROLE": {...}}}} (problem at ${where}).`,
    });
  }
  const { checklist: forId, params } = parsed.data;
  if (forId !== undefined && forId !== checklist.id) {
    throw badParams({
      id: `berkas ini untuk daftar periksa '${forId}', bukan '${checklist.id}'.`,
      en: `this file is for checklist '${forId}', not '${checklist.id}'.`,
    });
  }
  const byId = new Map(checklist.checks.map((c) => [c.id, c]));
  for (const id of Object.keys(params)) {
    if (!byId.has(id)) {
      throw badParams({
        id: `pemeriksaan '${id}' tidak ada. Yang ada: ${[...byId.keys()].join(', ')}.`,
        en: `there is no check '${id}'. Known: ${[...byId.keys()].join(', ')}.`,
      });
    }
  }
  const checks = checklist.checks.map((check) =>
    params[check.id] ? overrideCheck(check, params[check.id]!, schemaOf(checklist, check.id)) : check,
  );
  return { ...checklist, version: `${checklist.version}${VENUE_SUFFIX}`, checks };
}

function overrideCheck(check: CheckDef<any>, byRole: Record<string, Record<string, unknown>>, schema: z.ZodMiniType): CheckDef<any> {
  const params: Record<string, unknown> = { ...check.params };
  for (const [role, values] of Object.entries(byRole)) {
    if (!isRole(role) || !check.clauses[role]) {
      throw badParams({
        id: `'${check.id}' tidak berlaku untuk peran '${role}'. Peran: ${Object.keys(check.clauses).join(', ')}.`,
        en: `'${check.id}' does not apply to role '${role}'. Roles: ${Object.keys(check.clauses).join(', ')}.`,
      });
    }
    const merged = { ...(check.params[role] as object), ...values };
    const result = schema.safeParse(merged);
    if (!result.success) {
      const detail = result.error.issues.map((i) => `${i.path.join('.') || '(isi)'}: ${i.message}`).join('; ');
      throw badParams({ id: `${check.id}.${role}: ${detail}`, en: `${check.id}.${role}: ${detail}` });
    }
    params[role] = result.data;
  }
  return { ...check, params };
}
