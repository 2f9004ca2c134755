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
  it('replaces a loopback host by the LAN address, keeps a LAN host, and honours the override', () => {
    expect(publicHubUrl({ requestUrl: 'http://127.0.0.1:8080/api/enrollment', lan: '192.168.10.5' })).toBe('http://192.168.10.5:8080');
    expect(publicHubUrl({ requestUrl: 'http://localhost:8080/x', lan: '10.0.0.2' })).toBe('http://10.0.0.2:8080');
    expect(publicHubUrl({ requestUrl: 'http://10.1.1.1:9000/x', lan: '10.0.0.2' })).toBe('http://10.1.1.1:9000');
    expect(publicHubUrl({ requestUrl: 'http://127.0.0.1:8080/x' })).toBe('http://127.0.0.1:8080');
    expect(publicHubUrl({ requestUrl: 'http://127.0.0.1/x', override: 'http://hub.lan:8080/' })).toBe('http://hub.lan:8080');
  });

  it('gives one line per system with the computer name as id', () => {
    expect(enrollmentCommands('http://10.0.0.2:8080', 'TOK')).toEqual({
      windows: 'siapcat agent run --hub http://10.0.0.2:8080 --token TOK --role client --id %COMPUTERNAME%',
      linux: 'siapcat agent run --hub http://10.0.0.2:8080 --token TOK --role client --id "$(hostname)"',
    });
  });
});
