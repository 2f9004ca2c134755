import { afterEach, describe, expect, it } from 'vitest';
import type { Change } from '../../server/changes.js';
import { startExamHub, type ExamHub } from '../exam/helpers.js';
import { checkedInSession, importResults, N, resultsCsv, userToken } from './helpers.js';

let t: ExamHub | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

const FILE = resultsCsv([
  `${N(1)};Siti Aisyah, S.Pd;100;120;170;390;09:35`,
  `${N(2)};Budi Santoso;60;85;170;315;06:44`,
  `${N(4)};Ahmad Fauzi;70;90;170;330;09:37`,
  `2,43001E+16;Rina;70;90;170;330;09:37`,
  `${N(7)};Yusuf Maulana;70;90;170;331;09:38`,
  `24300110120000099;Orang Lain;70;90;170;330;09:38`,
  `${N(1)};Siti Aisyah, S.Pd;100;120;170;390;09:35`,
  `${N(7)};Yusuf Maulana;70;abc;170;;09:38`,
  `${N(7)};Yusuf Maulana;70;200;170;;09:38`,
  `${N(7)};Dewi;70;90;170;;09:38`,
]);

describe('results import: POST/GET /api/sessions/:id/results', () => {
  it('imports valid rows, refuses the rest by line with the reason, judges by the rule in force and names it', async () => {
    t = await startExamHub();
    const id = await checkedInSession(t);
    const changes: Change[] = [];
    t.hub.ctx.changes.subscribe((c) => changes.push(c));
    t.clock.set('2026-11-23T09:45:00+08:00');
    const res = await importResults(t, id, FILE);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ imported: 3, unchanged: 0, format: 'csv', headerLine: 3 });
    const rejected = res.body.rejected as Array<{ line: number; en: string }>;
    expect(rejected.map((r) => r.line)).toEqual([7, 8, 9, 10, 11, 12, 13]);
    expect(rejected[0]!.en).toContain('scientific notation');
    expect(rejected[1]!.en).toBe('The total 331 is not TWK+TIU+TKP = 330. Check this row in the source file.');
    expect(rejected[2]!.en).toContain("is not on this session's roster");
    expect(rejected[3]!.en).toContain('duplicate of row 4');
    expect(rejected[4]!.en).toBe("The TIU score is not a number: 'abc'.");
    expect(rejected[5]!.en).toBe('The TIU score 200 is above the highest possible 175.');
    expect(rejected[6]!.en).toContain("NAME 'Dewi' differs from the roster ('Yusuf Maulana')");
    expect(changes.some((c) => c.topics.includes('results') && c.sessions?.includes(id))).toBe(true);

    const got = await t.api(`/api/sessions/${id}/results`);
    expect(got.status).toBe(200);
    expect(got.body.rule).toMatchObject({ id: 'skd-cpns-2024', version: '1.0.0', decree: 'Keputusan Menteri PANRB Nomor 321 Tahun 2024' });
    expect(got.body.rule.sha256).toMatch(/^[0-9a-f]{64}$/);
    const rows = got.body.results as Array<Record<string, any>>;
    expect(rows.map((r) => [r.participantNumber, r.status, r.total])).toEqual([
      [N(1), 'memenuhi', 390],
      [N(2), 'tidak-memenuhi', 315],
      [N(4), 'memenuhi', 330],
    ]);
    expect(rows[1]!.unmet).toEqual([{ id: 'TWK 60 < 65', en: 'TWK 60 < 65' }]);
    expect(rows[0]).toMatchObject({ scores: { TWK: 100, TIU: 120, TKP: 170 }, recordedAt: '2026-11-23T09:35:00+08:00', recordedTime: '09:35' });
    expect(got.body.anomalies.map((a: any) => `${a.kind}:${a.participantNumber}`)).toEqual([
      `result-before-checkin:${N(2)}`,
      `result-without-checkin:${N(4)}`,
    ]);
    expect(got.body.counts).toMatchObject({ registered: 5, present: 3, absent: 2, withResult: 3, memenuhi: 2, tidakMemenuhi: 1, anomalies: 2, unexplained: 2 });
    expect(JSON.stringify(got.body)).not.toMatch(/6310\d{12}/);

    const again = await importResults(t, id, FILE);
    expect(again.body).toMatchObject({ imported: 0, unchanged: 3 });
  });

  it('a changed row is refused without a reason and is a correction with one; history stays, audit names it', async () => {
    t = await startExamHub();
    const id = await checkedInSession(t);
    t.clock.set('2026-11-23T09:45:00+08:00');
    await importResults(t, id, resultsCsv([`${N(1)};;100;120;170;390;09:35`]));
    const changed = await importResults(t, id, resultsCsv([`${N(1)};;100;125;170;395;09:35`]));
    expect(changed.body.rejected[0].en).toContain('A correction needs a reason');
    const withReason = await importResults(
      t,
      id,
      resultsCsv([`${N(1)};;100;125;170;395;09:35;Salah ketik TIU di rekap pertama`], 'No Peserta;Nama;TWK;TIU;TKP;Jumlah;Waktu;Alasan'),
    );
    expect(withReason.body).toMatchObject({ imported: 1, rejected: [] });
    const row = (await t.api(`/api/sessions/${id}/results`)).body.results[0];
    expect(row).toMatchObject({ total: 395, source: 'correction', corrections: 1, reason: 'Salah ketik TIU di rekap pertama' });
    const audit = (await t.api(`/api/sessions/${id}/audit`)).body.entries as Array<{ action: string; subject: string; data: any }>;
    const corrected = audit.find((e) => e.action === 'result.corrected');
    expect(corrected).toMatchObject({ subject: N(1), data: { reason: 'Salah ketik TIU di rekap pertama', total: 395, via: 'import' } });
    expect(audit.filter((e) => e.action === 'results.imported')).toHaveLength(3);
    expect((await t.api('/api/audit/verify')).body.intact).toBe(true);
  });

  it('typed in from the printed rekap, then corrected with a reason; an unchanged entry is not stored twice', async () => {
    t = await startExamHub();
    const id = await checkedInSession(t);
    t.clock.set('2026-11-23T09:45:00+08:00');
    const url = `/api/sessions/${id}/results/${N(3)}`;
    const typed = await t.api(url, { body: { scores: { twk: 65, tiu: 80, tkp: 166 } } });
    expect(typed.status).toBe(201);
    expect(typed.body.result).toMatchObject({ status: 'memenuhi', total: 311, source: 'manual', recordedTime: '09:45' });
    expect((await t.api(url, { body: { scores: { TWK: 65, TIU: 80, TKP: 166 } } })).status).toBe(200);
    const noReason = await t.api(url, { body: { scores: { TWK: 65, TIU: 75, TKP: 166 } } });
    expect(noReason.status).toBe(409);
    expect(noReason.body.error.en).toContain('needs a written reason');
    const fixed = await t.api(url, { body: { scores: { TWK: 65, TIU: 75, TKP: 166 }, reason: 'Rekap cetak terbaca salah' } });
    expect(fixed.body.result).toMatchObject({ status: 'tidak-memenuhi', corrections: 1, reason: 'Rekap cetak terbaca salah' });
    const bad = await t.api(url, { body: { scores: { TWK: 65, TIU: 80 } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.en).toBe('The TKP score is missing.');
    const unknown = await t.api(`/api/sessions/${id}/results/99999999`, { body: { scores: { TWK: 65, TIU: 80, TKP: 170 } } });
    expect(unknown.status).toBe(404);
  });

  it('refuses what is not a results file with a clear message and keeps what is stored', async () => {
    t = await startExamHub();
    const id = await checkedInSession(t);
    await importResults(t, id, resultsCsv([`${N(1)};;100;120;170;390;06:35`]));
    const noHeader = await importResults(t, id, new TextEncoder().encode('No Peserta;Nama;Nilai\n1;2;3'));
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.error.en).toContain('missing column(s) TWK, TIU, TKP');
    const binary = await importResults(t, id, new Uint8Array([0, 1, 2, 3, 0, 0]));
    expect(binary.status).toBe(400);
    const empty = await importResults(t, id, new Uint8Array());
    expect(empty.body.error.en).toBe('The results file is empty.');
    expect((await t.api(`/api/sessions/${id}/results`)).body.results).toHaveLength(1);
  });
});
