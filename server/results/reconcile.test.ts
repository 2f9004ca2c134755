import { describe, expect, it } from 'vitest';
import { reconcile, type ReconcileInput } from './reconcile.js';

const hhmm = (iso: string) => new Date(iso).toISOString().slice(11, 16);
const clock = (iso: string) => ({ id: hhmm(iso).replace(':', '.'), en: hhmm(iso) });
const base: ReconcileInput = {
  participants: [
    { number: 'A1', name: 'Ani', blind: false, checkedInAt: '2026-11-23T07:00:00Z' },
    { number: 'A2', name: 'Budi', blind: false, checkedInAt: null },
    { number: 'A3', name: 'Citra', blind: false, checkedInAt: '2026-11-23T07:10:00Z' },
    { number: 'A4', name: 'Dedi', blind: true, checkedInAt: '2026-11-23T07:20:00Z' },
  ],
  results: [],
  explanations: [],
  endsAt: new Date('2026-11-23T09:40:00Z'),
  blindEndsAt: new Date('2026-11-23T10:10:00Z'),
  now: new Date('2026-11-23T08:00:00Z'),
  clock,
};

describe('reconcile presence with results', () => {
  it('nothing to report while the session runs and every result belongs to someone checked in after check-in', () => {
    expect(reconcile({ ...base, results: [{ number: 'A1', recordedAt: '2026-11-23T07:55:00Z' }] })).toEqual([]);
  });

  it('a result for a participant who never checked in', () => {
    const [a] = reconcile({ ...base, results: [{ number: 'A2', recordedAt: '2026-11-23T07:55:00Z' }] });
    expect(a).toMatchObject({ kind: 'result-without-checkin', participantNumber: 'A2', name: 'Budi', explanation: null });
    expect(a!.detail.en).toBe('A result was recorded at 07:55, but the participant never checked in at the desk.');
    expect(a!.detail.id).toBe('Hasil tercatat pukul 07.55, tetapi peserta tidak registrasi di meja.');
  });

  it('a result recorded before the check-in', () => {
    const [a] = reconcile({ ...base, results: [{ number: 'A3', recordedAt: '2026-11-23T07:05:00Z' }] });
    expect(a).toMatchObject({ kind: 'result-before-checkin', participantNumber: 'A3' });
    expect(a!.detail.en).toBe('The result was recorded at 07:05, before the check-in at 07:10.');
  });

  it('present without a result only after the end, a blind participant after their longer end', () => {
    const at = (now: string) => reconcile({ ...base, now: new Date(now) }).map((a) => `${a.kind}:${a.participantNumber}`);
    expect(at('2026-11-23T09:40:00Z')).toEqual([]);
    expect(at('2026-11-23T09:41:00Z')).toEqual(['present-without-result:A1', 'present-without-result:A3']);
    expect(at('2026-11-23T10:11:00Z')).toEqual(['present-without-result:A1', 'present-without-result:A3', 'present-without-result:A4']);
  });

  it("carries the supervisor's latest explanation of that anomaly, not of another kind", () => {
    const anomalies = reconcile({
      ...base,
      results: [{ number: 'A2', recordedAt: '2026-11-23T07:55:00Z' }],
      explanations: [
        { kind: 'result-without-checkin', number: 'A2', text: 'Registrasi manual di kertas karena pemindai rusak.', at: 'x', by: 'spv' },
        { kind: 'present-without-result', number: 'A2', text: 'bukan ini', at: 'y', by: 'spv' },
      ],
    });
    expect(anomalies[0]!.explanation).toEqual({ text: 'Registrasi manual di kertas karena pemindai rusak.', by: 'spv', at: 'x' });
  });
});
