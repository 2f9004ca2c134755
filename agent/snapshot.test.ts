import { describe, expect, it } from 'vitest';
import { AppError } from '../protocol/errors.js';
import { parseSnapshot } from './snapshot.js';

function refused(text: string): AppError {
  try {
    parseSnapshot(text);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('accepted');
}

describe('parseSnapshot', () => {
  it('accepts a minimal snapshot and fills in empty si and probes', () => {
    const snap = parseSnapshot('{"format":"siapcat-snapshot/1","capturedAt":"2026-11-18T09:00:00+08:00","platform":"win32"}');
    expect(snap).toEqual({ format: 'siapcat-snapshot/1', capturedAt: '2026-11-18T09:00:00+08:00', platform: 'win32', si: {}, probes: {} });
  });

  it('accepts a UTF-8 byte-order mark (Notepad saves one)', () => {
    expect(parseSnapshot('\uFEFF{"format":"siapcat-snapshot/1","capturedAt":"2026-11-18T01:00:00Z","platform":"linux"}').platform).toBe(
      'linux',
    );
  });

  it('refuses non-JSON, non-objects, other formats and damaged envelopes, in Indonesian and English', () => {
    const cases: Array<[string, RegExp]> = [
      ['not json at all', /bukan JSON/],
      ['[1,2,3]', /satu objek JSON/],
      ['{"format":"lighthouse/9"}', /Format snapshot 'lighthouse\/9' tidak dikenal/],
      ['{"capturedAt":"x"}', /tidak ada/],
      ['{"format":"siapcat-snapshot/1","capturedAt":"yesterday","platform":"win32"}', /rusak: capturedAt/],
      ['{"format":"siapcat-snapshot/1","capturedAt":"2026-11-18T01:00:00Z","platform":"linux","si":[]}', /rusak: si/],
    ];
    for (const [text, message] of cases) {
      const err = refused(text);
      expect(err.code).toBe('bad-snapshot');
      expect(err.exitCode).toBe(4);
      expect(err.text.id).toMatch(message);
      expect(err.text.en).toMatch(/snapshot/i);
      expect(err.text.id).toMatch(/siapcat agent snapshot/);
    }
  });

  it('refuses a file far larger than any snapshot before parsing it', () => {
    expect(refused(' '.repeat(9 * 1024 * 1024)).text.en).toMatch(/too large/);
  });
});
