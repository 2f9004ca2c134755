import type { ExamSession } from '../../protocol/exam.js';
import type { ResultsResponse } from '../../protocol/results.js';
import type { RekapHasil } from '../../protocol/results-responses.js';
import { dateTimeWords, dayName, placeDate } from '../exam/time.js';

/** The printable Rekap Hasil of a session (pure over its judged results and the session). */
export function buildRekap(
  session: ExamSession,
  results: ResultsResponse,
  audit: { seq: number; hash: string } | null,
  now: Date,
  venue: { name: string; address: string; city: string } | null = null,
): RekapHasil {
  return {
    title: `REKAP HASIL ${session.kind === 'SKB' ? 'SELEKSI KOMPETENSI BIDANG (SKB)' : session.kind === 'PPPK' ? 'SELEKSI PPPK' : 'SELEKSI KOMPETENSI DASAR (SKD)'}`,
    // A session created without its venue's name prints the venue settings' (as the berita acara does).
    venue: { name: session.venueName || venue?.name || '', address: session.venueAddress || venue?.address || '' },
    placeDate: placeDate(venue?.city ?? '', session.startsAt, session.timeZone),
    session: {
      id: session.id,
      name: session.name,
      kind: session.kind,
      kindLabel: session.kindLabel,
      day: dayName(session.startsAt, session.timeZone),
      date: session.local.date,
      start: session.local.start,
      end: session.local.end,
      zone: session.zone,
    },
    rule: {
      id: results.rule.id,
      version: results.rule.version,
      sha256: results.rule.sha256,
      decree: results.rule.decree,
      title: results.rule.title,
    },
    components: results.rule.components.map((c) => ({ key: c.key, title: c.title })),
    rows: results.results.map((r, i) => ({
      no: i + 1,
      participantNumber: r.participantNumber,
      name: r.name,
      room: r.room,
      seat: r.seat,
      scores: r.scores,
      total: r.total,
      status: r.status,
      statusLabel: r.statusLabel,
      corrected: r.corrections > 0,
    })),
    counts: results.counts,
    anomalies: results.anomalies,
    signatories: session.signatories,
    audit,
    generatedAt: now.toISOString(),
    generatedText: dateTimeWords(now, session.timeZone),
  };
}
