import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_ADMIN_PASSWORD } from '../helpers/hub.js';

export const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli', 'siapcat.js');

export interface HubProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
}

/** Starts `siapcat hub` from the build as its own process on a free port and waits for its address. */
export async function spawnHub(dbPath: string): Promise<HubProcess> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (npm test does it first)`);
  const child = spawn(process.execPath, [CLI, 'hub', '--no-tls', '--port', '0', '--host', '127.0.0.1', '--db', dbPath], {
    env: { PATH: process.env.PATH, SIAPCAT_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (text += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub did not start:\n${text}`)), 15_000);
    const look = () => {
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(text);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', look);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`hub exited with ${code}:\n${text}`));
    });
  });
  return { url, child, output: () => text, exited };
}

/** Runs the built CLI to the end; resolves with its exit code and output. */
export function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { PATH: process.env.PATH },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The n-th participant of the generated rosters these tests import (number and NIK). */
export const participantNumber = (i: number) => `2430011012${String(i).padStart(7, '0')}`;
export const participantNik = (i: number) => `631001550392${String(i).padStart(4, '0')}`;

/** Logs in as the test admin of a spawned hub; returns a caller for GET (no body) and POST (body) over real HTTP. */
export async function adminClient(url: string) {
  const login = await fetch(`${url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: TEST_ADMIN_PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  return async (path: string, body?: unknown, type = 'application/json') => {
    const res = await fetch(url + path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
}

/**
 * A new session starting in an hour, with a generated roster of `n` participants (room `room(i)`), imported
 * through the real API; returns the session's id.
 */
export async function sessionWithRoster(
  api: Awaited<ReturnType<typeof adminClient>>,
  name: string,
  n: number,
  room: (i: number) => string = () => 'R1',
): Promise<string> {
  const startsAt = new Date(Date.now() + 3600_000).toISOString().slice(0, 19) + 'Z';
  const session = await api('/api/sessions', { name, startsAt, kind: 'SKD' });
  if (session.status !== 201) throw new Error(`session not created: ${session.status} ${JSON.stringify(session.body)}`);
  const id = session.body.id as string;
  const roster = [
    'NO PESERTA,NIK,NAMA,RUANG',
    ...Array.from({ length: n }, (_, i) => `${participantNumber(i)},${participantNik(i)},Peserta ${i},${room(i)}`),
  ].join('\n');
  const imported = await api(`/api/sessions/${id}/roster`, roster, 'text/csv');
  if (imported.body.imported !== n) throw new Error(`roster not imported: ${imported.status} ${JSON.stringify(imported.body)}`);
  return id;
}
