import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sparseXlsx } from '../helpers/xlsx.js';
import { fixture } from './helpers.js';

/** The built hub parses rosters on a worker thread (dist/, made by `npm run build`, which `npm test` runs first). */
const built = join(import.meta.dirname, '..', '..', 'dist', 'server', 'exam', 'roster', 'parse-thread.js');

describe('roster parsing on its own thread (built hub)', () => {
  it('reads a roster, refuses a sparse bomb before starting a thread, and carries refusals back as AppErrors', async () => {
    expect(existsSync(built)).toBe(true);
    const thread = (await import(built)) as typeof import('../../server/exam/roster/parse-thread.js');
    expect(thread.rosterWorkerAvailable()).toBe(true);
    const roster = await thread.parseRosterOffThread(fixture('sscasn.xlsx'));
    expect(roster.format).toBe('xlsx');
    expect(roster.rows.length).toBeGreaterThan(0);
    await expect(thread.parseRosterOffThread(sparseXlsx({ A1: 'NO PESERTA', XFD100000: 'x' }))).rejects.toMatchObject({
      code: 'roster-too-large',
      status: 413,
    });
    // A refusal decided inside the thread keeps its code, status and both languages.
    const err = await thread.parseRosterOffThread(new TextEncoder().encode('NO PESERTA,NAMA\n1,Budi\n')).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'roster-no-header', status: 400, text: { id: expect.stringContaining('Baris judul') } });
  });
});
