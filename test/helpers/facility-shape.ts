import { z } from 'zod';

/**
 * The facility item shape the hub's facility checklist takes ({id, clause, level?, title}), as
 * its feature defines it; the checklist's items must fit it (extra fields such as `verify` are fine).
 */
export const FacilityItemSchemaCompatible = z.object({
  id: z.string().min(1).max(64),
  clause: z.string().max(120),
  level: z.enum(['minimal', 'rekomendasi']).optional(),
  title: z.object({ id: z.string(), en: z.string() }),
});
