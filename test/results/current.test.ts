import { afterEach, describe, expect, it } from 'vitest';
import { startExamHub, type ExamHub } from '../exam/helpers.js';
import { checkedInSession, N, resultsCsv } from './helpers.js';

let t: ExamHub | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

describe('results: the current entries and the import phases', () => {
  it('keeps each participant latest entry and its count, in roster order, whatever order they were entered and corrected in', async () => {
    t = await startExamHub();
    const id = await checkedInSession(t);
    t.clock.set('2026-11-23T09:45:00+08:00');
    // Entered against the roster's order (R2/1, R1/2, R1/1), then corrected: 002 twice, 004 once.
    const file = resultsCsv([`${N(4)};;70;90;170;330;09:37`, `${N(2)};;60;85;170;315;09:36`, `${N(1)};;100;120;170;390;09:35`]);
    const res = await fetch(`${t.hub.url}/api/sessions/${id}/results`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token}`, 'content-type': 'text/csv' },
      body: file,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ imported: 3, rejected: [] });
    // The import names its phases beside the whole, for the benchmark and the browser's devtools.
    const timing = res.headers.get('server-timing') ?? '';
    const phase = (name: string) => Number(new RegExp(`(?:^|, )${name};dur=([\\d.]+)`).exec(timing)?.[1]);
    for (const name of ['parse', 'check', 'write', 'commit', 'app'])
      expect(phase(name), `${name} in '${timing}'`).toBeGreaterThanOrEqual(0);
    expect(phase('parse') + phase('check') + phase('write') + phase('commit')).toBeLessThanOrEqual(phase('app'));

    const correct = (n: string, tiu: number, reason: string) =>
      t!.api(`/api/sessions/${id}/results/${n}`, { body: { scores: { TWK: 70, TIU: tiu, TKP: 170 }, reason } });
    expect((await correct(N(2), 80, 'Rekap pertama salah baca')).status).toBe(201);
    expect((await correct(N(4), 95, 'TIU tertukar dengan baris lain')).status).toBe(201);
    expect((await correct(N(2), 81, 'Koreksi kedua dari panitia')).status).toBe(201);

    const got = (await t.api(`/api/sessions/${id}/results`)).body;
    expect(got.results.map((r: any) => [r.participantNumber, r.total, r.corrections, r.source, r.room])).toEqual([
      [N(1), 390, 0, 'import', 'R1'],
      [N(2), 321, 2, 'correction', 'R1'],
      [N(4), 335, 1, 'correction', 'R2'],
    ]);
    expect(got.results[1].reason).toBe('Koreksi kedua dari panitia');
    // 004 never checked in: its latest entry is the one reconciled, once.
    expect(got.anomalies.map((a: any) => `${a.kind}:${a.participantNumber}`)).toEqual([`result-without-checkin:${N(4)}`]);
    expect(got.counts).toMatchObject({ registered: 5, present: 3, withResult: 3, anomalies: 1 });
  });
});
