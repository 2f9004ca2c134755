import { spawn, type ChildProcess } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { get as httpsGet } from 'node:https';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { lanAddress } from '../../server/agents/enrollment.js';
import { until } from '../helpers/agents.js';
import { tempDir } from '../helpers/tmp.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli', 'siapcat.js');
const PLAN = join(ROOT, 'test', 'fixtures', 'venue-plan.json');
let child: ChildProcess | undefined;
let tmp: ReturnType<typeof tempDir> | undefined;

afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = undefined;
  tmp?.cleanup();
});

describe('siapcat hub (a real process)', () => {
  it('imports --plan at start, prints where to go and the enrollment token, and stops cleanly on SIGTERM', async () => {
    tmp = tempDir();
    let out = '';
    let err = '';
    child = spawn(
      process.execPath,
      [CLI, 'hub', '--no-tls', '--port', '0', '--host', '127.0.0.1', '--db', join(tmp.dir, 'hub.db'), '--plan', PLAN],
      {
        env: {
          ...process.env,
          SIAPCAT_ADMIN_PASSWORD: 'rahasia-ujian-2026',
          SIAPCAT_ENROLL_TOKEN: 'token-lokasi-uji-2026',
          SIAPCAT_LANG: 'id',
        },
      },
    );
    child.stdout!.on('data', (d) => (out += String(d)));
    child.stderr!.on('data', (d) => (err += String(d)));
    // The start lines may reach this process in more than one chunk: wait for the last one (the token), not the first.
    await until(
      () => /Buka (http:\/\/127\.0\.0\.1:\d+)/.test(out) && out.includes('Token pendaftaran agen'),
      'the hub says where it runs',
      15_000,
    );
    const url = /Buka (http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]!;
    expect(out).toContain('Token pendaftaran agen: token-lokasi-uji-2026');
    await until(() => err.includes('venue.plan-imported'), 'the plan import logged', 15_000);

    const login = await fetch(`${url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'rahasia-ujian-2026' }),
    });
    const { token } = (await login.json()) as { token: string };
    const venue = (await (await fetch(`${url}/api/venue`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      venue: { name: string };
      seats: unknown[];
    };
    expect(venue.venue.name).toBe('Gedung Serbaguna Batulicin');
    expect(venue.seats).toHaveLength(72);

    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(err).toContain('hub.closed');
  });

  it('on a new database without SIAPCAT_ADMIN_PASSWORD prints a setup token that creates the admin', async () => {
    tmp = tempDir();
    let out = '';
    const env: NodeJS.ProcessEnv = { ...process.env, SIAPCAT_LANG: 'id' };
    delete env.SIAPCAT_ADMIN_PASSWORD;
    child = spawn(process.execPath, [CLI, 'hub', '--no-tls', '--port', '0', '--db', join(tmp.dir, 'hub.db')], { env });
    child.stdout!.on('data', (d) => (out += String(d)));
    await until(() => /token penyiapan (\S+)/.test(out), 'the setup token is printed', 15_000);
    const url = /Buka (http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]!;
    // Listening on every interface, it also names the address exam PCs use (when this machine has one).
    const lan = lanAddress();
    if (lan) expect(out).toContain(`dari PC lain di LAN: http://${lan}:`);
    else expect(out).not.toContain('dari PC lain di LAN');
    const setupToken = /token penyiapan (\S+)/.exec(out)![1]!;
    const setup = await fetch(`${url}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ setupToken, password: 'kata-sandi-baru-2026' }),
    });
    expect(setup.status).toBe(201);
    const login = await fetch(`${url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'kata-sandi-baru-2026' }),
    });
    expect(login.status).toBe(200);
  });

  it('refuses a plan file that is not a venue plan, with a bilingual message and exit code 4', async () => {
    tmp = tempDir();
    const result = await new Promise<{ code: number | null; err: string }>((resolve) => {
      let err = '';
      child = spawn(
        process.execPath,
        [CLI, 'hub', '--no-tls', '--port', '0', '--db', join(tmp!.dir, 'hub.db'), '--plan', join(ROOT, 'package.json')],
        {
          env: { ...process.env, SIAPCAT_ADMIN_PASSWORD: 'rahasia-ujian-2026' },
        },
      );
      child.stderr!.on('data', (d) => (err += String(d)));
      child.on('exit', (code) => resolve({ code, err }));
    });
    expect(result.err).toMatch(/Galat: Denah .*package\.json tidak valid: venue/);
    expect(result.err).toMatch(/Error: Venue plan .*package\.json is not valid/);
    expect(result.code).toBe(4);
  });

  it('starts over HTTPS by default in one command, printing the CA fingerprint, with its CA beside the database', async () => {
    tmp = tempDir();
    let out = '';
    child = spawn(
      process.execPath,
      [CLI, 'hub', '--port', '0', '--http-port', '0', '--host', '127.0.0.1', '--db', join(tmp.dir, 'data', 'hub.db')],
      {
        env: { ...process.env, SIAPCAT_ADMIN_PASSWORD: 'rahasia-ujian-2026', SIAPCAT_LANG: 'id' },
      },
    );
    child.stdout!.on('data', (d) => (out += String(d)));
    await until(() => /Sidik jari CA hub \(SHA-256\): ([0-9A-F:]{95})/.test(out), 'the CA fingerprint is printed', 20_000);
    const url = /Buka (https:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]!;
    const printed = /Sidik jari CA hub \(SHA-256\): ([0-9A-F:]{95})/.exec(out)![1]!;
    const ca = readFileSync(join(tmp.dir, 'data', 'tls', 'ca.pem'), 'utf8');
    expect(new X509Certificate(ca).fingerprint256).toBe(printed);
    const health = await new Promise<string>((resolve, reject) => {
      httpsGet(`${url}/api/health`, { ca }, (res) => {
        let body = '';
        res.on('data', (d) => (body += String(d)));
        res.on('end', () => resolve(body));
      }).on('error', reject);
    });
    expect(JSON.parse(health)).toMatchObject({ ok: true, tls: { caFingerprint: printed } });
    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
