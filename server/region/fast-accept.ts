import type { z } from 'zod/mini';

/**
 * A quick yes for the region's hot path: from a zod/mini schema, a predicate that answers true only
 * for values the schema certainly accepts (plain JSON data), and false whenever it is not sure. A
 * false is never a refusal: the schema itself then decides, and its issues are the refusal's text.
 * So the schema stays the one source of the rules and of every refusal; this only skips zod's
 * per-value machinery (result objects, issue arrays) for the common, valid payload. It understands
 * the schema kinds and checks the outbox payloads use; for anything else (a new check, a transform,
 * a refinement) `fastAccept` gives undefined and the schema is asked every time.
 * It understands no transform, so where it says yes the schema's output is its input, but for an
 * object's keys outside its shape (zod drops them; they are never read from the output).
 * test/region/fast-accept.test.ts checks, over valid and malformed payloads of every kind and pushes,
 * that a true always matches the schema's success, and the output the input.
 */
export type Accept = (value: unknown) => boolean;

interface CheckDef {
  check: string;
  maximum?: number;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
}
interface Def {
  type: string;
  coerce?: boolean;
  format?: string;
  checks?: Array<{ _zod: { def: CheckDef } }>;
  shape?: Record<string, z.ZodMiniType>;
  catchall?: unknown;
  element?: z.ZodMiniType;
  keyType?: z.ZodMiniType;
  valueType?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  options?: z.ZodMiniType[];
}

const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Plain JSON objects only: what JSON.parse makes (arrays, null and class instances are left to the schema). */
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** The checks on a string's or array's length, or undefined when one of them is of another kind. */
function lengthChecks(def: Def): ((n: number) => boolean) | undefined {
  const tests: Array<(n: number) => boolean> = [];
  for (const c of def.checks ?? []) {
    const { check, maximum, minimum } = c._zod.def;
    if (check === 'max_length' && typeof maximum === 'number') tests.push((n) => n <= maximum);
    else if (check === 'min_length' && typeof minimum === 'number') tests.push((n) => n >= minimum);
    else return undefined;
  }
  return (n) => tests.every((t) => t(n));
}

/** The range checks on a number (nonnegative, positive, ...), or undefined when one is of another kind. */
function rangeChecks(def: Def): ((n: number) => boolean) | undefined {
  const tests: Array<(n: number) => boolean> = [];
  for (const c of def.checks ?? []) {
    const { check, value, inclusive } = c._zod.def;
    if (typeof value !== 'number' || typeof inclusive !== 'boolean') return undefined;
    if (check === 'greater_than') tests.push(inclusive ? (n) => n >= value : (n) => n > value);
    else if (check === 'less_than') tests.push(inclusive ? (n) => n <= value : (n) => n < value);
    else return undefined;
  }
  return (n) => tests.every((t) => t(n));
}

/** The quick yes of one schema, or undefined when it uses something not understood here. */
export function fastAccept(schema: z.ZodMiniType): Accept | undefined {
  const def = defOf(schema);
  if (def.coerce) return undefined;
  switch (def.type) {
    case 'string': {
      const length = lengthChecks(def);
      return length && ((v) => typeof v === 'string' && length(v.length));
    }
    case 'number': {
      const range = rangeChecks({ checks: def.checks, type: 'number' });
      if (!range) return undefined;
      if (def.format === 'safeint') return (v) => Number.isSafeInteger(v) && range(v as number);
      if (def.format !== undefined) return undefined;
      return (v) => typeof v === 'number' && Number.isFinite(v) && range(v);
    }
    case 'unknown':
    case 'any':
      return def.checks?.length ? undefined : () => true;
    case 'boolean':
      return def.checks?.length ? undefined : (v) => typeof v === 'boolean';
    case 'null':
      return def.checks?.length ? undefined : (v) => v === null;
    case 'enum': {
      // The schema's own set of values, exactly the one its parse looks up.
      const values = (schema as unknown as { _zod: { values?: unknown } })._zod.values;
      if (def.checks?.length || !(values instanceof Set)) return undefined;
      return (v) => values.has(v);
    }
    case 'optional':
    case 'nullable': {
      const inner = !def.checks?.length && def.innerType ? fastAccept(def.innerType) : undefined;
      const empty = def.type === 'optional' ? undefined : null;
      return inner && ((v) => v === empty || inner(v));
    }
    case 'union': {
      const options = def.checks?.length ? undefined : def.options?.map(fastAccept);
      if (!options || options.length === 0 || options.some((o) => o === undefined)) return undefined;
      const all = options as Accept[];
      return (v) => all.some((accept) => accept(v));
    }
    case 'array': {
      const length = lengthChecks(def);
      const element = def.element && fastAccept(def.element);
      return length && element && ((v) => Array.isArray(v) && length(v.length) && v.every((item) => element(item)));
    }
    case 'object':
      return objectAccept(def);
    case 'record':
      return recordAccept(def);
    default:
      return undefined;
  }
}

/** An object that strips unknown keys (zod's default): every key of its shape accepted; others ignored. */
function objectAccept(def: Def): Accept | undefined {
  if (def.checks?.length || def.catchall !== undefined || !def.shape) return undefined;
  const fields: Array<[string, Accept]> = [];
  for (const [name, field] of Object.entries(def.shape)) {
    const accept = fastAccept(field);
    if (!accept || name === '__proto__') return undefined;
    fields.push([name, accept]);
  }
  return (v) => {
    if (!isPlainObject(v)) return false;
    for (const [name, accept] of fields) if (!accept(v[name])) return false;
    return true;
  };
}

/** A record of string keys: every own key and its value accepted (a `__proto__` key is left to the schema). */
function recordAccept(def: Def): Accept | undefined {
  if (def.checks?.length || !def.keyType || !def.valueType || defOf(def.keyType).type !== 'string') return undefined;
  const key = fastAccept(def.keyType);
  const value = fastAccept(def.valueType);
  if (!key || !value) return undefined;
  return (v) => {
    if (!isPlainObject(v) || Object.getOwnPropertySymbols(v).length > 0) return false;
    for (const name of Object.keys(v)) if (name === '__proto__' || !key(name) || !value(v[name])) return false;
    return true;
  };
}
