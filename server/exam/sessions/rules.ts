import type { SessionKind, TimeZone } from '../../../protocol/exam.js';
import { DEFAULT_ZONE } from '../../../protocol/time.js';
import { compactDate } from '../time.js';

/**
 * Lengths by kind (cat-site-facts): SKD 100 minutes (130 for blind participants), SKB 90 (120),
 * PPPK 130. No longer PPPK length for blind participants is published, so it defaults to the
 * same 130 and a committee sets `blindDurationMinutes` when BKN's schedule says otherwise.
 */
export const KIND_DEFAULTS: Record<SessionKind, { durationMinutes: number; blindDurationMinutes: number }> = {
  SKD: { durationMinutes: 100, blindDurationMinutes: 130 },
  SKB: { durationMinutes: 90, blindDurationMinutes: 120 },
  PPPK: { durationMinutes: 130, blindDurationMinutes: 130 },
};

/** Lampiran C.3.b.7.e with the BKN practice: PIN issuance closes 5 minutes before the start. */
export const DEFAULT_PIN_CLOSE_MINUTES = 5;

/**
 * The desk accepts check-ins from 4 hours before the start: participants come 60–90 minutes early,
 * and a desk that picked tomorrow's session (or the afternoon's) is told so instead of registering
 * people on the wrong session.
 */
export const DEFAULT_REGISTRATION_OPENS_MINUTES = 240;

/** The venue zone when neither the request nor the offset names one (Tanah Bumbu is WITA). */
export const DEFAULT_TIME_ZONE: TimeZone = DEFAULT_ZONE;

export interface SessionTiming {
  startsAt: string;
  durationMinutes: number;
  blindDurationMinutes: number;
  pinCloseMinutes: number;
  registrationOpensMinutes: number;
}

const MINUTE = 60_000;

export function endsAt(s: SessionTiming, blind = false): Date {
  return new Date(Date.parse(s.startsAt) + (blind ? s.blindDurationMinutes : s.durationMinutes) * MINUTE);
}

export function pinClosesAt(s: SessionTiming): Date {
  return new Date(Date.parse(s.startsAt) - s.pinCloseMinutes * MINUTE);
}

export function registrationOpensAt(s: SessionTiming): Date {
  return new Date(Date.parse(s.startsAt) - s.registrationOpensMinutes * MINUTE);
}

export function registrationOpen(s: SessionTiming, now: Date): boolean {
  return now.getTime() >= registrationOpensAt(s).getTime();
}

/** PIN issuance is open until (not at) the closing instant. */
export function pinWindowOpen(s: SessionTiming, now: Date): boolean {
  return now.getTime() < pinClosesAt(s).getTime();
}

/** A blind participant's own duration is the longer one, never shorter than the session's. */
export function durationFor(s: SessionTiming, blind: boolean): number {
  return blind ? Math.max(s.blindDurationMinutes, s.durationMinutes) : s.durationMinutes;
}

/**
 * Session ids read like the schedule: `20261123-1`, `20261123-2`, ... by the local start date,
 * one more than the highest number already used that day (ids of deleted sessions are not reused
 * while a later one exists).
 */
export function nextSessionId(startsAt: string, zone: TimeZone, existingIds: readonly string[]): string {
  const day = compactDate(startsAt, zone);
  let max = 0;
  for (const id of existingIds) {
    const m = /^(\d{8})-(\d+)$/.exec(id);
    if (m && m[1] === day) max = Math.max(max, Number(m[2]));
  }
  return `${day}-${max + 1}`;
}

/**
 * A session is running (participants are in the rooms, or coming in) from its registration's
 * opening until its latest end (the blind participants' end), unless its actual end is recorded
 * earlier. A reserve-PC seat switch is recorded only then.
 */
export function sessionRunning(s: SessionTiming & { actualEndAt: string | null }, now: Date): boolean {
  if (!registrationOpen(s, now)) return false;
  if (now.getTime() >= endsAt(s, true).getTime()) return false;
  return s.actualEndAt === null || Date.parse(s.actualEndAt) > now.getTime();
}
