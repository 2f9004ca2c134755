import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../agent/snapshot.js';
import { LINUX_EXE, requireAgentBin, WINDOWS_EXE, wine64, wineEnv, winPath } from '../helpers/agent-bin.js';
import { until } from '../helpers/agents.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { installLifecycle, runProgram } from '../helpers/install.js';
import { tempDir } from '../helpers/tmp.js';

let hub: TestHub | undefined;
let tmp: ReturnType<typeof tempDir> | undefined;
const children: ChildProcess[] = [];

beforeAll(() => requireAgentBin());

afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  await hub?.stop();
  hub = undefined;
  tmp?.cleanup();
  tmp = undefined;
});

const VERSION = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version as string;

/** Enrols with a one-time code through `run` and waits for the PC's first report on the hub. */
async function runEnrols(program: string[], id: string, keyFile: string, env: NodeJS.ProcessEnv, filesIn?: string): Promise<Record<string, unknown>> {
  hub = await startTestHub();
  const token = await hub.login();
  const { code } = (await hub.api('/api/enrollment/codes', { token, body: { kind: 'pc', machineId: id } })).body;
  const run = runProgram(program, ['run', '--hub', hub.url, '--code', code, '--role', 'client', '--id', id, '--key-file', keyFile, '--probe-mb', '1'], env, children, filesIn);
  await until(async () => (await hub!.api(`/api/machines/${id}`, { token })).body.verdict != null, `${id} reported`, 120_000);
  expect(run.out.stdout).toContain(`Terdaftar di hub sebagai ${id}`);
  const machine = (await hub.api(`/api/machines/${id}`, { token })).body;
  expect((await hub.api('/api/machines', { token })).body.machines.map((m: { id: string }) => m.id)).toEqual([id]);
  run.child.kill('SIGKILL');
  return machine;
}

describe('the Linux single-file agent (native)', () => {
  it('answers --version with its version and the Node.js inside it', async () => {
    const p = runProgram([LINUX_EXE], ['--version'], {}, children);
    expect(await p.exited).toBe(0);
    expect(p.out.stdout).toBe(`siapcat-agent ${VERSION} (Node.js v22.23.3, linux-x64)\n`);
  });

  it('takes the same options and exit codes as siapcat agent (a usage error is exit 3, in both languages)', async () => {
    const p = runProgram([LINUX_EXE], ['check', '--role', 'tablet'], {}, children);
    expect(await p.exited).toBe(3);
    expect(p.out.stderr).toContain("Peran 'tablet' tidak dikenal");
    expect(p.out.stderr).toContain("Unknown role 'tablet'");
  });

  it('writes a valid snapshot of this PC', async () => {
    tmp = tempDir();
    const out = join(tmp.dir, 'snap.json');
    const p = runProgram([LINUX_EXE], ['snapshot', '--out', out], {}, children);
    expect(await p.exited, p.out.stderr).toBe(0);
    const snapshot = parseSnapshot(readFileSync(out, 'utf8'));
    expect(snapshot).toMatchObject({ platform: 'linux', agent: { version: VERSION, node: 'v22.23.3' } });
  }, 60_000);

  it('run enrols with a one-time code against a hub on 127.0.0.1 and appears in /api/machines', async () => {
    tmp = tempDir();
    const machine = await runEnrols([LINUX_EXE], 'PC-LINUX', join(tmp.dir, 'keys.json'), {});
    expect(machine.checks).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'ram-size' })]));
  }, 150_000);

  it('install / status / uninstall: root-only key, start-up unit, a clear message where systemd does not run', async () => {
    hub = await startTestHub();
    tmp = tempDir('siapcat-install-');
    await installLifecycle(hub, [LINUX_EXE], tmp.dir, children);
  }, 240_000);
});

describe('the Windows single-file agent under Wine (a smoke test, not Windows)', () => {
  const wine = () => [wine64(), WINDOWS_EXE];

  it('answers --version as a win32-x64 program', async () => {
    tmp = tempDir();
    const p = runProgram(wine(), ['--version'], wineEnv(), children, tmp.dir);
    expect(await p.exited, p.out.stderr).toBe(0);
    expect(p.out.stdout.trim()).toBe(`siapcat-agent ${VERSION} (Node.js v22.23.3, win32-x64)`);
  }, 120_000);

  it('writes a valid snapshot in which what Wine cannot answer (PowerShell, WMI) is unknown with its reason', async () => {
    tmp = tempDir();
    const out = join(tmp.dir, 'snap.json');
    const p = runProgram(wine(), ['snapshot', '--out', winPath(out)], wineEnv(), children, tmp.dir);
    expect(await p.exited, p.out.stderr).toBe(0);
    const snapshot = parseSnapshot(readFileSync(out, 'utf8'));
    expect(snapshot.platform).toBe('win32');
    const failures = (snapshot.probes.gather as { failures: Record<string, { code: string; detail: string }> }).failures;
    expect(failures['si.osInfo']).toMatchObject({ code: 'missing-tool' });
    expect(failures['probe.webcam']!.detail).toContain('PowerShell did not start or answer');

    const judged = runProgram([LINUX_EXE], ['check', '--role', 'client', '--snapshot', out, '--json', '--lang', 'en'], {}, children);
    expect(await judged.exited).toBe(2);
    const report = JSON.parse(judged.out.stdout) as { verdict: string; checks: Array<{ id: string; status: string; reason?: string }> };
    expect(report.verdict).toBe('incomplete');
    const os = report.checks.find((c) => c.id === 'os-supported')!;
    expect(os.status).toBe('unknown');
    expect(os.reason).toContain('PowerShell did not start or answer');
    expect(report.checks.some((c) => c.status === 'pass' || c.status === 'fail')).toBe(false);
  }, 120_000);

  it('run enrols with a one-time code against a hub on 127.0.0.1 and appears in /api/machines', async () => {
    tmp = tempDir();
    const machine = await runEnrols(wine(), 'PC-WINE', winPath(join(tmp.dir, 'keys.json')), wineEnv(), tmp.dir);
    const checks = machine.checks as Array<{ id: string; status: string; reason?: { en: string } | string }>;
    // Wine has no PowerShell/WMI and its ping.exe refuses the ping package's flags: unknown, never a false failure.
    expect(checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(checks.find((c) => c.id === 'lan-throughput')).toMatchObject({ status: 'pass' });
    expect(checks.find((c) => c.id === 'os-supported')).toMatchObject({ status: 'unknown' });
    expect(JSON.parse(readFileSync(join(tmp.dir, 'keys.json'), 'utf8')).agents).toEqual({ [`${hub!.url}#PC-WINE`]: expect.objectContaining({ key: expect.any(String) }) });
  }, 150_000);
});
