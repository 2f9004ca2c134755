import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleInForce } from '../../checklists/passing-grades/index.js';
import { N, resultsCsv } from './helpers.js';

/** The built hub parses results files on a worker thread, like rosters (dist/, made by `npm run build`). */
const built = join(import.meta.dirname, '..', '..', 'dist', 'server', 'results', 'parse-thread.js');

describe('results parsing on its own thread (built hub)', () => {
  it('gives the same rows and line-numbered refusals as parsing in-process, and carries refusals back as AppErrors', async () => {
    expect(existsSync(built)).toBe(true);
    const thread = (await import(built)) as typeof import('../../server/results/parse-thread.js');
    const inProcess = await import('../../server/results/parse.js');
    expect(thread.resultsWorkerAvailable()).toBe(true);
    const rule = ruleInForce('SKD', '2026-11-23')!;
    const day = { date: '2026-11-23', offset: '+08:00' };
    const file = resultsCsv([
      `${N(1)};Siti Aisyah;100;120;170;390;09:35`,
      `2,43001E+16;Rina;70;90;170;330;09:37`,
      `${N(7)};Yusuf Maulana;70;90;170;331;09:38`,
      ...Array.from({ length: 1200 }, (_, i) => `24300110130${String(i).padStart(6, '0')};Peserta ${i};70;90;170;330;09:40`),
    ]);
    const onThread = await thread.parseResultsOffThread(file, rule, day);
    const here = await inProcess.parseResults(file, rule, day);
    expect(onThread).toEqual(here);
    expect(onThread.rows).toHaveLength(1201);
    expect(onThread.rejected.map((r) => r.line)).toEqual([5, 6]);
    // A refusal decided inside the thread keeps its code, status and both languages.
    const err = await thread.parseResultsOffThread(new TextEncoder().encode('bukan,tabel\n1,2\n'), rule, day).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 400, text: { id: expect.any(String), en: expect.any(String) } });
    expect((err as { code: string }).code).toMatch(/^results-/);
  });

  it('has a thread ready before the first file when asked (the results page is open), and parses on it', async () => {
    const thread = (await import(built)) as typeof import('../../server/results/parse-thread.js');
    const host = (await import(
      join(built, '..', '..', 'exam', 'roster', 'thread-host.js')
    )) as typeof import('../../server/exam/roster/thread-host.js');
    const inProcess = await import('../../server/results/parse.js');
    const rule = ruleInForce('SKD', '2026-11-23')!;
    const day = { date: '2026-11-23', offset: '+08:00' };
    host.stopParserThreads();
    expect(thread.resultsParserReady()).toBe(false);
    thread.warmResultsParser();
    expect(thread.resultsParserReady()).toBe(true);
    thread.warmResultsParser(); // asked again while one rests: still that one
    expect(thread.resultsParserReady()).toBe(true);
    const file = resultsCsv([`${N(1)};Siti Aisyah;100;120;170;390;09:35`, `${N(7)};Yusuf Maulana;70;90;170;331;09:38`]);
    expect(await thread.parseResultsOffThread(file, rule, day)).toEqual(await inProcess.parseResults(file, rule, day));
    // After the file the thread rests again for the next one.
    expect(thread.resultsParserReady()).toBe(true);
    host.stopParserThreads();
    expect(thread.resultsParserReady()).toBe(false);
  });

  it('keeps a thread warm between files and starts another for a file that comes while one is parsed', async () => {
    const thread = (await import(built)) as typeof import('../../server/results/parse-thread.js');
    const inProcess = await import('../../server/results/parse.js');
    const rule = ruleInForce('SKD', '2026-11-23')!;
    const day = { date: '2026-11-23', offset: '+08:00' };
    const file = (n: number) =>
      resultsCsv(Array.from({ length: n }, (_, i) => `24300110130${String(i).padStart(6, '0')};Peserta ${i};70;90;170;330;09:40`));
    const files = [file(700), file(3), file(1500)];
    const expected = await Promise.all(files.map((f) => inProcess.parseResults(f, rule, day)));
    // At once: each answer is its own file's, never another's rows.
    expect(await Promise.all(files.map((f) => thread.parseResultsOffThread(f, rule, day)))).toEqual(expected);
    // One after another, on the thread kept warm, and a refusal in between leaves it usable.
    for (const [i, f] of files.entries()) {
      expect(await thread.parseResultsOffThread(f, rule, day)).toEqual(expected[i]);
      await expect(thread.parseResultsOffThread(new TextEncoder().encode('x\n'), rule, day)).rejects.toMatchObject({ status: 400 });
    }
  });
});
