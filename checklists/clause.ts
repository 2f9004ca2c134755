import type { ClauseRef } from './types.js';

/** The clause as printed in reports: "Lampiran C.4.b.1.a(4)/(5)", "Lampiran C.4.b.2.a". */
export function formatClause(ref: ClauseRef): string {
  const items = ref.items.map((n) => `(${n})`).join('/');
  return `Lampiran ${ref.section}${items}`;
}
