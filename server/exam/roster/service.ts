import { createHash } from 'node:crypto';
import type { RosterImportResult } from '../../../protocol/exam-responses.js';
import type { AuthUser } from '../../auth/users.js';
import { durably } from '../../db/open.js';
import type { ExamDeps } from '../deps.js';
import { loadSession } from '../sessions/service.js';
import { planImport } from './merge.js';
import { parseRosterOffThread } from './parse-thread.js';

/**
 * Imports a roster file into a session: parse (CSV or XLSX), validate, then in one durable
 * transaction merge with what is stored (see planImport), record the import and audit it.
 */
export async function importRoster(deps: ExamDeps, sessionId: string, bytes: Uint8Array, user: AuthUser): Promise<RosterImportResult> {
  loadSession(deps, sessionId);
  const parsed = await parseRosterOffThread(bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const result = durably(deps.db, () => {
    loadSession(deps, sessionId);
    const plan = planImport(parsed.rows, deps.participants.stored(sessionId));
    const at = deps.clock.now().toISOString();
    deps.participants.apply(sessionId, plan, at);
    const rejected = [...parsed.rejected, ...plan.rejected].sort((a, b) => a.line - b.line);
    const counts = {
      added: plan.add.length,
      updated: plan.update.length,
      unchanged: plan.unchanged,
      rejected: rejected.length,
    };
    deps.participants.recordImport(sessionId, { at, by: user.username, format: parsed.format, sha256, ...counts });
    deps.audit.append({
      actor: user.username,
      action: 'roster.imported',
      sessionId,
      data: { format: parsed.format, sha256, ...counts, notApplied: plan.notApplied.length },
    });
    return {
      imported: plan.add.length + plan.update.length + plan.unchanged,
      rejected,
      added: plan.add.length,
      updated: plan.update.length,
      unchanged: plan.unchanged,
      notApplied: plan.notApplied,
      notInFile: plan.notInFile,
      format: parsed.format,
      headerLine: parsed.headerLine,
      columns: parsed.columns as Record<string, string>,
      registered: deps.participants.stored(sessionId).length,
    } satisfies RosterImportResult;
  });
  deps.log.info('exam.roster-imported', {
    session: sessionId,
    added: result.added,
    updated: result.updated,
    rejected: result.rejected.length,
  });
  deps.changes.publish({ topics: ['attendance', 'sessions'], sessions: [sessionId] });
  return result;
}
