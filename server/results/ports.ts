import type { Attendee, ExamSession, Participant, SessionSchedule, SessionTimes } from '../../protocol/exam.js';

/**
 * What results read of exam day, through the exam feature's read model (server/exam/read-model.ts),
 * never its tables. Declared here by the reader; the exam feature's object fits it.
 */
export interface ExamView {
  session(id: string): ExamSession;
  /** When and what kind the session is, without reading its roster (the session's counts need it). */
  schedule(id: string): SessionSchedule;
  roster(id: string): { session: ExamSession; participants: Participant[]; rooms: string[] };
  /** Each participant's number and name only: what an import checks its rows against, without building the roster. */
  names(id: string): Map<string, string>;
  /** The venue settings' name, address and town: the rekap's place line and a venue the session did not name. */
  venue(): { name: string; address: string; city: string } | null;
  /** The session's times and who checked in when, in roster order: what judging and reconciling read. */
  attendance(id: string): { session: SessionTimes; participants: Attendee[] };
}
