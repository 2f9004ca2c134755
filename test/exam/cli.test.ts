import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIO } from '../../cmdline/io.js';
import { main } from '../../cli/main.js';
import { startTestHub } from '../helpers/hub.js';
import { tempDir } from '../helpers/tmp.js';
import { fixture, FIXTURES } from './helpers.js';

function io(cwd: string): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {}, cwd, lang: 'id', out, err };
}

const dirs: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of dirs.splice(0)) cleanup();
});

/** A hub database with a recorded exam morning, closed so the CLI reads it as an operator would. */
async function recordedDb(): Promise<string> {
  const tmp = tempDir();
  dirs.push(tmp.cleanup);
  const dbPath = join(tmp.dir, 'siapcat.db');
  const hub = await startTestHub({ dbPath, dir: tmp.dir });
  const token = await hub.login();
  const api = (path: string, body: unknown, headers?: Record<string, string>) =>
    hub.api(path, { token, body, ...(headers ? { headers } : {}) });
  const session = await api('/api/sessions', {
    name: 'SKD Sesi 1',
    startsAt: new Date(Date.now() + 3600_000).toISOString().slice(0, 19) + 'Z',
    kind: 'SKD',
  });
  await api(`/api/sessions/${session.body.id}/roster`, fixture('comma-lf.csv'), { 'content-type': 'text/csv' });
  await api(`/api/sessions/${session.body.id}/checkins`, {
    participantNumber: '24300110120000001',
    nik: '6310015503920001',
  });
  await api(`/api/sessions/${session.body.id}/checkins`, {
    participantNumber: '24300110120000003',
    nik: '6310014107950003',
  });
  await hub.close();
  return dbPath;
}

describe('siapcat audit verify', () => {
  it('says the chain is intact (exit 0), then names the first entry changed in the file (exit 1)', async () => {
    const dbPath = await recordedDb();
    const ok = io('/');
    expect(await main(['audit', 'verify', '--db', dbPath], ok)).toBe(0);
    expect(ok.out.join('')).toMatch(/^Rantai audit utuh: 6 entri, terakhir #6/);

    const db = new Database(dbPath);
    db.prepare(`UPDATE audit_log SET data = '{"room":"R9","seat":"1"}' WHERE seq = 3`).run();
    db.close();
    const broken = io('/');
    expect(await main(['audit', 'verify', '--db', dbPath], broken)).toBe(1);
    expect(broken.out.join('')).toContain('Rantai audit RUSAK pada entri #3: Isi entri #3 (checkin.registered');
    expect(broken.out.join('')).toContain('Entries #1–#2 are intact.');

    const json = io('/');
    expect(await main(['audit', 'verify', '--db', dbPath, '--json'], json)).toBe(1);
    expect(JSON.parse(json.out.join(''))).toMatchObject({ intact: false, count: 2, broken: { seq: 3 } });
  });

  it('names the entry after a deleted one, and a re-hashed edit by the next link', async () => {
    const dbPath = await recordedDb();
    const db = new Database(dbPath);
    db.prepare('DELETE FROM audit_log WHERE seq = 4').run();
    db.close();
    const out = io('/');
    expect(await main(['audit', 'verify', '--db', dbPath], out)).toBe(1);
    expect(out.out.join('')).toContain('entri #4 hilang');
  });

  it('exits 4 for a missing file or a file that is not a hub database, 3 for a bad flag', async () => {
    const tmp = tempDir();
    dirs.push(tmp.cleanup);
    const missing = io(tmp.dir);
    expect(await main(['audit', 'verify', '--db', 'nope.db'], missing)).toBe(4);
    expect(missing.err.join('')).toContain('berkas tidak ada');
    const other = join(tmp.dir, 'other.db');
    new Database(other).exec('CREATE TABLE x (y)');
    const notHub = io(tmp.dir);
    expect(await main(['audit', 'verify', '--db', other], notHub)).toBe(4);
    expect(notHub.err.join('')).toContain('tidak ada log audit');
    expect(await main(['audit', 'verify', '--bogus'], io(tmp.dir))).toBe(3);
  });
});

describe('siapcat roster check', () => {
  it('lists refused rows with their line (exit 1) and passes a clean file (exit 0)', async () => {
    const out = io(FIXTURES);
    expect(await main(['roster', 'check', 'semicolon-crlf-bom.csv'], out)).toBe(1);
    const text = out.out.join('');
    expect(text).toContain('2 peserta valid, 3 baris ditolak');
    expect(text).toContain("baris 3: NIK rusak oleh Excel menjadi notasi ilmiah ('6,31E+15')");
    const tmp = tempDir();
    dirs.push(tmp.cleanup);
    writeFileSync(join(tmp.dir, 'ok.csv'), 'NO PESERTA;NIK;NAMA\n24300110120000001;6310015503920001;Siti\n');
    expect(await main(['roster', 'check', 'ok.csv'], io(tmp.dir))).toBe(0);
    const unreadable = io(tmp.dir);
    expect(await main(['roster', 'check', 'nope.csv'], unreadable)).toBe(4);
    expect(await main(['roster', 'check'], io(tmp.dir))).toBe(3);
  });
});
