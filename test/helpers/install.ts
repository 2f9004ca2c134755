import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { upper, VERDICT_WORDS } from '../../protocol/glossary.js';
import { until } from './agents.js';
import type { TestHub } from './hub.js';

export interface Proc {
  child: ChildProcess;
  out: { readonly stdout: string; readonly stderr: string };
  exited: Promise<number | null>;
}

/**
 * Runs `program` (argv prefix: [node, script, 'agent'] or [exe]) with `args`, collecting its output.
 * `filesIn`: output goes to files in that folder instead of pipes (Node's Windows build under Wine
 * cannot use the socket pairs Node gives a child as stdio, only files).
 */
export function runProgram(
  program: readonly string[],
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  children: ChildProcess[],
  filesIn?: string,
): Proc {
  const spawnEnv = { ...process.env, SIAPCAT_LANG: 'id', ...env };
  if (filesIn !== undefined) {
    const n = children.length;
    const [outFile, errFile] = [join(filesIn, `out-${n}.txt`), join(filesIn, `err-${n}.txt`)];
    const [outFd, errFd] = [openSync(outFile, 'w'), openSync(errFile, 'w')];
    const child = spawn(program[0]!, [...program.slice(1), ...args], { env: spawnEnv, stdio: ['ignore', outFd, errFd] });
    closeSync(outFd);
    closeSync(errFd);
    children.push(child);
    const out = {
      get stdout() {
        return readFileSync(outFile, 'utf8');
      },
      get stderr() {
        return readFileSync(errFile, 'utf8');
      },
    };
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, out, exited };
  }
  const child = spawn(program[0]!, [...program.slice(1), ...args], { env: spawnEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const out = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d) => (out.stdout += String(d)));
  child.stderr!.on('data', (d) => (out.stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out, exited };
}

const mode = (path: string) => statSync(path).mode & 0o777;

/** Every file under `dir` with its text (binary files as latin1), for "no secret anywhere" checks. */
function allFiles(dir: string): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (statSync(path).size < 1024 * 1024) out.push({ path, text: readFileSync(path, 'latin1') });
  }
  return out;
}

/**
 * The whole life of an installed agent on Linux, in a folder tree (SIAPCAT_INSTALL_ROOT) because
 * this machine has no systemd: install with a one-time code (clear message about systemd, files
 * written for real with root-only modes, no secret in any file but the key file or on the command
 * line), the unit's own ExecStart started as systemd would, the PC on the hub's machine list,
 * `status` reading it running with its verdict, and `uninstall` removing everything.
 */
export async function installLifecycle(hub: TestHub, program: readonly string[], root: string, children: ChildProcess[]): Promise<void> {
  const token = await hub.login();
  const { code } = (await hub.api('/api/enrollment/codes', { token, body: { kind: 'pc', machineId: 'PC-PASANG' } })).body;
  const env = { SIAPCAT_INSTALL_ROOT: root };

  const placeholders = runProgram(
    program,
    ['install', '--hub', hub.url, '--code', 'KODE', '--room', 'RUANG', '--seat', 'KURSI'],
    env,
    children,
  );
  expect(await placeholders.exited).toBe(3);
  expect(placeholders.out.stderr).toContain('Ganti --code KODE, --room RUANG, --seat KURSI dengan nilai sebenarnya');

  const install = runProgram(program, ['install', '--hub', hub.url, '--code', code, '--id', 'PC-PASANG', '--probe-mb', '1'], env, children);
  expect(await install.exited, install.out.stderr).toBe(5);
  expect(install.out.stderr).toContain('systemd tidak berjalan di PC ini');
  expect(install.out.stderr).toContain('systemd does not run this PC');

  const state = join(root, 'var', 'lib', 'siapcat');
  expect(mode(state)).toBe(0o700);
  expect(mode(join(state, 'keys'))).toBe(0o700);
  expect(mode(join(state, 'keys', 'agent-keys.json'))).toBe(0o600);
  expect(mode(join(state, 'agent.json'))).toBe(0o600);
  const keys = JSON.parse(readFileSync(join(state, 'keys', 'agent-keys.json'), 'utf8'));
  const key: string = Object.values(keys.agents as Record<string, { key: string }>)[0]!.key;
  expect(key.length).toBeGreaterThan(30);
  const config = JSON.parse(readFileSync(join(state, 'agent.json'), 'utf8'));
  expect(config).toMatchObject({ hub: hub.url, id: 'PC-PASANG', role: 'client', keyFile: join(state, 'keys', 'agent-keys.json') });

  const unit = readFileSync(join(root, 'etc', 'systemd', 'system', 'siapcat-agent.service'), 'utf8');
  expect(mode(join(root, 'etc', 'systemd', 'system', 'siapcat-agent.service'))).toBe(0o644);
  expect(unit).toMatch(/^Restart=always$/m);
  expect(unit).toMatch(/^WantedBy=multi-user\.target$/m);
  expect(unit).toMatch(/^After=network-online\.target$/m);
  const execStart = /^ExecStart=(.+)$/m.exec(unit)![1]!.split(' ');
  expect(execStart.slice(-3)).toEqual(['run', '--config', join(state, 'agent.json')]);
  for (const file of allFiles(root)) {
    expect(file.text.includes(code), `code in ${file.path}`).toBe(false);
    if (!file.path.endsWith('agent-keys.json')) expect(file.text.includes(key), `key in ${file.path}`).toBe(false);
  }

  // systemd would now start ExecStart: do just that.
  const service = runProgram(execStart, [], env, children);
  await until(async () => (await hub.api('/api/machines/PC-PASANG', { token })).body.verdict != null, 'installed agent reported', 90_000);
  expect((await hub.api('/api/machines', { token })).body.machines.map((m: { id: string }) => m.id)).toContain('PC-PASANG');
  await until(() => readFileSync(join(state, 'status.json'), 'utf8').includes('"verdict": "'), 'status file has a verdict', 30_000);
  const status = runProgram(program, ['status'], env, children);
  expect(await status.exited, status.out.stdout + status.out.stderr).toBe(0);
  expect(status.out.stdout).toMatch(/Berjalan\s+: ya \(PID \d+\)/);
  // The verdict in the glossary's words, with the check's time as dd/mm/yyyy HH.MM and its zone.
  const verdicts = Object.values(VERDICT_WORDS).map((w) => upper(w).id);
  expect(status.out.stdout).toMatch(new RegExp(`Hasil\\s+: (${verdicts.join('|')}) \\(\\d{2}/\\d{2}/\\d{4} \\d{2}\\.\\d{2} \\S+\\)`));
  expect(status.out.stdout).toMatch(/Terakhir ke hub\s+: \d{2}\/\d{2}\/\d{4} \d{2}\.\d{2} \S+\n/);
  expect(readFileSync(join(state, 'agent.log'), 'utf8')).toContain('Agen PC-PASANG (client) menyambung');

  // Installing again keeps the key: no code needed, same identity.
  service.child.kill('SIGTERM');
  expect(await service.exited).toBe(0);
  const again = runProgram(program, ['install', '--hub', hub.url, '--id', 'PC-PASANG'], env, children);
  expect(await again.exited).toBe(5);
  expect(again.out.stdout).toContain('kuncinya dipakai lagi');
  const kept = JSON.parse(readFileSync(join(state, 'keys', 'agent-keys.json'), 'utf8'));
  expect(Object.values(kept.agents as Record<string, { key: string }>)[0]!.key).toBe(key);

  const uninstall = runProgram(program, ['uninstall'], env, children);
  expect(await uninstall.exited, uninstall.out.stderr).toBe(0);
  expect(() => statSync(state)).toThrow();
  expect(() => statSync(join(root, 'etc', 'systemd', 'system', 'siapcat-agent.service'))).toThrow();
  const gone = runProgram(program, ['status'], env, children);
  expect(await gone.exited).toBe(5);
  expect(gone.out.stdout).toContain('Agen belum dipasang di PC ini');
}
