import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { judgeMachineFile } from '../../agent/capture/judge-file.js';
import { systemClock } from '../../protocol/ports.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const utf16 = (text: string) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
const xp = utf16(readFileSync(join(FIXTURES, 'capture/xp-laptop-vbs.txt'), 'utf8'));
const judge = (bytes: Uint8Array, role: 'server' | 'mobile-server' | 'client') => judgeMachineFile(bytes, role, systemClock);

let hub: TestHub | undefined;
afterEach(async () => {
  await hub?.stop();
  hub = undefined;
});

const upload = (token: string, bytes: Uint8Array | string, query: string) =>
  hub!.api(`/api/captures?${query}`, { token, body: bytes, headers: { 'content-type': 'application/octet-stream' } });

describe('machine files on the hub: old-PC captures and snapshots judged by the same checklist', () => {
  it('an admin uploads a capture and a snapshot; both are judged, kept, listed newest first', async () => {
    hub = await startTestHub({ judgeMachineFile: judge });
    const token = await hub.login();
    const first = await upload(token, xp, 'role=client&name=LAB-LAMA-03-siapcat.txt');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      fileName: 'LAB-LAMA-03-siapcat.txt',
      host: 'LAB-LAMA-03',
      source: 'capture',
      role: 'client',
      verdict: 'not-ready',
    });
    expect(first.body.counts.unknown).toBeGreaterThan(0);
    expect(first.body.report.checks.find((c: { id: string }) => c.id === 'os-supported').status).toBe('pass');
    const snapshot = readFileSync(join(FIXTURES, 'machines/windows11-desktop.json'));
    const second = await upload(token, new Uint8Array(snapshot), 'role=client&name=win11.json');
    expect(second.body).toMatchObject({ source: 'snapshot', verdict: 'ready' });
    const list = await hub.api('/api/captures', { token });
    expect(list.body.captures.map((c: { fileName: string }) => c.fileName)).toEqual(['win11.json', 'LAB-LAMA-03-siapcat.txt']);
    expect((await hub.api(`/api/captures/${first.body.id}`, { token, method: 'DELETE' })).status).toBe(204);
    expect((await hub.api('/api/captures', { token })).body.captures).toHaveLength(1);
  });

  it('refuses bad files one by one with the file name, in both languages, and keeps nothing of them', async () => {
    hub = await startTestHub({ judgeMachineFile: judge });
    const token = await hub.login();
    const cases: Array<[Uint8Array | string, string, RegExp]> = [
      ['PK\u0003\u0004 zip', 'name=arsip.zip', /not text/],
      ['SIAPCAT-CAPTURE 1\r\n', 'name=kosong.txt', /no readings/],
      [`{"format":"siapcat-snapshot/1","si":${'['.repeat(5000)}${']'.repeat(5000)}}`, 'name=deep.json', /nested too deeply/],
      ['SIAPCAT-CAPTURE 1\n[A]\nthis line is junk\n', 'name=..%2F..%2Fetc%2Fpasswd', /line 3/],
    ];
    for (const [body, query, en] of cases) {
      const res = await upload(token, typeof body === 'string' ? new Uint8Array(Buffer.from(body)) : body, query);
      expect(res.status, query).toBe(400);
      expect(res.body.error.en).toMatch(en);
      expect(res.body.error.message.length).toBeGreaterThan(20);
    }
    const last = await upload(token, new Uint8Array(Buffer.from('SIAPCAT-CAPTURE 1\n[A]\njunk\n')), 'name=..%2F..%2Fetc%2Fpasswd');
    expect(last.body.error.en).toMatch(/^passwd: /);
    expect((await upload(token, new Uint8Array(9 * 1024 * 1024), 'name=big.bin')).status).toBe(413);
    expect((await upload(token, xp, 'role=laptop')).status).toBe(400);
    expect((await hub.api('/api/captures', { token })).body.captures).toEqual([]);
  });

  it('a hub started without the judge says so (503) instead of guessing', async () => {
    hub = await startTestHub();
    const token = await hub.login();
    const res = await upload(token, xp, 'name=x.txt');
    expect(res.status).toBe(503);
    expect(res.body.error.en).toContain('without the machine-file judge');
  });
});
