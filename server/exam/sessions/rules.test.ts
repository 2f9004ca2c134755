import { describe, expect, it } from 'vitest';
import { durationFor, endsAt, nextSessionId, pinClosesAt, pinWindowOpen, registrationOpen } from './rules.js';

const skd = {
  startsAt: '2026-11-23T08:00:00+08:00',
  durationMinutes: 100,
  blindDurationMinutes: 130,
  pinCloseMinutes: 5,
  registrationOpensMinutes: 240,
};

describe('session timing', () => {
  it('closes the PIN window at start minus the configured minutes, exclusive', () => {
    expect(pinClosesAt(skd).toISOString()).toBe('2026-11-22T23:55:00.000Z');
    expect(pinWindowOpen(skd, new Date('2026-11-22T23:54:59.999Z'))).toBe(true);
    expect(pinWindowOpen(skd, new Date('2026-11-22T23:55:00.000Z'))).toBe(false);
    expect(pinWindowOpen({ ...skd, pinCloseMinutes: 0 }, new Date('2026-11-22T23:59:00Z'))).toBe(true);
  });

  it('opens registration the configured minutes before the start, inclusive', () => {
    expect(registrationOpen(skd, new Date('2026-11-22T19:59:59.999Z'))).toBe(false);
    expect(registrationOpen(skd, new Date('2026-11-22T20:00:00.000Z'))).toBe(true);
  });

  it('ends later for blind participants, never earlier than the session', () => {
    expect(endsAt(skd).toISOString()).toBe('2026-11-23T01:40:00.000Z');
    expect(endsAt(skd, true).toISOString()).toBe('2026-11-23T02:10:00.000Z');
    expect(durationFor(skd, true)).toBe(130);
    expect(durationFor({ ...skd, blindDurationMinutes: 60 }, true)).toBe(100);
    expect(durationFor(skd, false)).toBe(100);
  });

  it('numbers sessions per local day', () => {
    expect(nextSessionId('2026-11-23T08:00:00+08:00', 'Asia/Makassar', [])).toBe('20261123-1');
    expect(nextSessionId('2026-11-23T10:00:00+08:00', 'Asia/Makassar', ['20261123-1', '20261123-3', '20261124-9'])).toBe('20261123-4');
    // 23:30 UTC on the 22nd is 06:30 WIB on the 23rd.
    expect(nextSessionId('2026-11-22T23:30:00Z', 'Asia/Jakarta', [])).toBe('20261123-1');
  });
});
