import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startExamHub, type ExamHub } from './helpers.js';

let exam: ExamHub | undefined;
afterEach(async () => {
  await exam?.stop();
  exam = undefined;
});

const WATCHED = /^\s*INSERT INTO (exam_checkins|exam_pins|audit_log)\b/;

describe('durability setting of acknowledged writes', () => {
  it('commits check-ins, PINs and audit entries with synchronous=FULL (2), whatever the connection default', async () => {
    exam = await startExamHub();
    const db = exam.hub.ctx.db;
    const seen: Array<{ table: string; synchronous: number }> = [];
    const prepare = db.prepare.bind(db);
    // Every statement prepared from now on reports the connection's synchronous level when it writes a watched table.
    (db as { prepare: Database.Database['prepare'] }).prepare = ((sql: string) => {
      const statement = prepare(sql);
      const match = WATCHED.exec(sql);
      if (!match) return statement;
      const run = statement.run.bind(statement);
      statement.run = ((...args: unknown[]) => {
        seen.push({ table: match[1]!, synchronous: db.pragma('synchronous', { simple: true }) as number });
        return run(...(args as []));
      }) as typeof statement.run;
      return statement;
    }) as Database.Database['prepare'];
    expect(db.pragma('synchronous', { simple: true })).toBe(1);

    const id = await exam.session();
    await exam.importRoster(id, 'comma-lf.csv');
    const checkin = await exam.api(`/api/sessions/${id}/checkins`, { body: { participantNumber: '24300110120000001', nik: '6310015503920001' } });
    expect(checkin.status).toBe(201);
    const reissue = await exam.api(`/api/sessions/${id}/participants/24300110120000001/pin/reissue`, { body: { reason: 'Slip hilang' } });
    expect(reissue.status).toBe(201);

    const tables = new Set(seen.map((s) => s.table));
    expect(tables).toEqual(new Set(['exam_checkins', 'exam_pins', 'audit_log']));
    expect(seen.filter((s) => s.synchronous !== 2)).toEqual([]);
    // Outside those commits the connection is back at NORMAL (heartbeats).
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
  });
});
