import { afterEach, describe, expect, it } from 'vitest';
import { rawAgent, until } from '../helpers/agents.js';
import { READY, report } from '../helpers/reports.js';
import { startExamHub, type ExamHub } from '../exam/helpers.js';

/**
 * A full disk and a database that cannot be written, met by writes through the real HTTP API and
 * agent socket of a hub on a real SQLite file: a bilingual 503 (never a 500, never a crash), nothing
 * stored before is lost, and the same request works once the disk is fixed.
 */
let exam: ExamHub | undefined;
afterEach(async () => {
  await exam?.stop();
  exam = undefined;
});

const TOKEN = 'token-lokasi-uji-2026';

/** A roster of `n` participants (R1, seats 1..n): big enough to need new database pages. */
function bigRoster(n: number): Uint8Array {
  const rows = ['No,No Peserta,NIK,Nama Peserta,Jabatan,Ruang,Kursi,Disabilitas,Tgl Lahir'];
  for (let i = 1; i <= n; i++) {
    const seq = String(i).padStart(4, '0');
    rows.push(
      `${i},2430011012000${seq},631001150392${seq},Peserta Nomor ${seq} dengan nama yang cukup panjang,Guru Ahli Pertama,R1,${i},-,15/03/1992`,
    );
  }
  return new TextEncoder().encode(rows.join('\n') + '\n');
}

const CHECKIN_1 = { participantNumber: '24300110120000001', nik: '6310015503920001' };
const CHECKIN_4 = { participantNumber: '24300110120000004', nik: '6310012512880004' };

describe('a full disk or read-only database', () => {
  it('answers a write with a bilingual 503 and keeps what was stored; the same import works once space is freed', async () => {
    exam = await startExamHub('2026-11-23T07:00:00+08:00', undefined, { env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
    const first = await exam.session();
    expect((await exam.importRoster(first, 'comma-lf.csv')).status).toBe(200);
    expect((await exam.api(`/api/sessions/${first}/checkins`, { body: CHECKIN_1 })).status).toBe(201);

    // The disk is full: the file may not grow by a single page.
    const db = exam.hub.ctx.db;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const second = await exam.session({ name: 'SKD Sesi 2', startsAt: '2026-11-23T10:00:00+08:00' });
    const refused = await exam.importRoster(second, bigRoster(1500));
    expect(refused.status).toBe(503);
    expect(refused.body.error).toMatchObject({ code: 'storage-full', details: { sqlite: 'SQLITE_FULL' } });
    expect(refused.body.error.message).toMatch(
      /^Disk PC hub penuh\. Perubahan ini TIDAK tersimpan; semua yang sudah dikonfirmasi sebelumnya tetap aman\. Kosongkan ruang/,
    );
    expect(refused.body.error.en).toContain(`Free space on the disk holding ${exam.hub.dbPath}`);
    expect(exam.hub.lines.some((l) => l.includes('db.storage') && l.includes('code=storage-full'))).toBe(true);

    // The hub is up, and nothing acknowledged is gone; the refused import left no half roster.
    expect((await exam.api('/api/health')).status).toBe(200);
    const one = await exam.api(`/api/sessions/${first}/participants/${CHECKIN_1.participantNumber}`);
    expect(one.body).toMatchObject({
      status: 'present',
      checkedInAt: '2026-11-22T23:00:00.000Z',
      pin: { issuedAt: '2026-11-22T23:00:00.000Z' },
    });
    expect((await exam.api(`/api/sessions/${second}/participants`)).body.participants).toHaveLength(0);

    // Space freed: the very same import goes through, and the audit chain is intact.
    db.pragma('max_page_count = 1073741823');
    const again = await exam.importRoster(second, bigRoster(1500));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ imported: 1500, added: 1500, rejected: [] });
    expect((await exam.api('/api/audit/verify')).body.intact).toBe(true);
  });

  it('refuses check-ins and agent reports while the database is read-only, then takes them again', async () => {
    exam = await startExamHub('2026-11-23T07:00:00+08:00', undefined, { env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
    const id = await exam.session();
    expect((await exam.importRoster(id, 'comma-lf.csv')).status).toBe(200);
    expect((await exam.api(`/api/sessions/${id}/checkins`, { body: CHECKIN_1 })).status).toBe(201);
    const agent = await rawAgent(exam.hub.url);
    agent.sendJson({ type: 'hello', v: 1, id: 'PC-R1-01', role: 'client', agent: { version: 'test' }, token: TOKEN });
    await agent.next('welcome');

    const db = exam.hub.ctx.db;
    db.pragma('query_only = ON');
    const refused = await exam.api(`/api/sessions/${id}/checkins`, { body: CHECKIN_4 });
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe('storage-readonly');
    expect(refused.body.error.message).toContain('Basis data hub tidak bisa ditulis');
    expect(refused.body.error.en).toContain('Check write permission on');
    // The agent's report is refused, not acknowledged: the agent keeps it and sends it again.
    agent.sendJson({ type: 'report', v: 1, seq: 1, report: report(READY) });
    expect(await agent.next('refused')).toMatchObject({ code: 'storage-readonly', fatal: false });
    expect(agent.messages.some((m) => m.type === 'ack')).toBe(false);

    db.pragma('query_only = OFF');
    expect((await exam.api(`/api/sessions/${id}/checkins`, { body: CHECKIN_4 })).status).toBe(201);
    agent.sendJson({ type: 'report', v: 1, seq: 1, report: report(READY) });
    expect(await agent.next('ack')).toMatchObject({ seq: 1 });
    await until(async () => {
      const machines = (await exam!.api('/api/machines')).body.machines as Array<{ id: string; verdict: string }>;
      return machines.some((m) => m.id === 'PC-R1-01' && m.verdict === 'ready');
    }, 'the re-sent report stored');
    const participants = (await exam.api(`/api/sessions/${id}/participants`)).body.participants as Array<{
      number?: string;
      checkedInAt?: string | null;
    }>;
    expect(participants.filter((p) => p.checkedInAt)).toHaveLength(2);
    agent.ws.close();
  });
});
