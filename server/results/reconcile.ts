import type { Participant } from '../../protocol/exam.js';
import type { Localized } from '../../protocol/i18n.js';
import { ANOMALY_LABELS, type Anomaly, type AnomalyKind } from '../../protocol/results.js';
import type { ExplanationRecord } from './store.js';

export interface ReconcileInput {
  participants: readonly Pick<Participant, 'number' | 'name' | 'blind' | 'checkedInAt'>[];
  results: readonly { number: string; recordedAt: string }[];
  explanations: readonly ExplanationRecord[];
  /** The session's end for sighted and blind participants (the actual end when recorded). */
  endsAt: Date;
  blindEndsAt: Date;
  now: Date;
  /** A time in the session's zone as a sentence writes it: 07.55 (id), 07:55 (en). */
  clock: (iso: string) => Localized;
}

/**
 * Presence against results, as named anomalies (pure): a result for someone not checked in; a
 * result recorded before its participant's check-in; a checked-in participant with no result
 * once their session has ended. Each carries the supervisor's latest written explanation.
 */
export function reconcile(input: ReconcileInput): Anomaly[] {
  const byNumber = new Map(input.participants.map((p) => [p.number, p]));
  const explained = new Map(input.explanations.map((e) => [`${e.kind}|${e.number}`, e]));
  const anomalies: Anomaly[] = [];
  const add = (kind: AnomalyKind, number: string, name: string, detail: Localized) => {
    const e = explained.get(`${kind}|${number}`);
    anomalies.push({
      kind,
      label: ANOMALY_LABELS[kind],
      participantNumber: number,
      name,
      detail,
      explanation: e ? { text: e.text, by: e.by, at: e.at } : null,
    });
  };
  const withResult = new Set<string>();
  for (const r of input.results) {
    withResult.add(r.number);
    const p = byNumber.get(r.number);
    const when = input.clock(r.recordedAt);
    if (!p?.checkedInAt) {
      add('result-without-checkin', r.number, p?.name ?? '', {
        id: `Hasil tercatat pukul ${when.id}, tetapi peserta tidak registrasi di meja.`,
        en: `A result was recorded at ${when.en}, but the participant never checked in at the desk.`,
      });
    } else if (Date.parse(r.recordedAt) < Date.parse(p.checkedInAt)) {
      const checkin = input.clock(p.checkedInAt);
      add('result-before-checkin', r.number, p.name, {
        id: `Hasil tercatat pukul ${when.id}, sebelum registrasi pukul ${checkin.id}.`,
        en: `The result was recorded at ${when.en}, before the check-in at ${checkin.en}.`,
      });
    }
  }
  for (const p of input.participants) {
    if (!p.checkedInAt || withResult.has(p.number)) continue;
    const end = p.blind ? input.blindEndsAt : input.endsAt;
    if (input.now.getTime() <= end.getTime()) continue;
    const endText = input.clock(end.toISOString());
    add('present-without-result', p.number, p.name, {
      id: `Registrasi pukul ${input.clock(p.checkedInAt).id}, sesi selesai pukul ${endText.id}, belum ada hasil.`,
      en: `Checked in at ${input.clock(p.checkedInAt).en}; the session ended at ${endText.en} and there is no result.`,
    });
  }
  return anomalies;
}
