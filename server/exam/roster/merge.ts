import type { RosterRejection } from '../../../protocol/exam-responses.js';
import type { ParticipantInput } from './fields.js';

/** A participant already on the roster, and whether they have checked in. */
export interface StoredParticipant {
  number: string;
  nik: string;
  name: string;
  jabatan: string;
  room: string;
  seat: string;
  disability: string;
  birthDate: string;
  checkedIn: boolean;
}

export interface ImportPlan {
  add: ParticipantInput[];
  update: ParticipantInput[];
  unchanged: number;
  /** Differences to participants who already checked in: never applied. */
  notApplied: RosterRejection[];
  rejected: RosterRejection[];
  notInFile: number;
}

const COMPARED = ['nik', 'name', 'jabatan', 'room', 'seat', 'disability', 'birthDate'] as const;

function differences(row: ParticipantInput, stored: StoredParticipant): string[] {
  return COMPARED.filter((field) => row[field] !== stored[field]);
}

/**
 * What importing `rows` into a roster that holds `existing` does. The rules:
 * - the participant number is the key: a number already on the roster is updated, never duplicated;
 * - a participant who has checked in keeps the data they were checked in against (the row is
 *   reported in `notApplied`, nothing changes);
 * - nobody is removed: participants missing from the file stay (`notInFile` counts them);
 * - a NIK may belong to one participant of the session only: a row whose NIK another participant
 *   keeps is rejected.
 */
export function planImport(rows: readonly ParticipantInput[], existing: readonly StoredParticipant[]): ImportPlan {
  const stored = new Map(existing.map((p) => [p.number, p]));
  const inFile = new Set(rows.map((r) => r.number));
  const notApplied: RosterRejection[] = [];
  const writes: ParticipantInput[] = [];
  let unchanged = 0;
  for (const row of rows) {
    const before = stored.get(row.number);
    if (!before) {
      writes.push(row);
      continue;
    }
    const changed = differences(row, before);
    if (changed.length === 0) unchanged += 1;
    else if (before.checkedIn) {
      notApplied.push({
        line: row.line,
        participantNumber: row.number,
        reason: `Peserta ${row.number} sudah registrasi; perubahan (${changed.join(', ')}) tidak diterapkan.`,
        en: `Participant ${row.number} has already checked in; the changes (${changed.join(', ')}) were not applied.`,
      });
    } else writes.push(row);
  }

  // NIKs that stay as they are: participants not in the file, and checked-in ones whose row was not applied.
  const keptNik = new Map<string, string>();
  for (const p of existing) {
    if (!inFile.has(p.number) || (p.checkedIn && notApplied.some((n) => n.participantNumber === p.number))) keptNik.set(p.nik, p.number);
  }
  const rejected: RosterRejection[] = [];
  let pending = writes;
  for (;;) {
    const clash = pending.filter((row) => {
      const owner = keptNik.get(row.nik);
      return owner !== undefined && owner !== row.number;
    });
    if (clash.length === 0) break;
    for (const row of clash) {
      const owner = keptNik.get(row.nik)!;
      rejected.push({
        line: row.line,
        participantNumber: row.number,
        reason: `NIK sudah dipakai peserta ${owner} di sesi ini.`,
        en: `The NIK already belongs to participant ${owner} in this session.`,
      });
      // A refused update leaves that participant's old NIK in place, which may clash in turn.
      const before = stored.get(row.number);
      if (before) keptNik.set(before.nik, before.number);
    }
    pending = pending.filter((row) => !clash.includes(row));
  }
  return {
    add: pending.filter((row) => !stored.has(row.number)),
    update: pending.filter((row) => stored.has(row.number)),
    unchanged,
    notApplied,
    rejected,
    notInFile: existing.filter((p) => !inFile.has(p.number)).length,
  };
}
