import type { z } from 'zod/mini';

/** Every way a JSON body differs from its schema: a field missing or mistyped, or one the schema does not describe. */
export function describeMismatch(schema: z.ZodMiniType, body: unknown): string[] {
  const parsed = schema.safeParse(body);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
  // zod drops fields its schema does not name: what it gives back must be the whole answer.
  return extraFields(body, parsed.data).map((p) => `${p}: not in the schema`);
}

function extraFields(answer: unknown, parsed: unknown, path = ''): string[] {
  if (Array.isArray(answer) && Array.isArray(parsed)) return answer.flatMap((a, i) => extraFields(a, parsed[i], `${path}[${i}]`));
  if (answer === null || typeof answer !== 'object' || parsed === null || typeof parsed !== 'object') return [];
  return Object.entries(answer).flatMap(([key, value]) =>
    key in parsed
      ? extraFields(value, (parsed as Record<string, unknown>)[key], path ? `${path}.${key}` : key)
      : [path ? `${path}.${key}` : key],
  );
}
