import { MAX_CLIENTS_PER_SERVER } from '../../protocol/venue.js';

/**
 * The 200-clients-per-server rule (Lampiran C.4.b.1.c), as plain functions. A server's own limit
 * may be lower than 200, never higher; anything above is read as 200.
 */
export function effectiveLimit(limit: number): number {
  if (!Number.isFinite(limit) || limit < 1) return 1;
  return Math.min(Math.floor(limit), MAX_CLIENTS_PER_SERVER);
}

/** Can one more client go on a server that carries `assigned` clients (not counting the one asking)? */
export function hasRoom(assigned: number, limit: number): boolean {
  return assigned < effectiveLimit(limit);
}

/** How many of `waiting` clients would fit after `assigned`, in order: the first `n` get a place. */
export function freePlaces(assigned: number, limit: number): number {
  return Math.max(0, effectiveLimit(limit) - assigned);
}
