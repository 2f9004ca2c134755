import { describe, expect, it } from 'vitest';
import { secretsIn } from '../../protocol/region.js';

describe('secretsIn (the scanner both the hub and the region apply to every payload)', () => {
  it('names every secret field, NIK-like value and NUL by its path, in document order', () => {
    const payload = {
      name: 'SKD Sesi 1',
      rooms: [
        { room: 'R1', present: 3 },
        { room: 'R2', note: 'NIK 6310 0102 0490 0002 salah kursi', pin: '123456' },
      ],
      nested: { deeper: [1, 6310015503920001, 'a\u0000b'] },
      apiKey: { value: 'x' },
      hash: 'a'.repeat(64),
      chain: { hash: '6310015503920001' },
      small: 1234567890123456.5,
      big: 6310015503920001 * 10,
    };
    expect(secretsIn(payload)).toEqual([
      '$.rooms[1].note: 16-digit number (NIK?)',
      '$.rooms[1].pin: secret field name',
      '$.nested.deeper[1]: 16-digit number (NIK?)',
      '$.nested.deeper[2]: NUL character',
      '$.apiKey: secret field name',
      '$.chain.hash: 16-digit number (NIK?)',
    ]);
  });

  it('finds a NIK used as a field name, and never repeats it in the path', () => {
    const found = secretsIn({
      results: { '6310015503920001': 'memenuhi', 'R1-01': 'hadir' },
      rooms: { '6310 0155 0392 0001': { pin: 1 } },
    });
    expect(found).toEqual([
      '$.results.[NIK disamarkan]: 16-digit number (NIK?) as a field name',
      '$.rooms.[NIK disamarkan]: 16-digit number (NIK?) as a field name',
      '$.rooms.[NIK disamarkan].pin: secret field name',
    ]);
    expect(found.join(' ')).not.toMatch(/6310/);
  });

  it('finds nothing in a clean summary, and starts from the path it is given', () => {
    expect(secretsIn({ sessionId: 'skd-1', present: 10, rooms: [{ room: 'R1', present: 10 }], at: '2026-11-23T01:00:00.000Z' })).toEqual(
      [],
    );
    expect(secretsIn(['6310015503920001'], 'payload')).toEqual(['payload[0]: 16-digit number (NIK?)']);
    expect(secretsIn('63100155039200012')).toEqual([]);
    expect(secretsIn({ a: 'ok \ud83d\ude00', b: ['x\ud800'], c: '\udc00' })).toEqual([
      '$.b[0]: broken Unicode (a lone surrogate)',
      '$.c: broken Unicode (a lone surrogate)',
    ]);
  });
});
