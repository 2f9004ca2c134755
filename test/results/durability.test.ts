import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { adminClient, participantNumber, runCli, sessionWithRoster, spawnHub, type HubProcess } from '../exam/process.js';

// More rows than one INSERT statement of an import holds (50), and a remainder: every path of the write.
const N = 130;
const FIRST = 120;

let running: HubProcess | undefined;
const cleanups: Array<() => void> = [];
afterEach(async () => {
  if (running && running.child.exitCode === null && running.child.signalCode === null) {
    running.child.kill('SIGKILL');
    await running.exited;
  }
  running = undefined;
  for (const c of cleanups.splice(0)) c();
});

const scores = (i: number, bump = 0) => [60 + (i % 40), 80 + (i % 50) + bump, 160 + (i % 60)];
const line = (i: number, bump = 0, reason = '') => {
  const [a, b, c] = scores(i, bump);
  return `${participantNumber(i)};${a};${b};${c};${a! + b! + c!};${reason}`;
};
const file = (rows: string[]) => ['NO PESERTA;TWK;TIU;TKP;JUMLAH;ALASAN', ...rows].join('\r\n');

describe('results import durability (a real hub process, SIGKILL)', () => {
  it('keeps every entry of an acknowledged import, its corrections and their audit entries across a hard kill', async () => {
    const tmp = tempDir();
    cleanups.push(tmp.cleanup);
    const dbPath = join(tmp.dir, 'siapcat.db');

    running = await spawnHub(dbPath);
    let api = await adminClient(running.url);
    const id = await sessionWithRoster(api, 'Uji hasil SIGKILL', N, (i) => `R${(i % 3) + 1}`);

    // The first file: 120 new results. The second: 5 of them corrected with a reason, 115 unchanged, 10 new.
    const first = await api(`/api/sessions/${id}/results`, file(Array.from({ length: FIRST }, (_, i) => line(i))), 'text/csv');
    expect(first.body).toMatchObject({ imported: FIRST, unchanged: 0, rejected: [] });
    const second = file(Array.from({ length: N }, (_, i) => (i < 5 ? line(i, 1, 'TIU salah baca di rekap') : line(i))));
    const proc = running;
    const acknowledged = await api(`/api/sessions/${id}/results`, second, 'text/csv');
    proc.child.kill('SIGKILL'); // the moment the second import is acknowledged
    expect(acknowledged.body).toMatchObject({ imported: 15, unchanged: FIRST - 5, rejected: [] });
    expect(await proc.exited).toBeNull();
    expect(proc.child.signalCode).toBe('SIGKILL');

    // Restart on the same file: every entry is there, as imported, with its source and count.
    running = await spawnHub(dbPath);
    api = await adminClient(running.url);
    const got = await api(`/api/sessions/${id}/results`);
    expect(got.status).toBe(200);
    const rows = got.body.results as Array<{ participantNumber: string }>;
    expect(rows).toHaveLength(N);
    // In roster order (room first): found by number.
    const byNumber = new Map(rows.map((r) => [r.participantNumber, r]));
    expect(byNumber.size).toBe(N);
    Array.from({ length: N }, (_, i) => i).forEach((i) => {
      const [TWK, TIU, TKP] = scores(i, i < 5 ? 1 : 0);
      expect(byNumber.get(participantNumber(i)), `participant ${i}`).toMatchObject({
        scores: { TWK, TIU, TKP },
        total: TWK! + TIU! + TKP!,
        source: i < 5 ? 'correction' : 'import',
        corrections: i < 5 ? 1 : 0,
        reason: i < 5 ? 'TIU salah baca di rekap' : '',
      });
    });
    const audit = (await api(`/api/sessions/${id}/audit?limit=100`)).body.entries as Array<{ action: string; subject: string | null }>;
    expect(audit.filter((e) => e.action === 'results.imported')).toHaveLength(2);
    expect(
      audit
        .filter((e) => e.action === 'result.corrected')
        .map((e) => e.subject)
        .sort(),
    ).toEqual(Array.from({ length: 5 }, (_, i) => participantNumber(i)));
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);

    // The audit chain survived the kill intact.
    const verify = await runCli(['audit', 'verify', '--db', dbPath]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/^Rantai audit utuh: \d+ entri/);
  });
});
