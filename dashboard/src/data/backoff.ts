/**
 * Reconnect delay: exponential backoff with full jitter (a random wait between a floor and
 * base * 2^attempt, capped), so a hall of dashboards does not reconnect in step after a hub restart.
 */
export function backoffDelay(attempt: number, random: () => number, baseMs = 1000, maxMs = 30_000, floorMs = 250): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.max(floorMs, Math.floor(random() * ceiling));
}
