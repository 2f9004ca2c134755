import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const MACHINES = join(import.meta.dirname, '../fixtures/machines');
const fixture = (name: string) => join(MACHINES, name);
const tmp = mkdtempSync(join(tmpdir(), 'siapcat-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A bilingual error on stderr, nothing on stdout, and never a stack trace. */
function expectBilingualError(run: { stdout: string; stderr: string }, id: RegExp, en: RegExp) {
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^Galat: /m);
  expect(run.stderr).toMatch(/^Error: /m);
  expect(run.stderr).toMatch(id);
  expect(run.stderr).toMatch(en);
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

describe('siapcat agent check --snapshot (judge elsewhere)', () => {
  it('prints exactly one JSON object and exits 0 for a ready PC', async () => {
    const run = await runCli(['agent', 'check', '--role', 'client', '--snapshot', fixture('windows11-desktop.json'), '--json']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]!);
    expect(Object.keys(report)).toEqual(['role', 'verdict', 'checklist', 'checks']);
    expect(report).toMatchObject({
      role: 'client',
      verdict: 'ready',
      checklist: { id: 'perbup-tanah-bumbu-73-2022', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    for (const check of report.checks)
      expect(Object.keys(check)).toEqual(expect.arrayContaining(['id', 'status', 'measured', 'expected', 'clause', 'title']));
    expect(report.checks[0].title).toBe('Kecepatan prosesor');
  });

  it('exits 1 for not ready and 2 for incomplete, titles in English with --lang en', async () => {
    const notReady = await runCli([
      'agent',
      'check',
      '--role',
      'client',
      '--snapshot',
      fixture('windows10-laptop.json'),
      '--json',
      '--lang',
      'en',
    ]);
    expect(notReady.code).toBe(1);
    expect(JSON.parse(notReady.stdout).checks[0]).toMatchObject({ id: 'cpu-speed', status: 'fail', title: 'Processor speed' });
    const incomplete = await runCli([
      'agent',
      'check',
      '--role',
      'mobile-server',
      '--snapshot',
      fixture('windows11-mobile-server.json'),
      '--json',
    ]);
    expect(incomplete.code).toBe(2);
    expect(JSON.parse(incomplete.stdout).verdict).toBe('incomplete');
  });

  it('prints the readable table in Indonesian, English with --lang en', async () => {
    const id = await runCli(['agent', 'check', '--role', 'server', '--snapshot', fixture('windows-server-2019.json')], {
      env: { TZ: 'Asia/Makassar' },
    });
    expect(id.code).toBe(0);
    expect(id.stdout).toContain('SiapCAT — pemeriksaan PC ujian');
    expect(id.stdout).toMatch(/Mesin {10}: SRV-CAT-01 · snapshot/);
    expect(id.stdout.replace(/\s+/g, ' ')).toContain('diambil 17/11/2026 16.45 WITA');
    expect(id.stdout).toMatch(/Hasil: SIAP — 0 gagal, 0 belum bisa dinilai, 0 peringatan, 10 lulus \(kode keluar 0\)/);
    const en = await runCli(['agent', 'check', '--role', 'server', '--snapshot', fixture('windows-server-2019.json'), '--lang', 'en']);
    expect(en.stdout).toMatch(/Result: READY/);
  });

  it('applies a venue params file (a newer browser minimum) and marks the checklist +venue', async () => {
    const params = join(tmp, 'params.json');
    writeFileSync(params, JSON.stringify({ params: { browser: { client: { chromeMin: 143 } } } }));
    const run = await runCli([
      'agent',
      'check',
      '--role',
      'client',
      '--snapshot',
      fixture('windows11-desktop.json'),
      '--json',
      '--params',
      params,
    ]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.checklist.version).toMatch(/\+venue$/);
    expect(report.checks.find((c: { id: string }) => c.id === 'browser')).toMatchObject({
      status: 'fail',
      expected: 'Chrome ≥ 143 / Firefox ≥ 140',
    });
  });
});

describe('siapcat agent check: bad input never crashes', () => {
  it('a missing, non-JSON or foreign snapshot file: exit 4 with Indonesian and English text', async () => {
    const missing = await runCli(['agent', 'check', '--role', 'client', '--snapshot', join(tmp, 'nope.json')]);
    expect(missing.code).toBe(4);
    expectBilingualError(missing, /Berkas snapshot '.*nope\.json': berkas tidak ada/, /Snapshot file '.*nope\.json': no such file/);

    const garbage = join(tmp, 'garbage.json');
    writeFileSync(garbage, 'PK\u0003\u0004 this is a zip');
    const notJson = await runCli(['agent', 'check', '--role', 'client', '--snapshot', garbage]);
    expect(notJson.code).toBe(4);
    expectBilingualError(notJson, /bukan teks/, /not text/);
    writeFileSync(garbage, '{"format": "siapcat-snapshot/1", ');
    const cut = await runCli(['agent', 'check', '--role', 'client', '--snapshot', garbage]);
    expect(cut.code).toBe(4);
    expectBilingualError(cut, /bukan JSON yang sah/, /not valid JSON/);

    const foreign = join(tmp, 'foreign.json');
    writeFileSync(foreign, JSON.stringify({ lighthouseVersion: '12.0.0' }));
    const wrong = await runCli(['agent', 'check', '--role', 'client', '--snapshot', foreign]);
    expect(wrong.code).toBe(4);
    expectBilingualError(wrong, /Format snapshot tidak ada/, /Unknown snapshot format/);

    const folder = await runCli(['agent', 'check', '--role', 'client', '--snapshot', tmp]);
    expect(folder.code).toBe(4);
    expectBilingualError(folder, /itu sebuah folder/, /it is a folder/);
  });

  it("an old PC's capture file (UTF-16, as the XP/7/8 scripts write it) is judged like a snapshot", async () => {
    const text = readFileSync(join(import.meta.dirname, '../fixtures/capture/xp-laptop-vbs.txt'), 'utf8');
    const capture = join(tmp, 'LAB-LAMA-03-siapcat.txt');
    writeFileSync(capture, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const run = await runCli(['agent', 'check', '--role', 'client', '--snapshot', capture, '--json', '--lang', 'en']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    const status = (id: string) => report.checks.find((c: { id: string }) => c.id === id).status;
    expect([status('os-supported'), status('ram-size'), status('display-size')]).toEqual(['pass', 'fail', 'unknown']);
    const table = await runCli(['agent', 'check', '--role', 'client', '--snapshot', capture]);
    expect(table.stdout).toContain('LAB-LAMA-03');
  });

  it('a snapshot with no probes and missing si keys judges with those checks unknown', async () => {
    const bare = join(tmp, 'bare.json');
    writeFileSync(
      bare,
      JSON.stringify({
        format: 'siapcat-snapshot/1',
        capturedAt: '2026-11-18T01:00:00Z',
        platform: 'win32',
        si: { mem: { total: 8 * 1024 ** 3 } },
      }),
    );
    const run = await runCli(['agent', 'check', '--role', 'client', '--snapshot', bare, '--json']);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout);
    expect(report.checks.find((c: { id: string }) => c.id === 'ram-size').status).toBe('pass');
    expect(report.checks.filter((c: { status: string }) => c.status === 'unknown').length).toBe(report.checks.length - 1);
  });

  it('an unknown role, flag or language, a missing --role, a bad --ping: exit 3 with usage', async () => {
    const cases: Array<[string[], RegExp, RegExp]> = [
      [['--role', 'laptop'], /Peran 'laptop' tidak dikenal/, /Unknown role 'laptop'/],
      [['--role', 'client', '--fast'], /opsi '--fast' tidak dikenal/, /Unknown option '--fast'/],
      [['--role', 'client', '--lang', 'jv'], /Bahasa 'jv' tidak dikenal/, /Unknown language 'jv'/],
      [[], /Opsi --role wajib diisi/, /Option --role is required/],
      [['--role', 'client', '--ping', '-f'], /nilai opsi '--ping' diawali '-'/, /argument is ambiguous/],
      [['--role', 'client', '--ping=-f'], /'-f' bukan nama host/, /'-f' is not a valid host name/],
      [['--role', 'client', '--ping', 'hub;reboot'], /bukan nama host/, /not a valid host name/],
      [
        ['--role', 'client', '--snapshot', fixture('windows11-desktop.json'), '--ping', '10.0.0.1'],
        /tidak bisa digabung dengan --snapshot/,
        /cannot be combined with --snapshot/,
      ],
    ];
    for (const [args, id, en] of cases) {
      const run = await runCli(['agent', 'check', ...args]);
      expect(run.code, args.join(' ')).toBe(3);
      expectBilingualError(run, id, en);
      expect(run.stderr).toMatch(/Cara pakai: siapcat agent check --role/);
    }
  });

  it('a params file that is not JSON or names an unknown check: exit 4', async () => {
    const bad = join(tmp, 'bad-params.json');
    writeFileSync(bad, '{"params": {"browser": {"client": {"chromeMin": 150}}');
    const notJson = await runCli(['agent', 'check', '--role', 'client', '--snapshot', fixture('windows11-desktop.json'), '--params', bad]);
    expect(notJson.code).toBe(4);
    expectBilingualError(notJson, /bukan JSON yang sah/, /not valid JSON/);
    writeFileSync(bad, JSON.stringify({ params: { 'ram-sizes': { client: { minGB: 8 } } } }));
    const unknownCheck = await runCli([
      'agent',
      'check',
      '--role',
      'client',
      '--snapshot',
      fixture('windows11-desktop.json'),
      '--params',
      bad,
    ]);
    expect(unknownCheck.code).toBe(4);
    expectBilingualError(unknownCheck, /pemeriksaan 'ram-sizes' tidak ada/, /there is no check 'ram-sizes'/);
  });

  it('help exits 0 and lists both commands', async () => {
    const help = await runCli(['help']);
    expect(help.stdout).toMatch(/agent check/);
    expect(help.stdout).toMatch(/agent snapshot/);
    const checkHelp = await runCli(['agent', 'check', '--help', '--lang', 'en']);
    expect(checkHelp.code).toBe(0);
    expect(checkHelp.stdout).toMatch(/Exit codes: 0 ready, 1 not ready, 2 not judged yet/);
  });
});

describe('on this machine (live)', () => {
  it('agent check --role client prints an Indonesian table within 100 columns; what cannot be read is unknown with its reason', async () => {
    const run = await runCli(['agent', 'check', '--role', 'client']);
    // The verdict is this machine's own (a headless VM here: not ready); the exit code follows it.
    const verdicts: Record<string, number> = { SIAP: 0, 'BELUM SIAP': 1, 'BELUM BISA DINILAI': 2 };
    const verdict = /Hasil: (SIAP|BELUM SIAP|BELUM BISA DINILAI) —/.exec(run.stdout)?.[1];
    expect(verdict).toBeDefined();
    expect(run.code).toBe(verdicts[verdict!]);
    expect(run.stdout).toContain('STATUS      PEMERIKSAAN');
    for (const line of run.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
    const rows = run.stdout.split('\n').filter((l) => l.startsWith('BELUM BISA '));
    const reasons = run.stdout.split('\n').filter((l) => /^\s+Sebab: /.test(l));
    expect(reasons.length).toBeGreaterThanOrEqual(rows.length);
    expect(run.stderr).toBe('Membaca PC ini…\n');
  });

  it('agent snapshot --out writes a snapshot another machine can judge', async () => {
    const out = join(tmp, 'this-pc.json');
    const saved = await runCli(['agent', 'snapshot', '--out', out]);
    expect(saved.code).toBe(0);
    expect(saved.stdout).toMatch(/Snapshot tersimpan: .*this-pc\.json/);
    const snap = JSON.parse(readFileSync(out, 'utf8'));
    expect(snap).toMatchObject({ format: 'siapcat-snapshot/1', platform: process.platform });
    for (const key of ['cpu', 'mem', 'memLayout', 'osInfo', 'diskLayout', 'networkInterfaces', 'graphics', 'battery', 'system']) {
      const failed = snap.probes.gather.failures[`si.${key}`];
      expect(key in snap.si || failed !== undefined, key).toBe(true);
    }
    const judged = await runCli(['agent', 'check', '--role', 'server', '--snapshot', out, '--json']);
    expect(judged.code).toBe({ ready: 0, 'not-ready': 1, incomplete: 2 }[JSON.parse(judged.stdout).verdict as string]);
    expect(JSON.parse(judged.stdout).role).toBe('server');
  });

  it('agent snapshot refuses an --out it cannot write, keeping nothing half-written', async () => {
    const run = await runCli(['agent', 'snapshot', '--out', join(tmp, 'no-such-folder', 'x.json')]);
    expect(run.code).toBe(4);
    expectBilingualError(run, /Snapshot tidak bisa ditulis/, /Cannot write the snapshot/);
  });

  it('--ping runs the network trial with the system ping and judges lan-latency and lan-loss', async () => {
    // A stand-in `ping` first on PATH, answering with a recorded iputils output (3 of 6 replies).
    const bin = mkdtempSync(join(tmpdir(), 'siapcat-ping-'));
    const recorded = join(import.meta.dirname, '../fixtures/ping/linux-iputils-partial.txt');
    writeFileSync(join(bin, 'ping'), `#!/bin/sh\ncat '${recorded}'\n`);
    chmodSync(join(bin, 'ping'), 0o755);
    try {
      const run = await runCli(['agent', 'check', '--role', 'client', '--json', '--ping', '10.9.9.2', '--ping-count', '6'], {
        env: { PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` },
      });
      const checks = JSON.parse(run.stdout).checks as Array<{ id: string; status: string; measured: string; clause: string }>;
      expect(checks.find((c) => c.id === 'lan-loss')).toMatchObject({
        status: 'fail',
        measured: '10.9.9.2: 50% (3/6)',
        clause: 'Lampiran C.3.b.8.b(2)',
      });
      expect(checks.find((c) => c.id === 'lan-latency')).toMatchObject({ status: 'pass' });
      expect(checks.find((c) => c.id === 'lan-throughput')).toBeUndefined();
      expect(run.code).toBe(1);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
