/**
 * Exponential backoff with full jitter: the wait before attempt `attempt` (0 = first retry) is
 * uniform in [0, min(maxMs, baseMs * 2^attempt)). Spreads a whole venue of agents reconnecting
 * after a hub restart over time instead of all at once.
 */
export function fullJitter(attempt: number, random: () => number, baseMs = 500, maxMs = 30_000): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * ceiling);
}
