import type { z } from 'zod/mini';
import type { VenueKeyStateSchema } from '../../protocol/region-write-responses.js';
import type { RegionStore } from './store.js';

/** A venue's key state as the regional admin sees it (never a key or its hash). */
export type VenueKeyState = z.infer<typeof VenueKeyStateSchema>;

/**
 * Venue keys at the region: revocation (the key stops at once; the venue's data stays), rotation
 * (asked by the regional admin, done by the hub: a next key that replaces the old one on its first
 * use) and a new one-time code to join again after a revocation.
 */
export class VenueKeys {
  constructor(private readonly store: RegionStore) {}

  async state(venueId: string): Promise<VenueKeyState | undefined> {
    const { rows } = await this.store.pool.query<{
      id: string;
      name: string;
      joined_at: Date | null;
      revoked_at: Date | null;
      revoked_by: string | null;
      rotate_requested: boolean;
      pending: boolean;
    }>(
      `SELECT id, name, joined_at, revoked_at, revoked_by, rotate_requested, pending_key_hash IS NOT NULL AS pending
         FROM venues WHERE id = $1`,
      [venueId],
    );
    const r = rows[0];
    if (!r) return undefined;
    return {
      id: r.id,
      name: r.name,
      joinedAt: r.joined_at?.toISOString() ?? null,
      revokedAt: r.revoked_at?.toISOString() ?? null,
      revokedBy: r.revoked_by,
      rotateRequested: r.rotate_requested,
      rotatePending: r.pending,
    };
  }

  /** Revokes the venue's key (and a pending next key, and unused codes). False when no such venue. */
  async revoke(venueId: string, by: string, now: Date): Promise<boolean> {
    const { rowCount } = await this.store.pool.query(
      `UPDATE venues SET key_hash = NULL, pending_key_hash = NULL, rotate_requested = FALSE, revoked_at = $2, revoked_by = $3
        WHERE id = $1`,
      [venueId, now, by],
    );
    await this.store.pool.query('UPDATE venue_codes SET used_at = $2 WHERE venue_id = $1 AND used_at IS NULL', [venueId, now]);
    return (rowCount ?? 0) > 0;
  }

  /** Asks the venue's hub to rotate its key at its next push. False when no such venue. */
  async requestRotation(venueId: string): Promise<boolean> {
    const { rowCount } = await this.store.pool.query('UPDATE venues SET rotate_requested = TRUE WHERE id = $1', [venueId]);
    return (rowCount ?? 0) > 0;
  }

  /** Stores the venue's next key (replacing an earlier unused one); the current key works until it is used. */
  async setNextKey(venueId: string, keyHash: string): Promise<void> {
    await this.store.pool.query('UPDATE venues SET pending_key_hash = $2 WHERE id = $1 AND revoked_at IS NULL', [venueId, keyHash]);
  }

  /** A new one-time code for an enrolled venue (to join again after a revocation or a lost hub). */
  async newCode(venueId: string, codeHash: string, by: string, now: Date, expiresAt: Date): Promise<void> {
    await this.store.pool.query(
      'INSERT INTO venue_codes (code_hash, venue_id, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
      [codeHash, venueId, by, now, expiresAt],
    );
  }
}
