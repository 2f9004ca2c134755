import type { Participant, ParticipantStatus } from '../../../protocol/exam.js';
import { maskNik } from '../identity.js';
import { durationFor } from '../sessions/rules.js';
import type { SessionRecord } from '../sessions/store.js';
import { localTime } from '../time.js';
import type { ParticipantRow } from './store.js';

export function statusOf(row: Pick<ParticipantRow, 'checkin_at' | 'refusals'>): ParticipantStatus {
  if (row.checkin_at) return 'present';
  return row.refusals > 0 ? 'refused' : 'absent';
}

/** A roster row as the API shows it: NIK masked, status and times in the session's zone. */
export function participantView(row: ParticipantRow, session: SessionRecord): Participant {
  const blind = row.blind === 1;
  return {
    number: row.number,
    nikMasked: maskNik(row.nik),
    name: row.name,
    jabatan: row.jabatan,
    room: row.room,
    seat: row.seat,
    disability: row.disability,
    blind,
    durationMinutes: durationFor(session, blind),
    birthDate: row.birth_date,
    status: statusOf(row),
    checkedInAt: row.checkin_at,
    checkedInTime: row.checkin_at ? localTime(row.checkin_at, session.timeZone).time : '',
    checkedInBy: row.checkin_by,
    override: row.override_by ? { by: row.override_by, reason: row.override_reason ?? '' } : null,
    pin: row.pin_issued_at
      ? { issuedAt: row.pin_issued_at, issuedBy: row.pin_issued_by ?? '', reissues: Math.max(0, row.pin_count - 1) }
      : null,
  };
}
