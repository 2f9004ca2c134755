import { z } from 'zod/mini';
import { PhotoLinkSchema } from './custody-photos.js';

/**
 * The custody part of a session's berita acara (issue 14): the reserve-PC switches of the session
 * and that day's custody events (seal openings in its rooms, network trials, power drills, BAST),
 * every time already in the session's zone (HH:MM) and every text from the records.
 */
export const BeritaAcaraCustodySchema = z.object({
  switches: z.array(
    z.object({
      no: z.number(),
      time: z.string(),
      participantNumber: z.string(),
      participantName: z.string(),
      from: z.object({
        roomId: z.string(),
        roomName: z.string(),
        seat: z.number(),
        pcId: z.nullable(z.string()),
      }),
      to: z.object({
        roomId: z.string(),
        roomName: z.string(),
        seat: z.number(),
        pcId: z.string(),
      }),
      reason: z.string(),
      by: z.string(),
    }),
  ),
  /** The seals of the session's rooms installed or opened that day (or opened for the session); not yet opened: opened fields ''. */
  seals: z.array(
    z.object({
      id: z.number(),
      roomId: z.string(),
      roomName: z.string(),
      sealNumber: z.string(),
      installedTime: z.string(),
      installedBy: z.string(),
      installWitness: z.string(),
      openedTime: z.string(),
      sealNumberRead: z.string(),
      intact: z.boolean(),
      /** Broken, or another number read back. */
      anomaly: z.boolean(),
      openedBy: z.string(),
      witness: z.string(),
      incidentId: z.nullable(z.number()),
    }),
  ),
  /**
   * Lampiran foto: the photos of those seals (kind seal, subjectId the seal's id, part install | open)
   * and of the session's incidents (kind incident, subjectId `session/incident`), oldest first.
   */
  photos: z.array(PhotoLinkSchema),
  trials: z.array(
    z.object({
      id: z.number(),
      kind: z.enum(['network', 'power']),
      startTime: z.string(),
      endTime: z.string(),
      expected: z.number(),
      answered: z.number(),
      medianServerMs: z.nullable(z.number()),
      medianThroughputMbps: z.nullable(z.number()),
      /** Power drill: PCs on battery/UPS and PCs that dropped off; the outcome marked. */
      power: z.nullable(
        z.object({
          battery: z.number(),
          dropped: z.number(),
        }),
      ),
      outcome: z.nullable(z.enum(['ok', 'not-ok'])),
      startedBy: z.string(),
      witnesses: z.array(z.string()),
    }),
  ),
  handovers: z.array(
    z.object({
      id: z.number(),
      direction: z.enum(['in', 'out']),
      time: z.string(),
      place: z.string(),
      giver: z.string(),
      receiver: z.string(),
      items: z.number(),
      /** Items whose seal was found damaged. */
      damagedSeals: z.number(),
      /** Serial warnings (an item's serial that its server's agent does not report). */
      warnings: z.number(),
    }),
  ),
});
export type BeritaAcaraCustody = z.infer<typeof BeritaAcaraCustodySchema>;

/** What the exam day gives custody to build that section: the session's day (ISO instants) and its clock format. */
export const CustodyDaySchema = z.object({
  /** The session's local day: from its midnight (inclusive) to the next (exclusive). */
  from: z.string(),
  to: z.string(),
  /** The session's rooms (seal openings of other rooms belong to other sessions). */
  rooms: z.array(z.string()),
});
export type CustodyDay = z.infer<typeof CustodyDaySchema>;
