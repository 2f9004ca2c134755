import { z } from 'zod/mini';

/**
 * The facility item shape the hub's facility checklist takes ({id, clause, level?, title}), as
 * its feature defines it; the checklist's items must fit it (extra fields such as `verify` are fine).
 */
export const FacilityItemSchemaCompatible = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  clause: z.string().check(z.maxLength(120)),
  level: z.optional(z.enum(['minimal', 'rekomendasi'])),
  title: z.object({ id: z.string(), en: z.string() }),
});
