import type { Verdict } from '../../../protocol/check.js';

const RANK: Record<Verdict, number> = { ready: 0, incomplete: 1, 'not-ready': 2 };

/** The worse of several verdicts (not ready beats incomplete beats ready), as the roll-up rule has it. */
export function worstVerdict(...verdicts: Array<Verdict | undefined>): Verdict | undefined {
  let worst: Verdict | undefined;
  for (const v of verdicts) if (v && (!worst || RANK[v] > RANK[worst])) worst = v;
  return worst;
}
