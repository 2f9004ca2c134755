import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../helpers/hub.js';

let hub: TestHub | undefined;
afterEach(async () => {
  await hub?.stop();
  hub = undefined;
});

/**
 * Streams a chunked body of up to `maxBytes` (64 KB chunks, no Content-Length) and stops as soon as
 * the hub answers; resolves with the answer and how much had been sent by then.
 */
function streamUntilAnswered(
  url: string,
  path: string,
  maxBytes: number,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; sentBytes: number; closed: boolean; error?: string }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    let answered = false;
    const req = request(url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } });
    req.on('response', (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString(), sentBytes: sent, closed: res.headers.connection === 'close' }),
      );
    });
    // The hub may close the connection while the client still writes: the client then sees EPIPE or a reset.
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (answered) return;
      answered = true;
      if (err.code === 'EPIPE' || err.code === 'ECONNRESET') resolve({ status: 0, body: '', sentBytes: sent, closed: true, error: err.code });
      else reject(err);
    });
    req.write('{"username":"admin","password":"');
    const pump = () => {
      while (!answered && sent < maxBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end('"}');
    };
    pump();
  });
}

describe('request bodies are capped while they stream', () => {
  it('refuses an anonymous chunked login body past 1 MB without reading the rest', async () => {
    hub = await startTestHub();
    const res = await streamUntilAnswered(hub.url, '/api/login', 512 * 1024 * 1024);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error).toMatchObject({ code: 'too-large', en: expect.stringContaining('limit 1.0 MB') });
    expect(res.closed).toBe(true);
    // The hub answered long before the 512 MB the client was ready to send.
    expect(res.sentBytes).toBeLessThan(64 * 1024 * 1024);
    // And it still serves.
    expect((await hub.api('/api/health')).status).toBe(200);
  });

  it('refuses a chunked roster upload past its 10 MB cap, and an anonymous one before reading any of it', async () => {
    hub = await startTestHub();
    const token = await hub.login();
    const created = await hub.api('/api/sessions', {
      token,
      body: { name: 'SKD', startsAt: '2026-11-23T08:00:00+08:00', kind: 'SKD', rooms: ['R1'], venueName: 'Gedung' },
    });
    const path = `/api/sessions/${created.body.id}/roster`;
    const anonymous = await streamUntilAnswered(hub.url, path, 64 * 1024 * 1024);
    // 401 at once, or the connection cut before the answer could be read: either way not read to the end.
    if (anonymous.status !== 0) expect(anonymous.status).toBe(401);
    expect(anonymous.closed).toBe(true);
    expect(anonymous.sentBytes).toBeLessThan(64 * 1024 * 1024);
    const big = await streamUntilAnswered(hub.url, path, 512 * 1024 * 1024, { authorization: `Bearer ${token}`, 'content-type': 'text/csv' });
    if (big.status !== 0) expect(big.status).toBe(413);
    expect(big.closed).toBe(true);
    expect(big.sentBytes).toBeLessThan(128 * 1024 * 1024);
  });
});
