import { can } from '../../auth/permissions.js';
import type { TimeZone } from '../../../protocol/exam.js';
import type { Localized } from '../../../protocol/i18n.js';
import { checkNik, maskNikRuns } from '../identity.js';
import { pinClosesAt, pinWindowOpen, registrationOpen, registrationOpensAt, type SessionTiming } from '../sessions/rules.js';
import { formatDate } from '../../../protocol/time.js';
import { clockWords } from '../time.js';

export type RefusalCode = 'not-on-roster' | 'nik-mismatch' | 'window-closed';

export type Decision =
  | { kind: 'register'; override: { by: string; reason: string } | null }
  | { kind: 'duplicate'; at: string; by: string }
  /** Refused and recorded: the person may not sit the exam as things stand. */
  | { kind: 'refuse'; code: RefusalCode; status: number; text: Localized }
  /** The operator's input or rights are wrong: nothing is recorded. */
  | { kind: 'invalid'; code: string; status: number; text: Localized };

export interface DeskInput {
  session: SessionTiming & { name: string; timeZone: TimeZone };
  participant: { number: string; nik: string } | undefined;
  /** Where this number is on the roster of another session, for a helpful refusal. */
  elsewhere?: { sessionName: string; start: Localized };
  scanned: string;
  nik: string;
  checkin: { at: string; by: string } | undefined;
  override?: { reason: string };
  user: { username: string; role: string };
  now: Date;
}

/** The identity check and the PIN window (Lampiran C.3.b.7.d-e): what the desk does with one attempt. */
export function decideCheckin(input: DeskInput): Decision {
  const { session, participant } = input;
  if (!registrationOpen(session, input.now)) {
    const opensAt = registrationOpensAt(session);
    const opens = clockWords(opensAt, session.timeZone);
    const opensDate = formatDate(opensAt, session.timeZone);
    return {
      kind: 'invalid',
      code: 'registration-not-open',
      status: 409,
      text: {
        id: `Registrasi sesi ${session.name} belum dibuka: dibuka ${opensDate} pukul ${opens.id}. Periksa apakah meja ini memilih sesi yang benar.`,
        en: `Registration for session ${session.name} has not opened: it opens ${opensDate} at ${opens.en}. Check that this desk has the right session selected.`,
      },
    };
  }
  if (!participant) {
    const shown = maskNikRuns(input.scanned.trim().slice(0, 60));
    const where = input.elsewhere;
    return {
      kind: 'refuse',
      code: 'not-on-roster',
      status: 404,
      text: where
        ? {
            id: `Nomor peserta ${shown} tidak ada di daftar sesi ${session.name}; peserta terdaftar di sesi ${where.sessionName} (mulai ${where.start.id}). Arahkan ke sesi itu.`,
            en: `Participant number ${shown} is not on the roster of session ${session.name}; it is on session ${where.sessionName} (starts ${where.start.en}). Send them to that session.`,
          }
        : {
            id: `Nomor peserta ${shown || '(kosong)'} tidak ada di daftar sesi ${session.name}. Periksa kartu peserta atau ketik nomornya.`,
            en: `Participant number ${shown || '(empty)'} is not on the roster of session ${session.name}. Check the participant card or type the number.`,
          },
    };
  }
  const nik = checkNik(input.nik);
  if (!nik.ok) {
    return {
      kind: 'invalid',
      code: 'nik-invalid',
      status: 400,
      text: {
        id: `${nik.reason.id} Ketik ulang NIK dari KTP.`,
        en: `${nik.reason.en} Type the NIK from the KTP again.`,
      },
    };
  }
  if (nik.value !== participant.nik) {
    return {
      kind: 'refuse',
      code: 'nik-mismatch',
      status: 422,
      text: {
        id: `NIK pada KTP tidak sama dengan NIK peserta ${participant.number} di daftar. Identitas tidak cocok: peserta tidak dapat diregistrasi.`,
        en: `The NIK on the KTP differs from participant ${participant.number}'s NIK on the roster. Identity does not match: the participant cannot be registered.`,
      },
    };
  }
  if (input.checkin) return { kind: 'duplicate', ...input.checkin };
  if (pinWindowOpen(session, input.now)) return { kind: 'register', override: null };

  const closes = clockWords(pinClosesAt(session), session.timeZone);
  const starts = clockWords(session.startsAt, session.timeZone, false);
  if (!input.override) {
    return {
      kind: 'refuse',
      code: 'window-closed',
      status: 409,
      text: {
        id: `Penerbitan PIN sesi ${session.name} sudah ditutup pukul ${closes.id} (${session.pinCloseMinutes} menit sebelum mulai ${starts.id}). Peserta tidak dapat diregistrasi kecuali supervisor memberi override dengan alasan.`,
        en: `PIN issuance for session ${session.name} closed at ${closes.en} (${session.pinCloseMinutes} minutes before the ${starts.en} start). The participant cannot be registered unless a supervisor overrides with a reason.`,
      },
    };
  }
  if (!can(input.user.role, 'exam.override')) {
    return {
      kind: 'invalid',
      code: 'override-not-allowed',
      status: 403,
      text: {
        id: `Pengguna ${input.user.username} tidak berwenang memberi override. Minta supervisor masuk dan mengulangi.`,
        en: `User ${input.user.username} may not override. Ask a supervisor to log in and repeat it.`,
      },
    };
  }
  return { kind: 'register', override: { by: input.user.username, reason: maskNikRuns(input.override.reason) } };
}
