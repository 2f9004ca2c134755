/**
 * The custody part of a session's berita acara (issue 14): the reserve-PC switches of the session
 * and that day's custody events (seal openings in its rooms, network trials, power drills, BAST),
 * every time already in the session's zone (HH:MM) and every text from the records.
 */
export interface BeritaAcaraCustody {
  switches: Array<{
    no: number;
    time: string;
    participantNumber: string;
    participantName: string;
    from: { roomId: string; roomName: string; seat: number; pcId: string | null };
    to: { roomId: string; roomName: string; seat: number; pcId: string };
    reason: string;
    by: string;
  }>;
  seals: Array<{
    roomId: string;
    roomName: string;
    sealNumber: string;
    installedTime: string;
    openedTime: string;
    sealNumberRead: string;
    intact: boolean;
    /** Broken, or another number read back. */
    anomaly: boolean;
    openedBy: string;
    witness: string;
    incidentId: number | null;
  }>;
  trials: Array<{
    id: number;
    kind: 'network' | 'power';
    startTime: string;
    endTime: string;
    expected: number;
    answered: number;
    medianServerMs: number | null;
    medianThroughputMbps: number | null;
    /** Power drill: PCs on battery/UPS and PCs that dropped off; the outcome marked. */
    power: { battery: number; dropped: number } | null;
    outcome: 'ok' | 'not-ok' | null;
    startedBy: string;
    witnesses: string[];
  }>;
  handovers: Array<{
    id: number;
    direction: 'in' | 'out';
    time: string;
    place: string;
    giver: string;
    receiver: string;
    items: number;
    /** Items whose seal was found damaged. */
    damagedSeals: number;
    /** Serial warnings (an item's serial that its server's agent does not report). */
    warnings: number;
  }>;
}

/** What the exam day gives custody to build that section: the session's day (ISO instants) and its clock format. */
export interface CustodyDay {
  /** The session's local day: from its midnight (inclusive) to the next (exclusive). */
  from: string;
  to: string;
  /** The session's rooms (seal openings of other rooms belong to other sessions). */
  rooms: string[];
}
