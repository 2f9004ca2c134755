import type { ExamSession, Participant } from '../../protocol/exam.js';

/**
 * What results read of exam day, through the exam feature's read model (server/exam/read-model.ts),
 * never its tables. Declared here by the reader; the exam feature's object fits it.
 */
export interface ExamView {
  session(id: string): ExamSession;
  roster(id: string): { session: ExamSession; participants: Participant[]; rooms: string[] };
}
