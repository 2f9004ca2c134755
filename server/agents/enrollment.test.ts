import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AUTH_MIGRATIONS } from '../auth/schema.js';
import { migrate } from '../db/migrate.js';
import { memoryLogger } from '../log.js';
import { Settings } from '../settings.js';
import { EnrollmentToken, enrollmentCommands, publicHubUrl } from './enrollment.js';

function counterRandom() {
  let n = 0;
  return { bytes: (len: number) => new Uint8Array(len).fill(++n) };
}

function setup() {
  const db = new Database(':memory:');
  migrate(db, AUTH_MIGRATIONS);
  const log = memoryLogger();
  return { token: new EnrollmentToken(new Settings(db), counterRandom(), log), log };
}

describe('EnrollmentToken', () => {
  it('generates a token once, logs it, and keeps it across starts', () => {
    const { token, log } = setup();
    const first = token.init(undefined);
    expect(first).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(token.init(undefined)).toBe(first);
    expect(log.lines.filter((l) => l.includes('agents.enroll-token-created'))).toHaveLength(1);
  });

  it('takes SIAPCAT_ENROLL_TOKEN over the stored one, and rotates to a new one', () => {
    const { token } = setup();
    token.init(undefined);
    expect(token.init('  token-dari-env  ')).toBe('token-dari-env');
    const rotated = token.rotate();
    expect(rotated).not.toBe('token-dari-env');
    expect(token.get()).toBe(rotated);
  });

  it('ignores a too-short environment token with a warning', () => {
    const { token, log } = setup();
    expect(token.init('abc')).not.toBe('abc');
    expect(log.lines.some((l) => l.includes('agents.enroll-token-too-short'))).toBe(true);
  });
});

describe('publicHubUrl and commands', () => {
  const url = (input: Parameters<typeof publicHubUrl>[0]) => publicHubUrl(input).url;

  it('replaces a loopback host by the LAN address, keeps a LAN host, and honours the override', () => {
    expect(url({ requestUrl: 'http://127.0.0.1:8080/api/enrollment', lan: '192.168.10.5' })).toBe('http://192.168.10.5:8080');
    expect(url({ requestUrl: 'http://localhost:8080/x', lan: '10.0.0.2' })).toBe('http://10.0.0.2:8080');
    expect(url({ requestUrl: 'http://10.1.1.1:9000/x', lan: '10.0.0.2' })).toBe('http://10.1.1.1:9000');
    expect(url({ requestUrl: 'http://127.0.0.1:8080/x' })).toBe('http://127.0.0.1:8080');
    expect(url({ requestUrl: 'http://127.0.0.1/x', override: 'http://hub.lan:8080/' })).toBe('http://hub.lan:8080');
  });

  it('gives the address the hub listens on, and warns when that is loopback only (PCs cannot reach it)', () => {
    expect(publicHubUrl({ requestUrl: 'http://127.0.0.1:8080/x', lan: '10.0.0.2', listenHost: '192.168.7.1' })).toEqual({ url: 'http://192.168.7.1:8080', warning: null });
    const loop = publicHubUrl({ requestUrl: 'http://127.0.0.1:8080/x', lan: '10.0.0.2', listenHost: '127.0.0.1' });
    expect(loop.url).toBe('http://127.0.0.1:8080');
    expect(loop.warning?.id).toContain('--host 0.0.0.0');
    expect(loop.warning?.en).toContain('exam PCs cannot reach it');
  });

  it('runs the downloaded file from the current folder, with no shell variable, and keeps room/seat placeholders', () => {
    const c = enrollmentCommands('http://10.0.0.2:8080', 'ABCDE-FGHJK-LMNPQ');
    const args = 'install --hub http://10.0.0.2:8080 --code ABCDE-FGHJK-LMNPQ --room RUANG --seat KURSI';
    expect(c).toEqual({
      cmd: `.\\siapcat-agent-win-x64.exe ${args}`,
      powershell: `.\\siapcat-agent-win-x64.exe ${args}`,
      linux: `chmod +x siapcat-agent-linux-x64 && sudo ./siapcat-agent-linux-x64 ${args}`,
    });
    // Nothing a shell would expand or redirect: no %VAR%, $VAR, $(...), <, >, |, ; or quotes.
    for (const line of [c.cmd, c.powershell]) expect(line).not.toMatch(/[%$<>|;"'`]/);
    expect(enrollmentCommands('http://h:1', 'K', 'R2').cmd).toContain('--room R2 --seat KURSI');
  });
});
