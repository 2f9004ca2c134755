import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null, 'x'], c: undefined, B: 2 } })).toBe('{"a":{"B":2,"d":[true,null,"x"]},"b":1}');
  });
  it('gives the same text for the same data built in another order', () => {
    expect(canonicalJson({ x: 1, y: { p: 'q', o: 'n' } })).toBe(canonicalJson({ y: { o: 'n', p: 'q' }, x: 1 }));
  });
  it('escapes strings as JSON does and refuses what it cannot represent exactly', () => {
    expect(canonicalJson({ s: 'baris\n"kutip"' })).toBe('{"s":"baris\\n\\"kutip\\""}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(TypeError);
  });
});
