import type { Room, Seat, Server } from '../../protocol/venue.js';

/**
 * What the agent hub needs of the venue feature (which owns the tables): its layout, to place
 * machines under the 200 rule, and one write, registering a server agent's server when the venue
 * lacks it. Implemented by server/venue/service.ts; called inside the hub's transactions.
 */
export interface VenueLayout {
  rooms(): Room[];
  server(id: string): Server | undefined;
  room(id: string): Room | undefined;
  seat(roomId: string, number: number): Seat | undefined;
  seatCount(roomId: string): number;
  registerServer(server: Server): void;
}
