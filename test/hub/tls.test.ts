import { createHash, X509Certificate } from 'node:crypto';
import { statSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchPinnedCa } from '../../agent/link/pin.js';
import { LIVE_SUBPROTOCOL } from '../../protocol/live.js';
import { ensureTls } from '../../server/tls/index.js';
import { testAgent, until, type TestAgent } from '../helpers/agents.js';
import { startTestHub, TEST_ADMIN_PASSWORD, type TestHub } from '../helpers/hub.js';
import { tempDir } from '../helpers/tmp.js';

let hub: TestHub | undefined;
const agents: TestAgent[] = [];
const dirs: Array<{ cleanup(): void }> = [];
afterEach(async () => {
  for (const a of agents.splice(0)) a.link.stop();
  await hub?.stop();
  hub = undefined;
  for (const d of dirs.splice(0)) d.cleanup();
});

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string; bytes: Buffer };

function call(url: string, init: { method?: string; body?: string; headers?: Record<string, string>; ca?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const send = u.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(u, { method: init.method ?? 'GET', headers: init.headers, ...(init.ca ? { ca: init.ca } : {}) }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () => {
        const bytes = Buffer.concat(parts);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString(), bytes });
      });
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

async function tlsHub(names = ['localhost', '127.0.0.1']): Promise<{ hub: TestHub; dir: string }> {
  const tmp = tempDir();
  dirs.push(tmp);
  const tls = join(tmp.dir, 'tls');
  hub = await startTestHub({ dir: tmp.dir, tls: { dir: tls, names, httpPort: 0 }, env: { SIAPCAT_ENROLL_TOKEN: 'token-lokasi-uji-2026' } });
  return { hub, dir: tls };
}

describe('TLS with the hub\'s own CA', () => {
  it('makes an EC P-256 CA and a server certificate at first start, keys 0600, and keeps the CA across restarts', async () => {
    const tmp = tempDir();
    dirs.push(tmp);
    const first = await ensureTls(tmp.dir, { names: ['localhost', '127.0.0.1'] });
    const ca = new X509Certificate(first.caPem);
    expect(ca.ca).toBe(true);
    expect(ca.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    const leaf = new X509Certificate(first.certPem.split(/(?<=-----END CERTIFICATE-----\n)/)[0]!);
    expect(leaf.verify(ca.publicKey)).toBe(true);
    expect(leaf.subjectAltName).toContain('IP Address:127.0.0.1');
    for (const f of ['ca-key.pem', 'key.pem']) expect(statSync(join(tmp.dir, f)).mode & 0o777).toBe(0o600);
    const again = await ensureTls(tmp.dir, { names: ['localhost', '127.0.0.1'] });
    expect(again.issued).toBe(false);
    expect(again.caFingerprint).toBe(first.caFingerprint);
    // A new LAN address: the server certificate is re-issued, under the same CA.
    const moved = await ensureTls(tmp.dir, { names: ['localhost', '127.0.0.1', '10.10.0.2'] });
    expect(moved.issued).toBe(true);
    expect(moved.caFingerprint).toBe(first.caFingerprint);
    expect(new X509Certificate(moved.certPem).subjectAltName).toContain('IP Address:10.10.0.2');
  });

  it('serves the API over HTTPS trusted through its CA, refuses clients that do not trust it, and plain HTTP only redirects', async () => {
    const { hub, dir } = await tlsHub();
    expect(hub.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const ca = readFileSync(join(dir, 'ca.pem'), 'utf8');
    expect(hub.tls?.caFingerprint).toBe(new X509Certificate(ca).fingerprint256);

    await expect(call(`${hub.url}/api/health`)).rejects.toThrow(/self-signed|unable to verify|certificate/i);
    const health = await call(`${hub.url}/api/health`, { ca });
    expect(JSON.parse(health.body)).toMatchObject({ ok: true, tls: { caFingerprint: hub.tls!.caFingerprint } });
    const login = await call(`${hub.url}/api/login`, {
      ca,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: TEST_ADMIN_PASSWORD }),
    });
    expect(login.status).toBe(200);

    const plain = hub.tls!.httpUrl!;
    const redirected = await call(`${plain}/mesin?status=siap`);
    expect(redirected.status).toBe(308);
    expect(redirected.headers.location).toBe(`https://127.0.0.1:${hub.port}/mesin?status=siap`);
    // A password sent in clear is not processed: redirected, never answered with a token.
    const clear = await call(`${plain}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: TEST_ADMIN_PASSWORD }),
    });
    expect(clear.status).toBe(308);
    expect(clear.body).not.toContain('token');
    const caFile = await call(`${plain}/ca.crt`);
    expect(caFile.headers['content-type']).toBe('application/x-x509-ca-cert');
    // DER, so the SHA-256 of the downloaded file is the fingerprint itself (what certutil -hashfile shows).
    expect(new X509Certificate(caFile.bytes).fingerprint256).toBe(hub.tls!.caFingerprint);
    expect(createHash('sha256').update(caFile.bytes).digest('hex').toUpperCase().match(/../g)!.join(':')).toBe(hub.tls!.caFingerprint);
    expect(JSON.parse((await call(`${plain}/api/health`)).body)).toMatchObject({ tls: { caFingerprint: hub.tls!.caFingerprint } });
  });

  it('links an agent over WSS only with the pinned CA fingerprint, and opens the live channel over WSS', async () => {
    const { hub } = await tlsHub();
    await expect(fetchPinnedCa(hub.url, undefined)).rejects.toMatchObject({ code: 'ca-fingerprint-needed', message: expect.stringContaining(hub.tls!.caFingerprint) });
    const wrong = 'AA:'.repeat(31) + 'AA';
    await expect(fetchPinnedCa(hub.url, wrong)).rejects.toMatchObject({ code: 'ca-fingerprint-mismatch' });
    const ca = await fetchPinnedCa(hub.url, hub.tls!.caFingerprint.replace(/:/g, '').toLowerCase());
    expect(new X509Certificate(ca).fingerprint256).toBe(hub.tls!.caFingerprint);

    const agent = testAgent(hub.url, { id: 'PC-001', token: 'token-lokasi-uji-2026', ca });
    agents.push(agent);
    agent.link.start();
    await until(() => agent.link.state === 'open', 'the agent links over wss');
    expect(agent.keys.load().key).toBeTruthy();

    const token = JSON.parse((await call(`${hub.url}/api/login`, {
      ca,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: TEST_ADMIN_PASSWORD }),
    })).body).token as string;
    const opened = await new Promise<boolean>((resolve) => {
      const ws = new WebSocket(hub.url.replace(/^https/, 'wss') + '/ws/live', [LIVE_SUBPROTOCOL, `bearer.${token}`], { ca });
      ws.on('open', () => {
        ws.terminate();
        resolve(true);
      });
      ws.on('error', () => resolve(false));
    });
    expect(opened).toBe(true);
  });
});
