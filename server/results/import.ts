import { createHash } from 'node:crypto';
import { ruleRef } from '../../checklists/passing-grades/index.js';
import type { ResultRejection, ResultsImportResult } from '../../protocol/results.js';
import type { AuthUser } from '../auth/users.js';
import { durably } from '../db/open.js';
import { isoInZone } from '../exam/time.js';
import type { ResultsDeps } from './deps.js';
import { sameResult } from './entry.js';
import type { ResultInput } from './parse.js';
import { parseResultsOffThread } from './parse-thread.js';
import { ruleFor, sessionDay } from './service.js';
import type { ImportedEntry } from './store.js';

const norm = (name: string) =>
  name
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();

/** A result may be stamped at most this far after the hub's clock (a CAT server's clock a little ahead). */
const FUTURE_SLACK_MS = 5 * 60_000;

/** Milliseconds an import spent per phase, for the `Server-Timing` header (the benchmark reads them). */
export interface ImportTimings {
  /** Reading the file on the parser thread, with handing its rows back. */
  parse: number;
  /** Roster and recorded-result checks of every row. */
  check: number;
  /** Appending the entries, the import record and the audit entries. */
  write: number;
  /** The durable commit (`synchronous=FULL`: on disk before the answer). */
  commit: number;
}

/**
 * Imports the CAT team's results file: parse (the roster's robust reading, on its own thread), check each row against
 * the roster and what is recorded, then in one durable transaction append the new entries
 * (a changed row with a reason in ALASAN is a correction), record the import and audit it.
 * `timings`, when given, receives the time of each phase.
 */
export async function importResults(
  deps: ResultsDeps,
  sessionId: string,
  bytes: Uint8Array,
  user: AuthUser,
  timings?: ImportTimings,
): Promise<ResultsImportResult> {
  const session = deps.exam.schedule(sessionId);
  const { rule } = ruleFor(session);
  let mark = performance.now();
  const lap = (phase: keyof ImportTimings) => {
    const now = performance.now();
    if (timings) timings[phase] = now - mark;
    mark = now;
  };
  const parsed = await parseResultsOffThread(bytes, rule, sessionDay(session));
  lap('parse');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const result = durably(deps.db, () => {
    const names = deps.exam.names(sessionId);
    const latest = deps.store.latestAll(sessionId);
    const now = deps.clock.now();
    const nowIso = isoInZone(now, session.timeZone);
    const rejected: ResultRejection[] = [...parsed.rejected];
    const refuse = (row: ResultInput, id: string, en: string) =>
      rejected.push({ line: row.line, reason: id, en, participantNumber: row.number });
    const entries: ImportedEntry[] = [];
    let unchanged = 0;
    for (const row of parsed.rows) {
      const name = names.get(row.number);
      if (name === undefined) {
        refuse(
          row,
          `Nomor peserta ${row.number} tidak ada di daftar peserta sesi ini.`,
          `Participant number ${row.number} is not on this session's roster.`,
        );
        continue;
      }
      if (row.name && norm(row.name) !== norm(name)) {
        refuse(
          row,
          `NAMA '${row.name}' berbeda dengan daftar peserta ('${name}') untuk nomor ${row.number}. Periksa apakah baris tertukar.`,
          `NAME '${row.name}' differs from the roster ('${name}') for number ${row.number}. Check whether rows were swapped.`,
        );
        continue;
      }
      const recordedAt = row.recordedAt ?? nowIso;
      if (Date.parse(recordedAt) > now.getTime() + FUTURE_SLACK_MS) {
        refuse(
          row,
          `Waktu hasil ${recordedAt} ada di masa depan menurut jam hub.`,
          `The result time ${recordedAt} is in the future by the hub's clock.`,
        );
        continue;
      }
      const existing = latest.get(row.number);
      if (existing && sameResult(existing, row)) {
        unchanged++;
        continue;
      }
      if (existing && !row.reason) {
        refuse(
          row,
          `Nomor ${row.number} sudah punya hasil (jumlah ${existing.total}) yang berbeda. Koreksi memerlukan alasan: isi kolom ALASAN, atau koreksi di dasbor.`,
          `Number ${row.number} already has a different result (total ${existing.total}). A correction needs a reason: fill the ALASAN column, or correct it in the dashboard.`,
        );
        continue;
      }
      entries.push({
        number: row.number,
        scores: row.scores,
        total: row.total,
        track: row.track,
        recordedAt,
        source: existing ? 'correction' : 'import',
        supersedes: existing?.id ?? null,
        reason: row.reason,
      });
    }
    rejected.sort((a, b) => a.line - b.line);
    lap('check');
    const corrected = entries.filter((e) => e.source === 'correction');
    const counts = { imported: entries.length, unchanged, rejected: rejected.length };
    const at = now.toISOString();
    const importId = deps.store.recordImport(sessionId, {
      at,
      by: user.username,
      format: parsed.format,
      sha256,
      ...counts,
    });
    deps.store.appendImported(sessionId, importId, entries, at, user.username);
    deps.audit.append({
      actor: user.username,
      action: 'results.imported',
      sessionId,
      data: { format: parsed.format, sha256, ...counts, corrected: corrected.length, rule: ruleRef(rule) },
    });
    for (const c of corrected) {
      deps.audit.append({
        actor: user.username,
        action: 'result.corrected',
        sessionId,
        subject: c.number,
        data: { supersedes: c.supersedes, total: c.total, scores: c.scores, reason: c.reason, via: 'import' },
      });
    }
    lap('write');
    return {
      imported: entries.length,
      unchanged,
      rejected,
      format: parsed.format,
      headerLine: parsed.headerLine,
      columns: parsed.columns,
    } satisfies ResultsImportResult;
  });
  lap('commit');
  deps.log.info('results.imported', { session: sessionId, imported: result.imported, rejected: result.rejected.length });
  if (result.imported > 0) deps.changes.publish({ topics: ['results'], sessions: [sessionId] });
  return result;
}
