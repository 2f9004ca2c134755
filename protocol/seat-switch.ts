import { z } from 'zod/mini';
import { IdentSchema } from './venue.js';

/**
 * A participant moved to a reserve PC during a session (issue 14, exam-morning watch): the PC at
 * their seat died, the room's supervisor seats them at a spare seat whose PC is ready. The switch
 * says who, when, why, in which session, from which seat and PC to which seat and PC; it is in the
 * audit chain, on the room map and in the session's berita acara.
 */

const SeatSchema = z.int().check(z.gte(1), z.lte(10_000));

/** POST /api/custody/switches */
export const SeatSwitchSchema = z.object({
  sessionId: IdentSchema,
  fromRoomId: IdentSchema,
  fromSeat: SeatSchema,
  toRoomId: IdentSchema,
  toSeat: SeatSchema,
  /** Why the participant moved ("PC mati mendadak", "layar blank"). */
  reason: z.string().check(z.trim(), z.minLength(3), z.maxLength(500)),
  /** The participant's number; taken from the roster's seat (or an earlier switch) when left out. */
  participantNumber: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(40))),
});
export type SeatSwitchRequest = z.input<typeof SeatSwitchSchema>;

export const SeatSwitchRecordSchema = z.object({
  id: z.number(),
  sessionId: z.string(),
  participantNumber: z.string(),
  participantName: z.string(),
  from: z.object({
    roomId: z.string(),
    seat: z.number(),
    pcId: z.nullable(z.string()),
  }),
  to: z.object({
    roomId: z.string(),
    seat: z.number(),
    pcId: z.string(),
  }),
  reason: z.string(),
  at: z.string(),
  by: z.string(),
});
export type SeatSwitch = z.infer<typeof SeatSwitchRecordSchema>;

/** GET /api/custody/switches[?session=]: the switches, and the sessions running now (the form's choices). */
export const SeatSwitchesResponseSchema = z.object({
  switches: z.array(SeatSwitchRecordSchema),
  running: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
    }),
  ),
});
export type SeatSwitchesResponse = z.infer<typeof SeatSwitchesResponseSchema>;
