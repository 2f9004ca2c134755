import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { until } from '../helpers/agents.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { tempDir } from '../helpers/tmp.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli', 'siapcat.js');
const TOKEN = 'token-lokasi-uji-2026';
let hub: TestHub | undefined;
let tmp: ReturnType<typeof tempDir> | undefined;
const children: ChildProcess[] = [];

afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  await hub?.stop();
  hub = undefined;
  tmp?.cleanup();
  tmp = undefined;
});

function siapcat(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, SIAPCAT_LANG: 'id' } });
  children.push(child);
  const out = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d) => (out.stdout += String(d)));
  child.stderr!.on('data', (d) => (out.stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out, exited };
}

describe('siapcat agent run and simulate (real processes, real checks)', () => {
  it('simulate --servers 1 --clients 205 leaves exactly 200 on the server and names the 5 refused', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
    const sim = siapcat(['simulate', '--hub', hub.url, '--token', TOKEN, '--servers', '1', '--clients', '205', '--duration', '10']);
    expect(await sim.exited).toBe(0);
    expect(sim.out.stdout).toContain('Server S1: 200 klien ditempatkan.');
    // Agents connect at once, so which 5 arrive last depends on timing: the report names them, and they are the hub's waiting list.
    const refused = /Ditolak 5 \((PC-\d{3}(?:, PC-\d{3}){4})\): Server S1 penuh: 200\/200 klien/.exec(sim.out.stdout);
    expect(refused).not.toBeNull();
    const servers = (await hub.api('/api/servers', { token: await hub.login() })).body.servers;
    expect(servers[0]).toMatchObject({ id: 'S1', assigned: 200 });
    expect(servers[0].waiting).toHaveLength(5);
    const waiting = servers[0].waiting.map((w: string | { id: string }) => (typeof w === 'string' ? w : w.id)).sort();
    expect(waiting).toEqual(refused![1]!.split(', ').sort());
  });

  it('agent run checks this PC, keeps its key on disk, comes back with the key alone, and stops cleanly', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
    tmp = tempDir();
    const keyFile = join(tmp.dir, 'keys.json');
    const token = await hub.login();
    const args = ['agent', 'run', '--hub', hub.url, '--role', 'client', '--id', 'PC-PROSES', '--key-file', keyFile, '--probe-mb', '1'];
    const first = siapcat([...args, '--token', TOKEN]);
    await until(async () => (await hub!.api('/api/machines/PC-PROSES', { token })).body.verdict != null, 'first report', 60_000);
    const machine = (await hub.api('/api/machines/PC-PROSES', { token })).body;
    expect(machine.checks.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(['ram-size', 'lan-throughput', 'lan-latency']));
    expect(JSON.parse(readFileSync(keyFile, 'utf8')).agents[`${new URL(hub.url).origin}#PC-PROSES`].key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.out.stdout).toContain('Terdaftar di hub sebagai PC-PROSES');
    expect(first.out.stdout + first.out.stderr).toMatch(/Laporan #1 \(start\): (SIAP|BELUM SIAP|BELUM BISA DINILAI)\./);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const again = siapcat(args);
    await until(() => again.out.stdout.includes('Terhubung ke hub sebagai PC-PROSES'), 'reconnected with its key', 30_000);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  });

  it('agent run prints a wrong token in both languages and keeps trying', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
    tmp = tempDir();
    const run = siapcat([
      'agent',
      'run',
      '--hub',
      hub.url,
      '--token',
      'salah-token-000000',
      '--role',
      'client',
      '--id',
      'PC-SALAH',
      '--key-file',
      join(tmp.dir, 'k.json'),
    ]);
    await until(
      () => run.out.stderr.includes('Kode pendaftaran salah') && run.out.stderr.includes('Wrong or unknown enrollment code'),
      'refusal printed',
      30_000,
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(run.child.exitCode).toBeNull();
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });

  it('demo runs a hub with a simulated venue and this PC, shows the login, and stops cleanly', async () => {
    tmp = tempDir();
    const demo = siapcat(['demo', '--port', '0', '--db', join(tmp.dir, 'demo.db'), '--servers', '2', '--clients', '40', '--rooms', '2']);
    await until(
      () => /Demo SiapCAT berjalan di (http:\/\/\S+) — masuk sebagai admin dengan kata sandi (\S+)/.test(demo.out.stdout),
      'demo started',
      30_000,
    );
    const [, url, password] = /berjalan di (http:\/\/\S+) — masuk sebagai admin dengan kata sandi (\S+)/.exec(demo.out.stdout)!;
    // Only this PC by default, and a password of its own, not one printed in the README.
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(password).toMatch(/^[2-9a-z]{12}$/);
    const login = await fetch(`${url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    const { token } = (await login.json()) as { token: string };
    const readiness = async () =>
      (await (await fetch(`${url}/api/venue/readiness`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
        machines: Record<string, number>;
        rooms: Array<{ id: string }>;
      };
    // 2 servers + 40 simulated clients + this PC, all reporting.
    await until(
      async () => {
        const m = (await readiness()).machines;
        return m.ready! + m.notReady! + m.incomplete! === 43;
      },
      'every machine reported',
      60_000,
    );
    expect((await readiness()).rooms.map((r) => r.id)).toEqual(['R1', 'R2', 'SRV']);
    demo.child.kill('SIGTERM');
    expect(await demo.exited).toBe(0);
  });

  it('demo refuses to delete a database it did not create (exit 3, the file untouched), pointing to --force', async () => {
    tmp = tempDir();
    // A real hub's database: exam-day evidence a wrong --db must not destroy.
    hub = await startTestHub({ dir: tmp.dir });
    const real = hub.dbPath;
    await hub.stop();
    hub = undefined;
    const before = readFileSync(real);
    const refused = siapcat(['demo', '--port', '0', '--db', real, '--clients', '0', '--servers', '1', '--rooms', '0']);
    expect(await refused.exited).toBe(3);
    expect(refused.out.stderr).toContain('bukan basis data yang dibuat demo SiapCAT; demo tidak menghapusnya');
    expect(refused.out.stderr).toContain('--force');
    expect(readFileSync(real).equals(before)).toBe(true);
  });
});
