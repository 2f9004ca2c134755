import type { HubMessage } from '../../protocol/agent.js';
import type { TrialKind } from '../../protocol/custody.js';
import type { TrialThresholds } from '../../protocol/custody-responses.js';
import type { AuditAction } from '../../protocol/exam-reports.js';

/**
 * What the custody records need of the other features, and nothing more: custody never reads
 * their tables. features.ts wires each port to its feature (agents, venue, exam day, checklist).
 */

/** The hash-chained audit log (server/exam/audit): `append` runs inside the caller's transaction. */
export interface AuditPort {
  append(record: {
    actor: string;
    action: AuditAction;
    sessionId?: string | null;
    subject?: string | null;
    data?: Record<string, unknown>;
  }): unknown;
}

/** Exam sessions and their incidents (server/exam). */
export interface ExamPort {
  /** The session's rooms, or undefined when there is no such session. */
  sessionRooms(sessionId: string): string[] | undefined;
  /** Records an incident in the session (its own durable transaction, audited there); its id. */
  raiseIncident(sessionId: string, fields: { room: string; description: string }, actor: { username: string; role: string }): number;
  /** A session as a seat switch needs it: running now (registration open, not ended) and its roster's seats. */
  switchView(sessionId: string): SwitchSession | undefined;
  /** Whether the session has this incident (not deleted). */
  incidentExists(sessionId: string, incidentId: number): boolean;
  /** Sessions running now, by the hub's clock (the seat switch form's choices). */
  runningSessions(): Array<{ id: string; name: string }>;
}

export interface SwitchSession {
  name: string;
  running: boolean;
  /** Participants with the room and seat the roster gives them (seat '' when the roster has none). */
  roster: Array<{ number: string; name: string; room: string; seat: string }>;
}

/** The venue plan (server/venue): which rooms exist. */
export interface VenuePort {
  rooms(): Array<{ id: string; name: string; kind: string }>;
}

export interface FleetMachine {
  id: string;
  role: string;
  serverId: string | null;
  roomId: string | null;
  seat: number | null;
}

/** A PC on a seat, with the watch's presence and its latest verdict (null before any report). */
export interface SeatMachine {
  id: string;
  presence: 'online' | 'missing' | 'offline';
  verdict: string | null;
}

/** The agents on the LAN (server/agents). */
export interface FleetPort {
  /** Machines whose agent is connected and heard from within the watch's set time. */
  online(): FleetMachine[];
  isConnected(id: string): boolean;
  /** Sends a hub message to a connected agent; false when it is not connected. */
  send(id: string, message: HubMessage): boolean;
  /** The agent of a venue server and the serial it reported (null when none). */
  serverSerial(serverId: string): { agentId: string; serial: string | null } | null;
  /** A seat of the venue and the client PC placed on it (null when none); undefined when the venue has no such seat. */
  atSeat(roomId: string, seat: number): { machine: SeatMachine | null } | undefined;
  /** Throughput probes the hub serves at once (the trial's schedule spreads them in slots of this many). */
  maxProbes: number;
}

/** The thresholds of the checklist in force, named with its id, version and hash. */
export type ThresholdsPort = () => TrialThresholds;

export interface CustodyPorts {
  audit: AuditPort;
  exam: ExamPort;
  venue: VenuePort;
  fleet: FleetPort;
  thresholds: ThresholdsPort;
}

export type { TrialKind };
