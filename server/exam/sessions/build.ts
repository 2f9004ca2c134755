import type { z } from 'zod/mini';
import type { CreateSessionSchema, UpdateSessionSchema } from '../../../protocol/exam.js';
import { zoneOfOffset } from '../time.js';
import { DEFAULT_PIN_CLOSE_MINUTES, DEFAULT_REGISTRATION_OPENS_MINUTES, DEFAULT_TIME_ZONE, KIND_DEFAULTS, nextSessionId } from './rules.js';
import type { SessionRecord } from './store.js';

export type CreateSession = z.output<typeof CreateSessionSchema>;
export type UpdateSession = z.output<typeof UpdateSessionSchema>;

const utc = (iso: string) => new Date(iso).toISOString();

/** A new session from the create request: defaults by kind, the zone from the offset, a day-numbered id. */
export function newSession(body: CreateSession, by: string, now: Date, existingIds: readonly string[]): SessionRecord {
  const timeZone = body.timeZone ?? zoneOfOffset(body.startsAt) ?? DEFAULT_TIME_ZONE;
  const defaults = KIND_DEFAULTS[body.kind];
  return {
    id: nextSessionId(body.startsAt, timeZone, existingIds),
    name: body.name,
    kind: body.kind,
    startsAt: utc(body.startsAt),
    timeZone,
    durationMinutes: body.durationMinutes ?? defaults.durationMinutes,
    blindDurationMinutes: body.blindDurationMinutes ?? defaults.blindDurationMinutes,
    pinCloseMinutes: body.pinCloseMinutes ?? DEFAULT_PIN_CLOSE_MINUTES,
    registrationOpensMinutes: body.registrationOpensMinutes ?? DEFAULT_REGISTRATION_OPENS_MINUTES,
    pinSource: body.pinSource ?? 'siapcat',
    rooms: [...new Set(body.rooms ?? [])],
    venueName: body.venueName ?? '',
    venueAddress: body.venueAddress ?? '',
    signatories: body.signatories ?? { panselda: [], timCat: [], pengawas: [] },
    actualStartAt: null,
    actualEndAt: null,
    notes: '',
    createdAt: now.toISOString(),
    createdBy: by,
  };
}

/**
 * A session with the fields of a PATCH applied. Changing the kind without a duration moves the
 * durations to the new kind's defaults; the id never changes.
 */
export function updatedSession(s: SessionRecord, patch: UpdateSession): SessionRecord {
  const kindDefaults = patch.kind && patch.kind !== s.kind ? KIND_DEFAULTS[patch.kind] : undefined;
  const has = <K extends keyof UpdateSession>(k: K) => patch[k] !== undefined;
  return {
    ...s,
    name: patch.name ?? s.name,
    kind: patch.kind ?? s.kind,
    startsAt: patch.startsAt ? utc(patch.startsAt) : s.startsAt,
    timeZone: patch.timeZone ?? (patch.startsAt ? zoneOfOffset(patch.startsAt) : undefined) ?? s.timeZone,
    durationMinutes: patch.durationMinutes ?? kindDefaults?.durationMinutes ?? s.durationMinutes,
    blindDurationMinutes: patch.blindDurationMinutes ?? kindDefaults?.blindDurationMinutes ?? s.blindDurationMinutes,
    pinCloseMinutes: patch.pinCloseMinutes ?? s.pinCloseMinutes,
    registrationOpensMinutes: patch.registrationOpensMinutes ?? s.registrationOpensMinutes,
    pinSource: patch.pinSource ?? s.pinSource,
    rooms: patch.rooms ? [...new Set(patch.rooms)] : s.rooms,
    venueName: patch.venueName ?? s.venueName,
    venueAddress: patch.venueAddress ?? s.venueAddress,
    signatories: patch.signatories ?? s.signatories,
    actualStartAt: has('actualStartAt') ? patch.actualStartAt && utc(patch.actualStartAt) : s.actualStartAt,
    actualEndAt: has('actualEndAt') ? patch.actualEndAt && utc(patch.actualEndAt) : s.actualEndAt,
    notes: patch.notes ?? s.notes,
  } as SessionRecord;
}

/** The fields whose value differs, for the audit entry of an update. */
export function changedFields(before: SessionRecord, after: SessionRecord): string[] {
  return (Object.keys(after) as Array<keyof SessionRecord>).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}
