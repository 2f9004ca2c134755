import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { until } from '../helpers/agents.js';
import { startTestHub, TEST_ADMIN_PASSWORD, type TestHub } from '../helpers/hub.js';
import { runProgram } from '../helpers/install.js';
import { tempDir } from '../helpers/tmp.js';

const CLI = join(fileURLToPath(new URL('../..', import.meta.url)), 'dist', 'cli', 'siapcat.js');
let hub: TestHub | undefined;
const dirs: Array<{ dir: string; cleanup(): void }> = [];
const children: ChildProcess[] = [];

afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  await hub?.stop();
  hub = undefined;
  for (const d of dirs.splice(0)) d.cleanup();
});

/** JSON over HTTPS trusting only the hub's own CA (as a desk PC that installed it would). */
function api(path: string, init: { method?: string; body?: unknown; token?: string } = {}): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const body = init.body === undefined ? undefined : JSON.stringify(init.body);
    const req = request(
      new URL(path, hub!.url),
      {
        method: init.method ?? (body ? 'POST' : 'GET'),
        ca: hub!.tls!.caPem,
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function tmp(prefix: string): string {
  const d = tempDir(prefix);
  dirs.push(d);
  return d.dir;
}

describe('siapcat agent install against a hub serving TLS with its own CA', () => {
  it('pins the CA fingerprint from the dashboard command: a wrong one gets nothing (the code stays unspent), the right one enrols and runs', async () => {
    const dir = tmp('siapcat-tls-hub-');
    hub = await startTestHub({ dir, tls: { dir: join(dir, 'tls'), names: ['localhost', '127.0.0.1'], httpPort: 0 } });
    const token = (await api('/api/login', { body: { username: 'admin', password: TEST_ADMIN_PASSWORD } })).body.token;
    const made = await api('/api/enrollment/codes', { token, body: { kind: 'pc', machineId: 'PC-TLS' } });
    expect(made.status).toBe(201);
    const fingerprint = hub.tls!.caFingerprint;
    expect(made.body.commands.cmd).toContain(`--ca-fingerprint ${fingerprint} --code ${made.body.code}`);
    expect((await api('/api/enrollment', { token })).body.caFingerprint).toBe(fingerprint);

    const root = tmp('siapcat-tls-install-');
    const env = { SIAPCAT_INSTALL_ROOT: root };
    const wrong = fingerprint.replace(/^../, fingerprint.startsWith('00') ? '11' : '00');
    const refused = runProgram([process.execPath, CLI, 'agent'], ['install', '--hub', hub.url, '--ca-fingerprint', wrong, '--code', made.body.code, '--id', 'PC-TLS'], env, children);
    expect(await refused.exited).toBe(5);
    expect(refused.out.stderr).toContain('BUKAN yang dipasang');
    expect((await api('/api/enrollment', { token })).body.codes[0]).toMatchObject({ uses: 0, state: 'active' });

    const install = runProgram([process.execPath, CLI, 'agent'], ['install', '--hub', hub.url, '--ca-fingerprint', fingerprint.toLowerCase(), '--code', made.body.code, '--id', 'PC-TLS', '--probe-mb', '1'], env, children);
    expect(await install.exited, install.out.stderr).toBe(5);
    expect(install.out.stderr).toContain('systemd tidak berjalan');
    const config = JSON.parse(readFileSync(join(root, 'var', 'lib', 'siapcat', 'agent.json'), 'utf8'));
    expect(config.caFingerprint).toBe(fingerprint);
    const unit = readFileSync(join(root, 'etc', 'systemd', 'system', 'siapcat-agent.service'), 'utf8');
    const service = runProgram(/^ExecStart=(.+)$/m.exec(unit)![1]!.split(' '), [], env, children);
    await until(async () => (await api('/api/machines/PC-TLS', { token })).body?.verdict != null, 'reported over WSS', 90_000);
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
  }, 180_000);
});
