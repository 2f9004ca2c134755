import { type TimeZone } from '../../../protocol/exam.js';
import { INCIDENT_KIND_LABELS, type Incident, type IncidentRequest } from '../../../protocol/exam-reports.js';
import { AppError } from '../../../protocol/errors.js';
import { localTime } from '../time.js';
import type { IncidentFields, IncidentRecord } from './store.js';

type Body = { [K in keyof IncidentRequest]-?: Exclude<IncidentRequest[K], undefined> };

/**
 * The stored fields of an incident from a request (a PATCH merges onto `before`): the time
 * defaults to now, minutes added only count when time was added (and then must be given), and
 * the room must be one of the session's rooms, or '' for the whole venue.
 */
export function incidentFields(
  body: Partial<Body>,
  before: IncidentFields | undefined,
  now: Date,
  rooms: readonly string[],
): IncidentFields {
  const merged = {
    at: body.at ? new Date(body.at).toISOString() : (before?.at ?? now.toISOString()),
    room: body.room ?? before?.room ?? '',
    kind: body.kind ?? before?.kind,
    description: body.description ?? before?.description,
    minutesLost: body.minutesLost ?? before?.minutesLost ?? 0,
    timeAdded: body.timeAdded ?? before?.timeAdded ?? false,
    addedMinutes: body.addedMinutes ?? before?.addedMinutes ?? 0,
  };
  if (!merged.kind || !merged.description) {
    throw new AppError('invalid', {
      id: 'Jenis dan uraian kejadian wajib diisi.',
      en: 'The incident kind and description are required.',
    });
  }
  if (merged.room !== '' && rooms.length > 0 && !rooms.includes(merged.room)) {
    throw new AppError('incident-room', {
      id: `Ruang '${merged.room}' bukan ruang sesi ini (${rooms.join(', ')}). Pilih ruang yang ada atau kosongkan untuk seluruh lokasi.`,
      en: `Room '${merged.room}' is not a room of this session (${rooms.join(', ')}). Pick one of them, or leave it empty for the whole venue.`,
    });
  }
  if (!merged.timeAdded) merged.addedMinutes = 0;
  else if (merged.addedMinutes === 0) {
    throw new AppError('incident-added-minutes', {
      id: 'Waktu ditambahkan: isi berapa menit yang ditambahkan (addedMinutes).',
      en: 'Time was added: say how many minutes (addedMinutes).',
    });
  }
  return merged as IncidentFields;
}

export function incidentView(r: IncidentRecord, zone: TimeZone): Incident {
  return { ...r, time: localTime(r.at, zone).time, kindLabel: INCIDENT_KIND_LABELS[r.kind] };
}
