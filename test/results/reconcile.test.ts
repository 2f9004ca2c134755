import { afterEach, describe, expect, it } from 'vitest';
import { startExamHub, type ExamHub } from '../exam/helpers.js';
import { checkedInSession, importResults, N, resultsCsv, userToken } from './helpers.js';

let t: ExamHub | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

describe('reconciliation, explanations, roles, board and berita acara', () => {
  it('a present participant without a result becomes an anomaly after their end; the supervisor explains it in writing', async () => {
    t = await startExamHub();
    const id = await checkedInSession(t);
    t.clock.set('2026-11-23T09:45:00+08:00');
    await importResults(t, id, resultsCsv([`${N(1)};;100;120;170;390;09:35`, `${N(2)};;100;120;170;390;09:36`]));
    // 003 is blind: 130 minutes, so 10:10 WITA; nothing yet at 09:45.
    expect((await t.api(`/api/sessions/${id}/results`)).body.anomalies).toEqual([]);
    t.clock.set('2026-11-23T10:11:00+08:00');
    const after = (await t.api(`/api/sessions/${id}/results`)).body;
    expect(after.anomalies).toHaveLength(1);
    expect(after.anomalies[0]).toMatchObject({ kind: 'present-without-result', participantNumber: N(3), explanation: null });
    expect(after.anomalies[0].detail.en).toBe('Checked in at 06:50 WITA; the session ended at 10:10 WITA and there is no result.');
    expect(after.anomalies[0].detail.id).toBe('Registrasi pukul 06.50 WITA, sesi selesai pukul 10.10 WITA, belum ada hasil.');

    const supervisor = await userToken(t, 'spv', 'supervisor');
    const operator = await userToken(t, 'opr', 'operator');
    const text = 'Peserta sakit dan keluar ruangan pukul 08:30, disaksikan pengawas R1.';
    const byOperator = await t.hub.api(`/api/sessions/${id}/results/explanations`, {
      token: operator,
      body: { kind: 'present-without-result', participantNumber: N(3), text },
    });
    expect(byOperator.status).toBe(403);
    const explained = await t.hub.api(`/api/sessions/${id}/results/explanations`, {
      token: supervisor,
      body: { kind: 'present-without-result', participantNumber: N(3), text },
    });
    expect(explained.status).toBe(200);
    expect(explained.body.anomalies[0].explanation).toMatchObject({ text, by: 'spv' });
    expect(explained.body.counts).toMatchObject({ anomalies: 1, unexplained: 0 });
    const wrong = await t.hub.api(`/api/sessions/${id}/results/explanations`, {
      token: supervisor,
      body: { kind: 'result-before-checkin', participantNumber: N(3), text },
    });
    expect(wrong.status).toBe(404);

    const ba = (await t.api(`/api/sessions/${id}/berita-acara`)).body;
    expect(ba.results.rule).toMatchObject({
      id: 'skd-cpns-2024',
      version: '1.0.0',
      decree: 'Keputusan Menteri PANRB Nomor 321 Tahun 2024',
    });
    expect(ba.results.counts).toMatchObject({ registered: 5, present: 3, withResult: 2, memenuhi: 2, anomalies: 1 });
    expect(ba.results.anomalies[0].explanation.text).toBe(text);
    const audit = (await t.api(`/api/sessions/${id}/audit`)).body.entries as Array<{ action: string }>;
    expect(audit.some((e) => e.action === 'anomaly.explained')).toBe(true);
  });

  it('an operator may view but not import or correct; the board is sorted as asked and never carries a NIK', async () => {
    t = await startExamHub();
    const id = await checkedInSession(t);
    t.clock.set('2026-11-23T09:45:00+08:00');
    const operator = await userToken(t, 'opr', 'operator');
    const refused = await importResults(t, id, resultsCsv([`${N(1)};;100;120;170;390;09:35`]), operator);
    expect(refused.status).toBe(403);
    expect(refused.body.error.en).toContain('may not do this (results.import)');
    const correct = await t.hub.api(`/api/sessions/${id}/results/${N(1)}`, {
      token: operator,
      body: { scores: { TWK: 1, TIU: 1, TKP: 1 } },
    });
    expect(correct.status).toBe(403);
    await importResults(t, id, resultsCsv([`${N(1)};;100;120;170;390;09:35`, `${N(2)};;100;150;170;420;09:30`]));
    const board = await t.hub.api(`/api/sessions/${id}/results/board?sort=total`, { token: operator });
    expect(board.status).toBe(200);
    expect(board.body.rows.map((r: any) => r.participantNumber)).toEqual([N(2), N(1)]);
    expect(board.body.components.map((c: any) => c.key)).toEqual(['TWK', 'TIU', 'TKP']);
    expect(JSON.stringify(board.body)).not.toMatch(/nik|6310\d{12}/i);
    const recorded = await t.api(`/api/sessions/${id}/results/board`);
    expect(recorded.body.rows.map((r: any) => r.participantNumber)).toEqual([N(1), N(2)]);
    expect((await t.api(`/api/sessions/${id}/results/board?sort=nik`)).status).toBe(400);
  });

  it('re-judges under a named rule version; refuses an unknown one', async () => {
    t = await startExamHub();
    const id = await checkedInSession(t);
    const same = await t.api(`/api/sessions/${id}/results?rule=skd-cpns-2024@1.0.0`);
    expect(same.body).toMatchObject({ rejudged: false, rule: { id: 'skd-cpns-2024' } });
    const other = await t.api(`/api/sessions/${id}/results?rule=pppk-2024@1.0.0`);
    expect(other.status).toBe(400);
    expect(other.body.error.en).toContain("No passing-grade rule 'pppk-2024@1.0.0' for SKD");
  });
});
